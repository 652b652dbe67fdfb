package dev.ntplint.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.json.ModelJson;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpIncludes;
import dev.ntplint.ntp.model.NtpDirective;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Translates the input options into library calls for ntp.conf. */
final class NtpLoading {

  private NtpLoading() {}

  /** The main file and the files it includes, read as the target ntpd reads them. */
  static NtpConfigSet load(InputOptions input, InputOptions.Input main) {
    NtpFiles files = input.root == null ? NtpFiles.host() : NtpFiles.rooted(input.root);
    NtpIncludes.Options options = new NtpIncludes.Options(input.ntpTarget(), files, "/");
    return NtpIncludes.read(main.source(), main.realPath(), options);
  }

  static void printDiagnostics(NtpConfigSet set, PrintWriter stderr) {
    for (Diagnostic d : set.allDiagnostics()) {
      stderr.println(d.format());
    }
    stderr.flush();
  }

  /** Writes every file's model as JSON, then every diagnostic (key material never appears). */
  static void writeJson(NtpConfigSet set, String target, OutputStream stdout) {
    try {
      Writer writer = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
      ModelJson model = new ModelJson(writer);
      JsonGenerator json = model.generator();
      json.writeStartObject();
      json.writeStringField("dialect", "ntp");
      json.writeStringField("target", target);
      json.writeBooleanField("rejected", set.rejected());
      json.writeArrayFieldStart("files");
      for (NtpConfigSet.IncludedFile file : set.files()) {
        json.writeStartObject();
        json.writeStringField("file", file.result().config().file().name());
        json.writeNumberField("depth", file.depth());
        json.writeArrayFieldStart("directives");
        for (NtpDirective d : file.result().config().directives()) {
          model.writeDirective((Record) d);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : set.allDiagnostics()) {
        model.writeDiagnostic(d);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
      json.flush();
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

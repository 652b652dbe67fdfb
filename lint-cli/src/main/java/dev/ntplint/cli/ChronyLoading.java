package dev.ntplint.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ntplint.chrony.ChronyPrinter;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.chrony.include.IncludedFile;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.json.ModelJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Translates the input options into library calls for chrony.conf. */
final class ChronyLoading {

  private ChronyLoading() {}

  /** The main file and everything it includes, resolved as chronyd resolves them. */
  static ChronyConfigTree load(InputOptions input, ConfinedFileSystem fs, InputOptions.Input main) {
    ChronyIncludeResolver resolver = new ChronyIncludeResolver(fs, input.chronyTarget());
    return main.realPath().map(real -> resolver.resolve(main.source(), real))
        .orElseGet(() -> resolver.resolve(main.source()));
  }

  /** What {@code chronyd -p} prints: every directive of the flattened configuration, normalised. */
  static byte[] flatten(ChronyConfigTree tree) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (ChronyDirective d : tree.directives()) {
      out.writeBytes(ChronyPrinter.normalisedLine(d));
    }
    return out.toByteArray();
  }

  /** Diagnostics as text lines, in reading order. */
  static void printDiagnostics(ChronyConfigTree tree, PrintWriter stderr) {
    for (Diagnostic d : tree.allDiagnostics()) {
      stderr.println(d.format());
    }
    stderr.flush();
  }

  /** Writes every file's model as JSON, then every diagnostic. */
  static void writeJson(ChronyConfigTree tree, String target, OutputStream stdout) {
    try {
      Writer writer = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
      ModelJson model = new ModelJson(writer);
      JsonGenerator json = model.generator();
      json.writeStartObject();
      json.writeStringField("dialect", "chrony");
      json.writeStringField("target", target);
      json.writeBooleanField("rejected", tree.rejected());
      json.writeArrayFieldStart("files");
      for (IncludedFile file : tree.files()) {
        json.writeStartObject();
        json.writeStringField("file", file.displayPath());
        json.writeNumberField("depth", file.depth());
        json.writeArrayFieldStart("directives");
        for (ChronyDirective d : file.result().config().directives()) {
          model.writeDirective((Record) d);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : tree.allDiagnostics()) {
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

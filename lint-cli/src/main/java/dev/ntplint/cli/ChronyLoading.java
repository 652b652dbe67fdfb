package dev.ntplint.cli;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.ChronyParseResult;
import dev.ntplint.chrony.ChronyPrinter;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.json.ModelJson;
import dev.ntplint.source.SourceFile;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Translates the input options into library calls for chrony.conf. */
final class ChronyLoading {

  private ChronyLoading() {}

  static byte[] flatten(InputOptions input, SourceFile source) {
    ChronyParseResult result = ChronyConf.parse(source, input.chronyTarget());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (ChronyDirective d : result.config().directives()) {
      if (!ChronyPrinter.isInlinedByChronyd(d)) {
        out.writeBytes(ChronyPrinter.normalisedLine(d));
      }
    }
    return out.toByteArray();
  }

  /**
   * Writes the model as JSON to stdout and the diagnostics as text to stderr; returns true when
   * the target chronyd would reject the file.
   */
  static boolean writeJson(InputOptions input, SourceFile source, OutputStream stdout,
      java.io.PrintWriter stderr, boolean quiet) {
    ChronyParseResult result = ChronyConf.parse(source, input.chronyTarget());
    if (!quiet) {
      for (Diagnostic d : result.diagnostics()) {
        stderr.println(d.format());
      }
      stderr.flush();
    }
    try {
      Writer writer = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
      ModelJson model = new ModelJson(writer);
      JsonGenerator json = model.generator();
      json.writeStartObject();
      json.writeStringField("dialect", "chrony");
      json.writeStringField("target", result.config().target().targetName());
      json.writeBooleanField("rejected", result.rejected());
      json.writeArrayFieldStart("files");
      json.writeStartObject();
      json.writeStringField("file", source.name());
      json.writeArrayFieldStart("directives");
      for (ChronyDirective d : result.config().directives()) {
        model.writeDirective((Record) d);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : result.diagnostics()) {
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
    return result.rejected();
  }
}

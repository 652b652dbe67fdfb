package dev.ntplint.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.ntplint.diag.Severity;
import dev.ntplint.rules.Finding;
import dev.ntplint.rules.Fix;
import dev.ntplint.source.TextEdit;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON output (schema version 1, documented in docs/rules/output-formats.md):
 *
 * <pre>
 * {"version": 1, "tool": {"name": "ntplint", "version": "0.1.0"},
 *  "files": ["etc/chrony.conf"],
 *  "findings": [{"rule": "single-source", "id": "NTP101", "severity": "warning",
 *                "category": "sources", "file": "etc/chrony.conf", "line": 3, "column": 1,
 *                "endLine": 3, "endColumn": 30, "message": "...", "helpUri": "...",
 *                "fix": {"description": "add iburst", "safety": "safe",
 *                        "edits": [{"start": 40, "end": 40, "replacement": " iburst"}]}}],
 *  "summary": {"files": 1, "findings": 1, "errors": 0, "warnings": 1, "info": 0, "suppressed": 0}}
 * </pre>
 */
public final class JsonWriter implements FindingWriter {

  /** The schema version; raised when a field changes meaning or disappears. */
  public static final int VERSION = 1;

  @Override
  public void write(Report report, Writer out) throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out);
    json.setPrettyPrinter(new DefaultPrettyPrinter());
    json.writeStartObject();
    json.writeNumberField("version", VERSION);
    json.writeObjectFieldStart("tool");
    json.writeStringField("name", "ntplint");
    json.writeStringField("version", report.toolVersion());
    json.writeEndObject();
    json.writeArrayFieldStart("files");
    for (String f : report.files()) {
      json.writeString(report.path(f));
    }
    json.writeEndArray();
    json.writeArrayFieldStart("findings");
    for (Finding f : report.findings()) {
      json.writeStartObject();
      json.writeStringField("rule", f.rule().name());
      json.writeStringField("id", f.rule().id());
      json.writeStringField("severity", f.severity().label());
      json.writeStringField("category", f.rule().category().label());
      json.writeStringField("file", report.path(f.file()));
      json.writeNumberField("line", f.line());
      json.writeNumberField("column", f.column());
      json.writeNumberField("endLine", f.endLine());
      json.writeNumberField("endColumn", f.endColumn());
      json.writeStringField("message", f.message());
      json.writeStringField("helpUri", f.rule().helpUri());
      if (f.fix().isPresent()) {
        Fix fix = f.fix().get();
        json.writeObjectFieldStart("fix");
        json.writeStringField("description", fix.description());
        json.writeStringField("safety", fix.safety().label());
        json.writeArrayFieldStart("edits");
        for (TextEdit e : fix.edits()) {
          json.writeStartObject();
          json.writeNumberField("start", e.start());
          json.writeNumberField("end", e.end());
          json.writeStringField("replacement", e.replacementText());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeObjectFieldStart("summary");
    json.writeNumberField("files", report.files().size());
    json.writeNumberField("findings", report.findings().size());
    json.writeNumberField("errors", report.count(Severity.ERROR));
    json.writeNumberField("warnings", report.count(Severity.WARNING));
    json.writeNumberField("info", report.count(Severity.INFO));
    json.writeNumberField("suppressed", report.suppressed());
    json.writeEndObject();
    json.writeEndObject();
    json.flush();
    out.write('\n');
  }
}

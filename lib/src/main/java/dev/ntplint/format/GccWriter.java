package dev.ntplint.format;

import dev.ntplint.rules.Finding;
import java.io.IOException;
import java.io.Writer;

/** {@code file:line:col: severity: message [ID]}; info is written as gcc's {@code note}. */
public final class GccWriter implements FindingWriter {

  @Override
  public void write(Report report, Writer out) throws IOException {
    for (Finding f : report.findings()) {
      out.write(report.path(f.file()) + ":" + f.line() + ":" + f.column() + ": " + level(f) + ": "
          + oneLine(f.message()) + " [" + f.rule().id() + "]\n");
    }
  }

  static String level(Finding f) {
    return switch (f.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  static String oneLine(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n");
  }
}

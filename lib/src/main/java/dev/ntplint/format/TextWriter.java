package dev.ntplint.format;

import dev.ntplint.diag.Severity;
import dev.ntplint.rules.Finding;
import dev.ntplint.source.SourceFile;
import java.io.IOException;
import java.io.Writer;

/**
 * The default output, for people: each finding as {@code file:line:col: severity: message [ID
 * name]}, the source line with the span underlined, the fix when there is one, and a summary.
 * Colour (ANSI) only when asked for.
 */
public final class TextWriter implements FindingWriter {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";

  private final boolean color;

  public TextWriter(boolean color) {
    this.color = color;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    for (Finding f : report.findings()) {
      String sev = f.severity().label();
      out.write(paint(BOLD, report.path(f.file()) + ":" + f.line() + ":" + f.column() + ":") + " "
          + paint(colorOf(f.severity()), sev) + ": " + f.message() + " "
          + paint(DIM, "[" + f.rule().id() + " " + f.rule().name() + "]") + "\n");
      snippet(f, out);
      if (f.fix().isPresent()) {
        out.write("    " + paint(DIM, "fix (" + f.fix().get().safety().label() + "): "
            + f.fix().get().description()) + "\n");
      }
    }
    long errors = report.count(Severity.ERROR);
    long warnings = report.count(Severity.WARNING);
    long infos = report.count(Severity.INFO);
    int total = report.findings().size();
    if (total > 0 || report.suppressed() > 0) {
      out.write("\n" + paint(BOLD, total + " problem" + (total == 1 ? "" : "s")) + " (" + errors
          + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
          + (warnings == 1 ? "" : "s") + ", " + infos + " info) in " + report.files().size()
          + " file" + (report.files().size() == 1 ? "" : "s")
          + (report.suppressed() > 0 ? ", " + report.suppressed() + " suppressed" : "") + "\n");
    }
  }

  /** Compiled once, not per finding by String.replaceAll (batch runs, issue 8). */
  private static final java.util.regex.Pattern TRAILING_LINE_END =
      java.util.regex.Pattern.compile("[\r\n]+$");

  private void snippet(Finding f, Writer out) throws IOException {
    SourceFile file = f.span().file();
    int line = f.line();
    if (line > file.lineCount() || (f.span().length() == 0 && f.span().start() == 0)) {
      return;
    }
    int start = file.lineStart(line);
    int end = line < file.lineCount() ? file.lineStart(line + 1) : file.length();
    String text = TRAILING_LINE_END.matcher(file.text(start, end)).replaceAll("");
    if (text.isBlank()) {
      return;
    }
    String number = String.valueOf(line);
    String gutter = " ".repeat(number.length());
    out.write("  " + paint(DIM, number + " |") + " " + printable(text) + "\n");
    int from = f.column() - 1;
    int to = f.endLine() == line ? Math.max(from + 1, f.endColumn() - 1) : text.codePointCount(0, text.length());
    StringBuilder marks = new StringBuilder();
    int index = 0;
    for (int i = 0; i < text.length() && index < to; ) {
      int cp = text.codePointAt(i);
      if (index < from) {
        marks.append(cp == '\t' ? '\t' : ' ');
      } else {
        marks.append(index == from ? '^' : '~');
      }
      index++;
      i += Character.charCount(cp);
    }
    if (index <= from) {
      marks.append('^');
    }
    out.write("  " + paint(DIM, gutter + " |") + " " + paint(colorOf(f.severity()), marks.toString())
        + "\n");
  }

  /**
   * Control characters as their Unicode pictures. A loop, not {@code codePoints().forEach}: the
   * first stream and lambda of a short check's report are linked in the interpreter (issue 8, P1).
   */
  private static String printable(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp < 0x20 && cp != '\t') {
        sb.append((char) (0x2400 + cp));
      } else if (cp == 0x7f) {
        sb.append('\u2421');
      } else {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  private static String colorOf(Severity s) {
    return switch (s) {
      case ERROR -> RED + BOLD;
      case WARNING -> YELLOW + BOLD;
      case INFO -> CYAN;
    };
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }
}

package dev.ntplint.format;

import dev.ntplint.diag.Severity;
import dev.ntplint.rules.Finding;
import dev.ntplint.rules.Fix;
import dev.ntplint.source.SourceFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The default output, for people: each finding as {@code file:line:col: severity: message [ID
 * name]}, the source line with the span underlined, the fix when there is one, and a summary.
 * Colour (ANSI) only when asked for.
 *
 * <p>Each finding's text depends only on the finding and on where paths are printed from, so a
 * batch renders every file's findings on the thread that linted it ({@link #render}) and only
 * concatenates them in input order; {@link #write} gives the same text in one go.
 */
public final class TextWriter implements FindingWriter {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";
  /** A report is handed to the writer in pieces of about this many chars. */
  private static final int FLUSH_CHARS = 8192;

  private final boolean color;

  public TextWriter(boolean color) {
    this.color = color;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    StringBuilder text = new StringBuilder(FLUSH_CHARS + 1024);
    String file = null;
    String path = null;
    for (Finding f : report.findings()) {
      // Findings come file by file: the printed path is worked out once per file, not per finding.
      if (!f.file().equals(file)) {
        file = f.file();
        path = report.path(file);
      }
      appendFinding(f, path, text);
      if (text.length() >= FLUSH_CHARS) {
        out.append(text);
        text.setLength(0);
      }
    }
    appendSummary(report.findings().size(), report.count(Severity.ERROR),
        report.count(Severity.WARNING), report.count(Severity.INFO), report.files().size(),
        report.suppressed(), text);
    out.append(text);
  }

  /**
   * The text {@link #write} prints for these findings, in this order, paths printed relative to
   * {@code baseDirectory} as {@link Report#path} does: a piece of a report, without its summary.
   */
  public String render(List<Finding> findings, Path baseDirectory) {
    StringBuilder text = new StringBuilder(256 * findings.size());
    String file = null;
    String path = null;
    for (Finding f : findings) {
      if (!f.file().equals(file)) {
        file = f.file();
        path = Report.path(baseDirectory, file);
      }
      appendFinding(f, path, text);
    }
    return text.toString();
  }

  /**
   * The summary line {@link #write} ends a report with (nothing when there is nothing to report),
   * from the counts of the whole report.
   */
  public void appendSummary(int total, long errors, long warnings, long infos, int files,
      int suppressed, StringBuilder out) {
    if (total == 0 && suppressed == 0) {
      return;
    }
    out.append('\n');
    open(BOLD, out);
    out.append(total).append(" problem").append(total == 1 ? "" : "s");
    close(out);
    out.append(" (").append(errors).append(" error").append(errors == 1 ? "" : "s").append(", ")
        .append(warnings).append(" warning").append(warnings == 1 ? "" : "s").append(", ")
        .append(infos).append(" info) in ").append(files).append(" file")
        .append(files == 1 ? "" : "s");
    if (suppressed > 0) {
      out.append(", ").append(suppressed).append(" suppressed");
    }
    out.append('\n');
  }

  private void appendFinding(Finding f, String path, StringBuilder out) {
    open(BOLD, out);
    out.append(path).append(':').append(f.line()).append(':').append(f.column()).append(':');
    close(out);
    out.append(' ');
    open(colorOf(f.severity()), out);
    out.append(f.severity().label());
    close(out);
    out.append(": ").append(f.message()).append(' ');
    open(DIM, out);
    out.append('[').append(f.rule().id()).append(' ').append(f.rule().name()).append(']');
    close(out);
    out.append('\n');
    snippet(f, out);
    Optional<Fix> fix = f.fix();
    if (fix.isPresent()) {
      out.append("    ");
      open(DIM, out);
      out.append("fix (").append(fix.get().safety().label()).append("): ")
          .append(fix.get().description());
      close(out);
      out.append('\n');
    }
  }

  /**
   * What the snippet shows of a line: without the line ends at its end, as {@code
   * replaceAll("[\r\n]+$", "")} takes them off. Compiled once, and used only when the line holds a
   * character the regex also treats as a line end (U+0085, U+2028, U+2029), because its {@code $}
   * then also matches before that character; otherwise the ends are simply cut (batch runs, issue 8).
   * The pattern is in a holder: compiled on first use, not by every report (issue 8, P1).
   */
  private static final class TrailingLineEnd {
    static final Pattern PATTERN = Pattern.compile("[\r\n]+$");
  }

  static String withoutTrailingLineEnd(String text) {
    if (text.indexOf('\u0085') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0) {
      return TrailingLineEnd.PATTERN.matcher(text).replaceAll("");
    }
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end == text.length() ? text : text.substring(0, end);
  }

  private void snippet(Finding f, StringBuilder out) {
    SourceFile file = f.span().file();
    int line = f.line();
    if (line > file.lineCount() || (f.span().length() == 0 && f.span().start() == 0)) {
      return;
    }
    int start = file.lineStart(line);
    int end = line < file.lineCount() ? file.lineStart(line + 1) : file.length();
    String text = withoutTrailingLineEnd(file.text(start, end));
    if (text.isBlank()) {
      return;
    }
    String number = String.valueOf(line);
    out.append("  ");
    open(DIM, out);
    out.append(number).append(" |");
    close(out);
    out.append(' ');
    appendPrintable(text, out);
    out.append('\n');
    int from = f.column() - 1;
    int to = f.endLine() == line ? Math.max(from + 1, f.endColumn() - 1)
        : text.codePointCount(0, text.length());
    out.append("  ");
    open(DIM, out);
    for (int i = 0; i < number.length(); i++) {
      out.append(' ');
    }
    out.append(" |");
    close(out);
    out.append(' ');
    open(colorOf(f.severity()), out);
    int index = 0;
    for (int i = 0; i < text.length() && index < to; ) {
      int cp = text.codePointAt(i);
      if (index < from) {
        out.append(cp == '\t' ? '\t' : ' ');
      } else {
        out.append(index == from ? '^' : '~');
      }
      index++;
      i += Character.charCount(cp);
    }
    if (index <= from) {
      out.append('^');
    }
    close(out);
    out.append('\n');
  }

  /**
   * Control characters as their Unicode pictures. A loop, not {@code codePoints().forEach}: the
   * first stream and lambda of a short check's report are linked in the interpreter (issue 8, P1).
   */
  private static void appendPrintable(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp < 0x20 && cp != '\t') {
        out.append((char) (0x2400 + cp));
      } else if (cp == 0x7f) {
        out.append('\u2421');
      } else {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
  }

  private static String colorOf(Severity s) {
    return switch (s) {
      case ERROR -> RED + BOLD;
      case WARNING -> YELLOW + BOLD;
      case INFO -> CYAN;
    };
  }

  /** With colour: the start of {@code code}'s painting ({@link #close} ends it). */
  private void open(String code, StringBuilder out) {
    if (color) {
      out.append(code);
    }
  }

  private void close(StringBuilder out) {
    if (color) {
      out.append(RESET);
    }
  }
}

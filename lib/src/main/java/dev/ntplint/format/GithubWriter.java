package dev.ntplint.format;

import dev.ntplint.rules.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one per finding: {@code ::error file=F,line=L,col=C,endLine=L2,
 * endColumn=C2,title=ID name::message} ({@code ::warning}, {@code ::notice} for info). {@code %},
 * CR and LF are escaped in the message, and also {@code :} and {@code ,} in property values.
 */
public final class GithubWriter implements FindingWriter {

  @Override
  public void write(Report report, Writer out) throws IOException {
    for (Finding f : report.findings()) {
      String command = switch (f.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "notice";
      };
      out.write("::" + command + " file=" + property(report.path(f.file())) + ",line=" + f.line()
          + ",col=" + f.column() + ",endLine=" + f.endLine() + ",endColumn=" + f.endColumn()
          + ",title=" + property(f.rule().id() + " " + f.rule().name()) + "::" + data(f.message())
          + "\n");
    }
  }

  /** Escapes a message. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}

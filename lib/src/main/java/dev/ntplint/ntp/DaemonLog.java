package dev.ntplint.ntp;

import java.util.List;

/**
 * What an ntpd would log about syntax while reading a file (spec 1.7), predicted from our reading:
 * the lines of its {@code "line L column C syntax error"} messages (bison's yyerror, printed only
 * when bison is not still recovering from an earlier error), the lines of its {@code "syntax error
 * in FILE line L"} messages (one per rejected command, repeating a stale line when no new yyerror
 * came in between), and whether it got to the end of the file ("Finished Parsing") or exited.
 */
public record DaemonLog(List<Integer> yyerrorLines, List<Integer> syntaxErrorLines,
    boolean finishedParsing) {

  public DaemonLog {
    yyerrorLines = List.copyOf(yyerrorLines);
    syntaxErrorLines = List.copyOf(syntaxErrorLines);
  }

  /** True when the daemon reports any syntax error or exits while reading. */
  public boolean rejected() {
    return !yyerrorLines.isEmpty() || !syntaxErrorLines.isEmpty() || !finishedParsing;
  }
}

package dev.ntplint.ntp;

import dev.ntplint.diag.Diagnostics;
import dev.ntplint.ntp.NtpSyntaxReader.Lexed;
import dev.ntplint.ntp.NtpSyntaxReader.RawKind;
import dev.ntplint.ntp.NtpSyntaxReader.RawLexeme;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import java.util.List;

/** What ntpd's scanner does with bytes that people do not expect (spec 1.1 to 1.3). */
final class NtpLexicalChecks {

  private NtpLexicalChecks() {}

  static void check(Lexed lexed, Diagnostics diagnostics) {
    SourceFile file = lexed.tree().file();
    // Two scans of the whole file instead of one of every lexeme's chars: nearly every file has
    // neither a byte above 127 nor a NUL (issue 8: this pass was ~4% of parse + lint).
    boolean highBytes = !file.isAscii();
    boolean nuls = file.latin1().indexOf('\0') >= 0;
    // And the other checks need a quote or a comment glued to a word, which most files lack too:
    // then the walk of every lexeme below finds nothing (it was ~4% of an ntp.conf parse + lint,
    // most of it fetching lexemes; issue 8, P3).
    if (highBytes || nuls || file.latin1().indexOf('"') >= 0
        || hasCommentAfterWord(file.latin1())) {
      walk(lexed, highBytes, nuls, diagnostics);
    }
  }

  /** Every check on every lexeme; {@code highBytes} and {@code nuls}: whether the file has any. */
  static void walk(Lexed lexed, boolean highBytes, boolean nuls, Diagnostics diagnostics) {
    SourceFile file = lexed.tree().file();
    // By index, as the loops below: an iterator per list of every line or command was a
    // visible share of the bytes allocated per file (issue 8).
    for (int l = 0; l < lexed.lexemes().size(); l++) {
      List<RawLexeme> line = lexed.lexemes().get(l);
      RawLexeme previous = null;
      for (int i = 0; i < line.size(); i++) {
        RawLexeme r = line.get(i);
        boolean lexeme = r.rawKind() == RawKind.WORD || r.rawKind() == RawKind.FORCED
            || r.rawKind() == RawKind.QUOTED;
        if (lexeme && highBytes && hasHighBytes(file.latin1(), r.start(), r.end())) {
          diagnostics.add(NtpDiagnosticCode.HIGH_BYTES_DROPPED, spanOf(file, r),
              "ntpd drops every byte above 127, so it reads `" + file.text(r.start(), r.end())
                  + "` as `" + r.logical() + "`");
        }
        if (lexeme && nuls && r.logical().indexOf('\0') >= 0) {
          diagnostics.add(NtpDiagnosticCode.NUL_IN_WORD, spanOf(file, r),
              "ntpd keeps a NUL byte in the word but then reads the word only up to it");
        }
        if (r.rawKind() == RawKind.QUOTED) {
          String raw = file.latin1(r.start(), r.end());
          int quotes = raw.length() - raw.replace("\"", "").length();
          if (quotes == 1) {
            diagnostics.add(NtpDiagnosticCode.UNTERMINATED_QUOTE, spanOf(file, r),
                "this quote is not closed; ntpd closes it at the end of the line");
          }
          if (r.logical().isEmpty()) {
            diagnostics.add(NtpDiagnosticCode.EMPTY_QUOTES, spanOf(file, r),
                "`\"\"` is no word at all for ntpd (`driftfile \"\"` is a bare `driftfile`), and"
                    + " the word after it on the line is read as a string, never as a keyword");
          } else if (r.logical().isBlank()) {
            diagnostics.add(NtpDiagnosticCode.BLANK_QUOTES_END_COMMAND, spanOf(file, r),
                "a quoted string of blanks ends the command for ntpd: the words after it are read"
                    + " as a new command");
          }
        }
        if (r.rawKind() == RawKind.COMMENT && previous != null && previous.end() == r.start()
            && (previous.rawKind() == RawKind.WORD || previous.rawKind() == RawKind.FORCED)) {
          diagnostics.add(NtpDiagnosticCode.COMMENT_INSIDE_WORD, spanOf(file, r),
              "`#` starts a comment even inside a word: ntpd reads `" + previous.logical()
                  + "` and ignores the rest of the line");
        }
        if (r.rawKind() != RawKind.IGNORED) {
          previous = r;
        }
      }
    }
  }

  /** The lexeme's span, made only for a diagnostic (most lexemes have none; issue 8). */
  private static Span spanOf(SourceFile file, RawLexeme r) {
    return new Span(file, r.start(), r.end());
  }

  /**
   * Whether a line of {@code latin1}, a text without quotes, has its comment right after a char
   * that a word may end with. Without quotes the first {@code #} of a line starts its comment (no
   * word, forced or not, holds one); a word's chars are never blanks or LF.
   */
  static boolean hasCommentAfterWord(String latin1) {
    for (int hash = latin1.indexOf('#'); hash >= 0; ) {
      if (hash > 0 && !isBlankOrLineEnd(latin1.charAt(hash - 1))) {
        return true;
      }
      int lineEnd = latin1.indexOf('\n', hash);
      hash = lineEnd < 0 ? -1 : latin1.indexOf('#', lineEnd);
    }
    return false;
  }

  /** The lexers' blanks (space, tab, vertical tab, form feed, CR) and LF: no word holds one. */
  private static boolean isBlankOrLineEnd(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || c == '\n';
  }

  /** Whether [start, end) of the one-char-per-byte text has a byte above 127 (no copy). */
  private static boolean hasHighBytes(String latin1, int start, int end) {
    for (int i = start; i < end; i++) {
      if (latin1.charAt(i) >= 0x80) {
        return true;
      }
    }
    return false;
  }
}

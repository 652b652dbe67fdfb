package dev.ntplint.source;

/**
 * ntplint's own comments in a configuration ({@code # ntplint: disable=...}): a comment that starts
 * with comment marks ({@code ! ; # %}), blanks, {@code ntplint}, blanks and a colon, as the regular
 * expression {@code ^[!;#%]+\s*ntplint\s*:} would say.
 *
 * <p>The readers look for them as they lex each comment, while its bytes are in the cache, and
 * the tree keeps where they are ({@link SyntaxTree#toolComments()}): the linter then needs no
 * search of the whole file for them, which on a file of megabytes read the text back from memory
 * (issue 8, P4).
 */
public final class ToolComment {

  /** The word that marks the tool's comments. */
  public static final String MARKER = "ntplint";

  private ToolComment() {}

  /**
   * Whether {@code text[start, end)} (a comment, from its first mark) starts as an ntplint comment:
   * written out rather than a regular expression, which would be compiled on every start.
   */
  public static boolean startsAt(String text, int start, int end) {
    int i = start;
    while (i < end && isMark(text.charAt(i))) {
      i++;
    }
    if (i == start) {
      return false;
    }
    i = skipBlanks(text, i, end);
    if (end - i < MARKER.length() || !text.startsWith(MARKER, i)) {
      return false;
    }
    i = skipBlanks(text, i + MARKER.length(), end);
    return i < end && text.charAt(i) == ':';
  }

  private static boolean isMark(char c) {
    return c == '#' || c == '!' || c == ';' || c == '%';
  }

  /** Past the blanks at {@code from}: what {@code \s} matches (ASCII space and controls). */
  private static int skipBlanks(String text, int from, int end) {
    int i = from;
    while (i < end) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000b' && c != '\f' && c != '\r') {
        break;
      }
      i++;
    }
    return i;
  }
}

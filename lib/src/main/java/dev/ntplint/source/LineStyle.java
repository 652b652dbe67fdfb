package dev.ntplint.source;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conventions of a file that new lines should follow: line ending, indentation of directive
 * lines, and the separator between words.
 */
public record LineStyle(String lineEnding, String indentation, String separator) {

  public static final LineStyle DEFAULT = new LineStyle("\n", "", " ");

  /** The majority convention among the file's lines that have words. */
  public static LineStyle detect(SyntaxTree tree) {
    int crlf = 0;
    int lf = 0;
    // Insertion-ordered, so that on a tie the convention seen first wins.
    Map<String, Integer> indents = new LinkedHashMap<>();
    Map<String, Integer> separators = new LinkedHashMap<>();
    for (SourceLine line : tree.lines()) {
      if (line.hasNewline()) {
        if (line.isCrlf()) {
          crlf++;
        } else {
          lf++;
        }
      }
      if (line.hasNoWords()) {
        continue;
      }
      count(indents, line.indentation().replace("\r", ""));
      // The separator is the blank run between the first two words (trailing blanks are not one).
      int tokens = line.tokenCount();
      for (int i = 1; i + 1 < tokens; i++) {
        if (line.tokenKind(i) == TokenKind.WHITESPACE && line.isWordToken(i - 1)
            && line.isWordToken(i + 1)) {
          String text = tree.file().latin1(line.tokenStart(i), line.tokenEnd(i)).replace("\r", "");
          if (!text.isEmpty()) {
            count(separators, text);
          }
          break;
        }
      }
    }
    String ending = crlf > lf ? "\r\n" : "\n";
    return new LineStyle(ending, mostCommon(indents, ""), mostCommon(separators, " "));
  }

  private static void count(Map<String, Integer> counts, String key) {
    Integer seen = counts.get(key);
    counts.put(key, seen == null ? 1 : seen + 1);
  }

  /** The most frequent key; the first seen among equals. */
  private static String mostCommon(Map<String, Integer> counts, String fallback) {
    String best = fallback;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }
}

package dev.ntplint.source;

import java.util.HashMap;
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
    Map<String, Integer> indents = new HashMap<>();
    Map<String, Integer> separators = new HashMap<>();
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
      indents.merge(line.indentation(), 1, Integer::sum);
      boolean seenWord = false;
      for (SyntaxToken token : line.tokens()) {
        if (token.kind() == TokenKind.WORD || token.kind() == TokenKind.QUOTED) {
          seenWord = true;
        } else if (seenWord && token.kind() == TokenKind.WHITESPACE) {
          String text = tree.file().latin1(token.start(), token.end()).replace("\r", "");
          if (!text.isEmpty()) {
            separators.merge(text, 1, Integer::sum);
          }
          break;
        }
      }
    }
    String ending = crlf > lf ? "\r\n" : "\n";
    return new LineStyle(ending, mostCommon(indents, ""), mostCommon(separators, " "));
  }

  private static String mostCommon(Map<String, Integer> counts, String fallback) {
    String best = fallback;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey().equals(fallback))) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }
}

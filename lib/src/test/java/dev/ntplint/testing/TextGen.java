package dev.ntplint.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of texts made of chosen pieces: the pieces that decide a property's
 * answer (keywords, separators, boundary characters) combine far more often than in random text,
 * and a failing text shrinks towards fewer and earlier pieces.
 */
public final class TextGen {

  private TextGen() {}

  /** Texts of {@code min} to {@code max} pieces of {@code pieces} (repeat one to weight it). */
  public static Gen<String> concatenations(List<String> pieces, int min, int max) {
    return lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(min, max)
        .map(picks -> {
          StringBuilder text = new StringBuilder();
          for (int pick : picks) {
            text.append(pieces.get(pick));
          }
          return text.toString();
        });
  }

  /** Texts of {@code min} to {@code max} characters of {@code alphabet}. */
  public static Gen<String> strings(String alphabet, int min, int max) {
    return concatenations(alphabet.chars().mapToObj(c -> String.valueOf((char) c)).toList(), min,
        max);
  }
}

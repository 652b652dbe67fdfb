package dev.ntplint.fidelity;

import java.util.List;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Choices drawn from QuickTheories' {@link RandomnessSource}. Every draw shrinks towards 0, and
 * every list is ordered from the plainest choice to the oddest, so a shrunk failure is made of
 * plain lines, plain values and single spaces wherever the disagreement allows it.
 */
final class Draw {

  private final RandomnessSource in;

  Draw(RandomnessSource in) {
    this.in = in;
  }

  /** A uniform choice in [0, n). */
  int pick(int n) {
    if (n <= 1) {
      return 0;
    }
    return (int) in.next(Constraint.between(0, n - 1));
  }

  /** An integer in [min, max], shrinking towards min. */
  int between(int min, int max) {
    return min + pick(max - min + 1);
  }

  /** True one time in {@code n} (false when shrunk). */
  boolean rare(int n) {
    return pick(n) == n - 1;
  }

  <T> T oneOf(List<T> list) {
    return list.get(pick(list.size()));
  }

  @SafeVarargs
  final <T> T oneOf(T... items) {
    return items[pick(items.length)];
  }

  /**
   * A value from {@code plain} most of the time, from {@code odd} one time in {@code oddOneIn}
   * (never when shrunk, unless the odd value is what makes the case fail).
   */
  <T> T plainOrOdd(List<T> plain, List<T> odd, int oddOneIn) {
    if (!odd.isEmpty() && rare(oddOneIn)) {
      return oneOf(odd);
    }
    return oneOf(plain);
  }

  /** The word as written, upper-cased, capitalised, or in mixed case. */
  String someCase(String word) {
    switch (pick(12)) {
      case 9:
        return upper(word);
      case 10:
        return word.isEmpty() ? word : upper(word.substring(0, 1)) + word.substring(1);
      case 11: {
        StringBuilder sb = new StringBuilder();
        for (char c : word.toCharArray()) {
          sb.append(rare(2) ? upper(String.valueOf(c)) : String.valueOf(c));
        }
        return sb.toString();
      }
      default:
        return word;
    }
  }

  /** ASCII upper case only (C's toupper in the C locale); other bytes are kept. */
  static String upper(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    for (char c : word.toCharArray()) {
      sb.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
    }
    return sb.toString();
  }
}

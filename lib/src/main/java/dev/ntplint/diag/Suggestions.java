package dev.ntplint.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" answers: the closest known word within a small edit distance. */
public final class Suggestions {

  private Suggestions() {}

  /** The candidate closest to {@code word} (case-insensitive), if it is plausibly a typo. */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    String lower = word.toLowerCase(Locale.ROOT);
    int allowed = Math.max(1, Math.min(3, lower.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      // The distance is at least the difference in length: skip hopeless candidates cheaply.
      if (Math.abs(candidate.length() - lower.length()) > allowed) {
        continue;
      }
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Damerau-Levenshtein (optimal string alignment) distance. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}

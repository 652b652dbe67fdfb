package dev.ntplint.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.ntplint.testing.TextGen;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link DialectDetector#byContent} scans the text by index; it must score the words that
 * splitting it into lines, stripping each and taking its first run of non-whitespace gives (the
 * plain statement of the rule, written out here as the reference).
 */
class DialectDetectorContentProperties {

  /** Words of either daemon or both, in any case, and every kind of separator and comment start. */
  private static final String[] PIECES = {"server", "SERVER", "makestep", "Allow", "restrict",
      "fudge", "127.127.1.0", "127.127.", "127.12", "driftfile", "x", "#", ";", "%", "!", " ",
      "\t", "\u000b", "\f", "\r", "\u001c", "\u00a0", "\u0085", "\n", "\n", "\n"};

  private static Gen<String> texts() {
    return TextGen.concatenations(List.of(PIECES), 0, 40);
  }

  private static Optional<Dialect> reference(String text) {
    int chrony = 0;
    int ntp = 0;
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || "#!;%".indexOf(trimmed.charAt(0)) >= 0) {
        continue;
      }
      String word = trimmed.chars().takeWhile(c -> !Character.isWhitespace(c))
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
          .toString().toLowerCase(Locale.ROOT);
      boolean ntpClock = word.equals("server") && trimmed.contains("127.127.");
      chrony += DialectDetector.CHRONY_ONLY.contains(word) ? 1 : 0;
      ntp += DialectDetector.NTP_ONLY.contains(word) || ntpClock ? 1 : 0;
    }
    return chrony == ntp ? Optional.empty()
        : Optional.of(chrony > ntp ? Dialect.CHRONY : Dialect.NTP);
  }

  @Test
  void scoresTheFirstWordOfEveryStrippedLine() {
    qt().withExamples(20_000).forAll(texts()).checkAssert(text ->
        assertThat(DialectDetector.byContent(text)).as("%s", text).isEqualTo(reference(text)));
  }
}

package dev.ntplint.view.chrony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.ntplint.testing.TextGen;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * ChronyViewBuilder's character loop that picks the hosts worth a numeric parse, against the regex
 * it replaced.
 */
class NumericHostProperties {

  /** The test the view made with a regex before (issue 8, P3). */
  private static final Pattern REFERENCE =
      Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  /** Host-like words from the characters that decide the answer, and a few that never match. */
  private static Gen<String> hosts() {
    return TextGen.strings("0123456789.:aAfFgGxz-_ ", 0, 12);
  }

  @Test
  void looksNumericIsTheRegex() {
    qt().withExamples(20_000).forAll(hosts()).checkAssert(host ->
        assertThat(ChronyViewBuilder.looksNumeric(host)).as("'%s'", host)
            .isEqualTo(REFERENCE.matcher(host).matches()));
  }

  @Test
  void examples() {
    assertThat(ChronyViewBuilder.looksNumeric("192.0.2.1")).isTrue();
    assertThat(ChronyViewBuilder.looksNumeric("2001:db8::1")).isTrue();
    assertThat(ChronyViewBuilder.looksNumeric(":")).isTrue();
    assertThat(ChronyViewBuilder.looksNumeric("")).isFalse();
    assertThat(ChronyViewBuilder.looksNumeric("deadbeef")).isFalse();
    assertThat(ChronyViewBuilder.looksNumeric("pool.ntp.org")).isFalse();
    assertThat(ChronyViewBuilder.numericAddress("192.0.2.1")).isPresent();
    assertThat(ChronyViewBuilder.numericAddress("ntp.example")).isEmpty();
  }
}

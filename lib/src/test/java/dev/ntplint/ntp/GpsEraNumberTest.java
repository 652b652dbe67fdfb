package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.ntplint.testing.TextGen;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link NtpFaults#isGpsEraNumber}, written out for start-up speed, against the regular
 * expression it replaced.
 */
class GpsEraNumberTest {

  private static final Pattern REFERENCE = Pattern.compile("[+-]?[0-9.]+([eE][+-]?[0-9]*)?[gG]+");

  @Test
  void agreesWithTheRegularExpression() {
    List<String> pieces = List.of("+", "-", "0", "7", "12", ".", "e", "E", "g", "G", "gg", "x",
        " ", "\u0661");
    qt().withExamples(30_000).forAll(TextGen.concatenations(pieces, 0, 8)).checkAssert(word ->
        assertThat(NtpFaults.isGpsEraNumber(word)).as(word)
            .isEqualTo(REFERENCE.matcher(word).matches()));
  }

  @Test
  void examples() {
    assertThat(NtpFaults.isGpsEraNumber("1.5g")).isTrue();
    assertThat(NtpFaults.isGpsEraNumber("-2e+3GG")).isTrue();
    assertThat(NtpFaults.isGpsEraNumber("1eg")).isTrue();
    assertThat(NtpFaults.isGpsEraNumber(".g")).isTrue();
    assertThat(NtpFaults.isGpsEraNumber("g")).isFalse();
    assertThat(NtpFaults.isGpsEraNumber("1.5")).isFalse();
    assertThat(NtpFaults.isGpsEraNumber("1e5")).isFalse();
    assertThat(NtpFaults.isGpsEraNumber("1gx")).isFalse();
    assertThat(NtpFaults.isGpsEraNumber("\u0661g")).isFalse();
  }
}

package dev.ntplint.rules.suppress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.ntplint.testing.TextGen;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link InlineSuppressions#startsWithMarker}, written out for start-up speed, against the
 * regular expression it replaced.
 */
class SuppressionMarkerTest {

  private static final Pattern REFERENCE = Pattern.compile("^[!;#%]+\\s*ntplint\\s*:");

  @Test
  void agreesWithTheRegularExpression() {
    List<String> pieces = List.of("#", "!", ";", "%", "##", " ", "\t", "\u000b", "\f", "\r", "\n",
        "\u00a0", "ntplint", "NTPLINT", "ntp", "lint", ":", "x", "disable=NTP101", "-- why");
    qt().withExamples(30_000).forAll(TextGen.concatenations(pieces, 0, 7)).checkAssert(comment ->
        assertThat(InlineSuppressions.startsWithMarker(comment)).as(comment)
            .isEqualTo(REFERENCE.matcher(comment).find()));
  }

  @Test
  void examples() {
    assertThat(InlineSuppressions.startsWithMarker("# ntplint: disable=NTP101")).isTrue();
    assertThat(InlineSuppressions.startsWithMarker("#ntplint:")).isTrue();
    assertThat(InlineSuppressions.startsWithMarker("%;! \t ntplint \t:x")).isTrue();
    assertThat(InlineSuppressions.startsWithMarker("# see ../ntplint: the launcher")).isFalse();
    assertThat(InlineSuppressions.startsWithMarker("# NTPLINT: disable=NTP101")).isFalse();
    assertThat(InlineSuppressions.startsWithMarker("# ntplint disable=NTP101")).isFalse();
    assertThat(InlineSuppressions.startsWithMarker(" # ntplint:")).isFalse();
    assertThat(InlineSuppressions.startsWithMarker("# \u00a0ntplint:")).isFalse();
  }
}

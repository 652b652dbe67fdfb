package dev.ntplint.rules.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.ntplint.testing.TextGen;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link RelativePath#startsWithPlaceholder}, written out for start-up speed, against the regular
 * expression it replaced.
 */
class PlaceholderPathTest {

  private static final Pattern REFERENCE = Pattern.compile("@[A-Z_]+@");

  @Test
  void agreesWithTheRegularExpression() {
    List<String> pieces = List.of("@", "@@", "SYSCONFDIR", "A", "_", "a", "z", "Z", "[", "`",
        "/", "chrony.keys", "1", "\u00c9", " ");
    qt().withExamples(20_000).forAll(TextGen.concatenations(pieces, 0, 6)).checkAssert(path ->
        assertThat(RelativePath.startsWithPlaceholder(path)).as(path)
            .isEqualTo(REFERENCE.matcher(path).lookingAt()));
  }

  @Test
  void examples() {
    assertThat(RelativePath.startsWithPlaceholder("@SYSCONFDIR@/chrony.keys")).isTrue();
    assertThat(RelativePath.startsWithPlaceholder("@_@")).isTrue();
    assertThat(RelativePath.startsWithPlaceholder("@@/x")).isFalse();
    assertThat(RelativePath.startsWithPlaceholder("@SYSCONFDIR/chrony.keys")).isFalse();
    assertThat(RelativePath.startsWithPlaceholder("@sysconfdir@/chrony.keys")).isFalse();
    assertThat(RelativePath.startsWithPlaceholder("x@A@")).isFalse();
    assertThat(RelativePath.startsWithPlaceholder("")).isFalse();
  }
}

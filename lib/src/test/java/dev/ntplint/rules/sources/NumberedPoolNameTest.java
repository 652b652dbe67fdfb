package dev.ntplint.rules.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.ntplint.testing.TextGen;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link NumberedPoolServers#numberedZone}, written out for start-up speed, against the regular
 * expression it replaced: same names accepted, same zone.
 */
class NumberedPoolNameTest {

  /** The rule's former definition of a numbered pool name; group 2 is the zone. */
  private static final Pattern REFERENCE =
      Pattern.compile("([0-3])\\.((?:[a-z0-9-]+\\.)*)pool\\.ntp\\.org\\.?", Pattern.CASE_INSENSITIVE);

  private static String reference(String address) {
    Matcher m = REFERENCE.matcher(address);
    return m.matches() ? m.group(2).toLowerCase(Locale.ROOT) : null;
  }

  /**
   * Names built from the pieces that decide a match: digits in and out of 0-3, dots (doubled,
   * leading, trailing), labels in both cases, hyphens, the pool domain whole, cut and in other
   * cases, and characters a label must not hold (non-ASCII letters whose case folds to ASCII).
   */
  private static Gen<String> names() {
    List<String> pieces = List.of("0", "1", "3", "4", "9", ".", "..", "de", "DE", "europe",
        "a-b", "-", "x1", "pool.ntp.org", "POOL.NTP.ORG", "Pool.Ntp.Org", "pool.ntp.org.",
        "pool.ntp", "ntp.org", "pool", "_", " ", "\u0130", "\u212a", "\u00e9");
    return TextGen.concatenations(pieces, 0, 8);
  }

  @Test
  void agreesWithTheRegularExpression() {
    qt().withExamples(20_000).forAll(names()).checkAssert(name ->
        assertThat(NumberedPoolServers.numberedZone(name)).as(name).isEqualTo(reference(name)));
  }

  @Test
  void agreesOnNamesThatStartNumbered() {
    // Most random names fail at the first character; these all pass it.
    qt().withExamples(20_000).forAll(names(), names()).checkAssert((zone, tail) -> {
      String name = "2." + zone + tail;
      assertThat(NumberedPoolServers.numberedZone(name)).as(name).isEqualTo(reference(name));
    });
  }

  @Test
  void examples() {
    assertThat(NumberedPoolServers.numberedZone("0.pool.ntp.org")).isEqualTo("");
    assertThat(NumberedPoolServers.numberedZone("3.pool.ntp.org.")).isEqualTo("");
    assertThat(NumberedPoolServers.numberedZone("1.DE.Pool.NTP.org")).isEqualTo("de.");
    assertThat(NumberedPoolServers.numberedZone("2.north-america.us.pool.ntp.org"))
        .isEqualTo("north-america.us.");
    assertThat(NumberedPoolServers.numberedZone("4.pool.ntp.org")).isNull();
    assertThat(NumberedPoolServers.numberedZone("0..pool.ntp.org")).isNull();
    assertThat(NumberedPoolServers.numberedZone("0.pool.ntp.org..")).isNull();
    assertThat(NumberedPoolServers.numberedZone("0.depool.ntp.org")).isNull();
    assertThat(NumberedPoolServers.numberedZone("pool.ntp.org")).isNull();
    assertThat(NumberedPoolServers.numberedZone("0.")).isNull();
    // U+212A KELVIN SIGN folds to k only with Unicode case: not a label character here.
    assertThat(NumberedPoolServers.numberedZone("0.\u212a.pool.ntp.org")).isNull();
  }
}

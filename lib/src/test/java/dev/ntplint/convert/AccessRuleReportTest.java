package dev.ntplint.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.convert.tontp.ChronyToNtp;
import dev.ntplint.ntp.NtpFlavour;
import dev.ntplint.source.SourceFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * chrony.conf -> ntp.conf: every access rule becomes part of one restrict list, written at the
 * first rule. Each later rule is reported with the lines of that list that decide for its own
 * networks. It was reported with the whole list, so the report grew with rules x networks: 108 MB
 * for a 1 MB chrony.conf (issue 8, P4).
 */
class AccessRuleReportTest {

  private static Conversion convert(String chronyConf) {
    return ChronyToNtp.convert(ChronyConf.parse(SourceFile.ofText("chrony.conf", chronyConf),
        ChronyVersion.NEWEST).config(), Optional.empty(),
        new NtpConversionOptions(NtpFlavour.CLASSIC, Distro.DEBIAN));
  }

  /** The output of the line's entry as a whole (a host name also has an entry of its own). */
  private static List<String> outputAt(Conversion c, int line) {
    ReportEntry entry = c.report().entries().stream()
        .filter(e -> e.line() == line && e.outcome() == Outcome.CONVERTED).findFirst()
        .orElseThrow(() -> new AssertionError("no report entry for line " + line + " in "
            + c.report().entries()));
    return entry.output().stream().map(OutputLine::text).toList();
  }

  @Test
  void eachLaterRuleIsReportedWithTheLinesThatDecideForItsNetworks() {
    Conversion c = convert("allow 192.168.0.0/16\n"
        + "deny 192.168.5.0/24\n"
        + "allow 10.1.2.0/24\n"
        + "allow all 10.0.0.0/8\n"
        + "cmdallow 172.16.0.0/12\n"
        + "allow ntp.example.com\n"
        + "deny\n");

    List<String> list = outputAt(c, 1);
    assertThat(list).hasSizeGreaterThan(5);
    assertThat(outputAt(c, 2)).containsExactly(
        "restrict 192.168.5.0 mask 255.255.255.0 nomodify notrap nopeer noserve noquery");
    // `allow all 10.0.0.0/8` replaced the rules inside it: 10.1.2.0/24 is decided by its line.
    assertThat(outputAt(c, 3)).singleElement().asString()
        .startsWith("restrict 10.0.0.0 mask 255.0.0.0 ");
    assertThat(outputAt(c, 5)).singleElement().asString()
        .startsWith("restrict 172.16.0.0 mask 255.240.0.0 ");
    assertThat(outputAt(c, 6)).containsExactly("restrict ntp.example.com nomodify notrap nopeer");
    // A rule without a network is about each family's default.
    assertThat(outputAt(c, 7)).singleElement().asString().startsWith("restrict default ");
    // Every line reported is a line of the list, and nothing is left out of it.
    for (int line = 2; line <= 7; line++) {
      assertThat(list).containsAll(outputAt(c, line));
    }
  }

  @Test
  void allClearsTheRulesStrictlyInsideItsRangeOnlyInEitherFamily() {
    Conversion c = convert("allow 10.1.2.0/24\n"
        + "allow 10.2.0.0/16\n"
        + "allow 2001:db8:1::/48\n"
        + "allow 2001:db9::/32\n"
        + "deny all 10.1.0.0/16\n"
        + "deny all 2001:db8::/32\n");

    List<String> list = outputAt(c, 1);
    // The rules inside a `deny all` range are gone from the list; those beside it stay.
    assertThat(list).noneMatch(l -> l.startsWith("restrict 10.1.2.0 "))
        .noneMatch(l -> l.startsWith("restrict 2001:db8:1:: "));
    assertThat(outputAt(c, 2)).singleElement().asString()
        .startsWith("restrict 10.2.0.0 mask 255.255.0.0 ").doesNotContain("noserve");
    assertThat(outputAt(c, 3)).singleElement().asString()
        .startsWith("restrict 2001:db8:: mask ffff:ffff:: ").contains("noserve");
    assertThat(outputAt(c, 4)).singleElement().asString()
        .startsWith("restrict 2001:db9:: mask ffff:ffff:: ").doesNotContain("noserve");
    assertThat(outputAt(c, 5)).singleElement().asString()
        .startsWith("restrict 10.1.0.0 mask 255.255.0.0 ").contains("noserve");
  }
}

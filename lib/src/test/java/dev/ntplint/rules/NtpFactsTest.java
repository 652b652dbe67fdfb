package dev.ntplint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.ntp.NtpConf;
import dev.ntplint.ntp.NtpFlavour;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.ntp.catalog.RestrictFlag;
import dev.ntplint.ntp.model.AddressFamily;
import dev.ntplint.ntp.model.Restrict;
import dev.ntplint.rules.NtpFacts.RestrictEntry;
import dev.ntplint.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The restrict list as ntpd builds it, which several rules judge. */
class NtpFactsTest {

  private static List<RestrictEntry> entries(String conf, NtpTarget target, NtpFlavour flavour) {
    SourceFile file = SourceFile.of("/ntp.conf", conf.getBytes(StandardCharsets.UTF_8));
    List<Restrict> lines = NtpConf.parse(file, target).config().effectiveDirectives().stream()
        .filter(Restrict.class::isInstance).map(Restrict.class::cast).toList();
    return NtpFacts.restrictEntries(lines, flavour);
  }

  @Test
  void repeatedLinesOrTheirFlagsAndAPlainDefaultCoversBothFamilies() {
    List<RestrictEntry> entries = entries("""
        restrict default kod limited
        restrict -6 default nomodify noquery
        """, NtpTarget.NTP_4_2_8, NtpFlavour.CLASSIC);

    assertThat(NtpFacts.defaultFlags(entries, AddressFamily.IPV4, NtpFlavour.CLASSIC))
        .containsExactlyInAnyOrder(RestrictFlag.KOD, RestrictFlag.LIMITED);
    assertThat(NtpFacts.defaultFlags(entries, AddressFamily.IPV6, NtpFlavour.CLASSIC))
        .containsExactlyInAnyOrder(RestrictFlag.KOD, RestrictFlag.LIMITED, RestrictFlag.NOMODIFY,
            RestrictFlag.NOQUERY);
    assertThat(NtpFacts.defaultEntry(entries, AddressFamily.IPV6).orElseThrow().lines())
        .hasSize(2);
  }

  @Test
  void ntpsecDefaultsStartFromTheBuiltInFlagsAndUnrestrictRemovesThem() {
    List<RestrictEntry> entries = entries("""
        restrict -4 default kod nomodify
        unrestrict -4 default noquery
        """, NtpTarget.NTPSEC_1_2, NtpFlavour.NTPSEC);

    assertThat(NtpFacts.defaultFlags(entries, AddressFamily.IPV4, NtpFlavour.NTPSEC))
        .containsExactlyInAnyOrder(RestrictFlag.KOD, RestrictFlag.NOMODIFY, RestrictFlag.LIMITED);
    // No line for IPv6: the built-in default applies.
    assertThat(NtpFacts.defaultEntry(entries, AddressFamily.IPV6)).isEmpty();
    assertThat(NtpFacts.defaultFlags(entries, AddressFamily.IPV6, NtpFlavour.NTPSEC))
        .isEqualTo(Set.of(RestrictFlag.NOQUERY, RestrictFlag.LIMITED));
    assertThat(NtpFacts.defaultFlags(entries, AddressFamily.IPV6, NtpFlavour.CLASSIC)).isEmpty();
  }

  @Test
  void allZeroAddressAndMaskIsTheIpv4DefaultAndDelrestrictRemovesAnEntry() {
    List<RestrictEntry> entries = entries("""
        restrict 0.0.0.0 mask 0.0.0.0 noquery
        restrict 192.0.2.1 nomodify
        restrict 127.0.0.1
        delrestrict 192.0.2.1
        restrict source nomodify
        """, NtpTarget.NTP_4_2_8, NtpFlavour.CLASSIC);

    assertThat(NtpFacts.defaultEntry(entries, AddressFamily.IPV4).orElseThrow().flags())
        .containsExactly(RestrictFlag.NOQUERY);
    assertThat(NtpFacts.hostEntry(entries, NtpFacts.Loopback.IPV4)).isPresent();
    assertThat(NtpFacts.hostEntry(entries, NtpFacts.Loopback.IPV6)).isEmpty();
    assertThat(entries).extracting(RestrictEntry::key).doesNotContain("192.0.2.1/32");
    assertThat(NtpFacts.sourceEntry(entries).orElseThrow().flagWords()).containsExactly("nomodify");
  }
}

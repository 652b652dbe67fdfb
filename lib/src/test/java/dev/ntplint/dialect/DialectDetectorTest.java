package dev.ntplint.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DialectDetectorTest {

  @Test
  void fileNamesTellTheDialect() {
    assertThat(DialectDetector.byName("/etc/chrony/chrony.conf")).contains(Dialect.CHRONY);
    assertThat(DialectDetector.byName("/etc/chrony.d/local.conf")).contains(Dialect.CHRONY);
    assertThat(DialectDetector.byName("/run/chrony-dhcp/eth0.sources")).contains(Dialect.CHRONY);
    assertThat(DialectDetector.byName("/etc/ntp.conf")).contains(Dialect.NTP);
    assertThat(DialectDetector.byName("/etc/ntpsec/ntp.d/use-pool.conf")).contains(Dialect.NTP);
    assertThat(DialectDetector.byName("/tmp/time.conf")).isEmpty();
  }

  @Test
  void aDirectoryThatADaemonReadsTellsTheDialectAndNtpIsOnlyAHint() {
    assertThat(DialectDetector.byName("configs/chrony/host1.conf")).contains(Dialect.CHRONY);
    assertThat(DialectDetector.byName("chrony.d/site.conf")).contains(Dialect.CHRONY);
    // chronyd reads its conf.d whatever a file is named.
    assertThat(DialectDetector.byName("/etc/chrony/conf.d/ntp-pool.conf"))
        .contains(Dialect.CHRONY);
    assertThat(DialectDetector.byName("C:\\etc\\NTPsec\\site.conf")).contains(Dialect.NTP);
    // A directory named ntp is a hint only (no daemon reads one; an Ansible role may be named so).
    assertThat(DialectDetector.byName("configs/ntp/host1.conf")).isEmpty();
    assertThat(DialectDetector.inNtpDirectory("configs/ntp/host1.conf")).isTrue();
    assertThat(DialectDetector.inNtpDirectory("ntp/host1.conf")).isTrue();
    assertThat(DialectDetector.inNtpDirectory("C:\\fleet\\NTP\\host1.conf")).isTrue();
    // Only a whole directory name counts, and not the file's own name.
    assertThat(DialectDetector.inNtpDirectory("/srv/ntp-old/time.conf")).isFalse();
    assertThat(DialectDetector.inNtpDirectory("/srv/x/ntp")).isFalse();
    assertThat(DialectDetector.byName("/srv/chrony-old/time.conf")).isEmpty();
  }

  @Test
  void contentTellsTheDialectByDirectivesOnlyOneDaemonKnows() {
    assertThat(DialectDetector.byContent("server a iburst\nmakestep 1 3\nrtcsync\n"))
        .contains(Dialect.CHRONY);
    assertThat(DialectDetector.byContent("server a iburst\nrestrict default kod limited\n"
        + "fudge 127.127.1.0 stratum 10\n")).contains(Dialect.NTP);
    assertThat(DialectDetector.byContent("# only shared directives\nserver a\ndriftfile /x\n"))
        .isEmpty();
  }

  /** The detector's word lists are the catalogues' differences, kept as lists for start-up. */
  @Test
  void theOneDaemonWordListsAreExactlyTheCataloguesDifferences() {
    Set<String> chronyOnly = new HashSet<>(ChronyDirectiveKind.names());
    chronyOnly.removeAll(NtpDirectiveKind.allKeywords());
    Set<String> ntpOnly = new HashSet<>(NtpDirectiveKind.allKeywords());
    ntpOnly.removeAll(ChronyDirectiveKind.names());
    assertThat(DialectDetector.CHRONY_ONLY).isEqualTo(chronyOnly).contains("makestep", "allow");
    assertThat(DialectDetector.NTP_ONLY).isEqualTo(ntpOnly).contains("restrict", "fudge");
  }
}

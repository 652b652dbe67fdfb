package dev.ntplint.view.ntp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpIncludes;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.view.AddressFamily;
import dev.ntplint.view.AddressRange;
import dev.ntplint.view.KeyEntry;
import dev.ntplint.view.KeyFile;
import dev.ntplint.view.PathSetting;
import dev.ntplint.view.SourceKind;
import dev.ntplint.view.TimeServiceView;
import dev.ntplint.view.TimeSource;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The neutral view of ntp.conf files, with ntpd's defaults. */
class NtpViewBuilderTest {

  @TempDir
  Path dir;

  TimeServiceView view(String text) throws Exception {
    return view(text, NtpTarget.NTP_4_2_8);
  }

  TimeServiceView view(String text, NtpTarget target) throws Exception {
    Files.writeString(dir.resolve("ntp.conf"), text, StandardCharsets.UTF_8);
    NtpConfigSet set = NtpIncludes.read(dir.resolve("ntp.conf"),
        new NtpIncludes.Options(target, NtpFiles.rooted(dir), "/"));
    return NtpViewBuilder.build(set);
  }

  static InetAddress ip(String s) throws Exception {
    return InetAddress.getByName(s);
  }

  /** What NTPsec 1.2.2 logs as "Ignoring duplicate" (and NtpsecOracleTest checks over the corpus). */
  @Test
  void repeatedSourcesAreTheLinesNtpdIgnores() throws Exception {
    TimeServiceView v = view("server a.example iburst\nserver A.EXAMPLE prefer\n"
        + "server -4 b.example\nserver -6 b.example\nserver b.example\n"
        + "server 127.127.28.0\nrefclock shm unit 0\nserver 127.127.28.1\n", NtpTarget.NTPSEC_1_2);
    assertThat(v.repeatedSources()).extracting(r -> r.repeat().syntax().line().number(),
        r -> r.first().syntax().line().number())
        .containsExactly(tuple(2, 1), tuple(5, 3), tuple(7, 6));
    assertThat(v.keptSources()).extracting(s -> s.syntax().line().number())
        .containsExactly(1, 3, 4, 6, 8);
    // a, b over -4 and -6, and two clocks
    assertThat(v.usableSourceCount()).isEqualTo(5);
    assertThat(v.usableSourceCount(3)).isEqualTo(3);
  }

  @Test
  void aLocalClockOnARepeatedLineIsNoFallback() throws Exception {
    // ntpd ignores the second line of 127.127.1.0: the clock stays noselect, serves nothing.
    TimeServiceView v = view("server a.example iburst\nserver 127.127.1.0 noselect\n"
        + "server 127.127.1.0\nfudge 127.127.1.0 stratum 6\n");
    assertThat(v.localFallback()).isEmpty();
    TimeServiceView withAnother = view("server 127.127.1.0 noselect\nserver 127.127.1.0\n"
        + "fudge 127.127.1.0 stratum 6\nserver 127.127.1.1\nfudge 127.127.1.1 stratum 8\n");
    assertThat(withAnother.localFallback()).hasValueSatisfying(l -> {
      assertThat(l.stratum()).isEqualTo(9);
      assertThat(l.syntax().line().number()).isEqualTo(5);
    });
  }

  @Test
  void clientWithThreeServersAndAPool() throws Exception {
    TimeServiceView v = view("server a.example iburst prefer\nserver b.example minpoll 4 maxpoll 6"
        + "\nserver c.example noselect key 5\npool pool.example iburst\n");
    assertThat(v.dialect()).isEqualTo(Dialect.NTP);
    assertThat(v.sources()).extracting(TimeSource::kind).containsExactly(SourceKind.SERVER,
        SourceKind.SERVER, SourceKind.SERVER, SourceKind.POOL);
    assertThat(v.sources()).extracting(TimeSource::address)
        .containsExactly("a.example", "b.example", "c.example", "pool.example");
    TimeSource a = v.sources().get(0);
    assertThat(a.iburst()).isTrue();
    assertThat(a.prefer()).isTrue();
    assertThat(v.sources().get(1).minpoll()).hasValue(4);
    assertThat(v.sources().get(1).maxpoll()).hasValue(6);
    assertThat(v.sources().get(2).key()).hasValue(5);
    // tos maxclock 10 minus the 4 associations the file makes
    assertThat(v.sources().get(3).maxSources()).isEqualTo(6);
    assertThat(v.usableSourceCount()).isEqualTo(1 + 1 + 0 + 6);
    assertThat(v.localFallback()).isEmpty();
    assertThat(v.hasPeers()).isFalse();
    // classic ntpd serves everyone and answers queries unless restricted
    assertThat(v.servesClients()).isTrue();
    assertThat(v.clientAccess().allowsEverything(AddressFamily.IPV4)).isTrue();
    assertThat(v.monitorAccess().allowsEverything(AddressFamily.IPV6)).isTrue();
    assertThat(v.clientAccess().entries().get(0).builtIn()).isTrue();
  }

  @Test
  void tosMaxclockIsSharedByPools() throws Exception {
    TimeServiceView v = view("tos maxclock 7\npool a.example\npool b.example\npool 192.0.2.1\n");
    assertThat(v.sources()).extracting(TimeSource::maxSources).containsExactly(2, 2, 1);
  }

  @Test
  void localDriverServesItsFudgeStratumPlusOne() throws Exception {
    TimeServiceView v = view("server 127.127.1.0\nfudge 127.127.1.0 stratum 10\n");
    assertThat(v.sources(SourceKind.REFCLOCK)).hasSize(1);
    assertThat(v.localFallback()).hasValueSatisfying(l -> {
      assertThat(l.stratum()).isEqualTo(11);
      assertThat(l.orphan()).isFalse();
      assertThat(l.syntax().name().text()).isEqualTo("fudge");
    });
    assertThat(view("server 127.127.1.0\n").localFallback()).map(l -> l.stratum()).hasValue(6);
    assertThat(view("server 127.127.1.0 noselect\n").localFallback()).isEmpty();
    assertThat(view("server 127.127.1.0\nfudge 127.127.1.0 stratum 15\n").localFallback()).isEmpty();
  }

  @Test
  void tosOrphanIsAnOrphanFallback() throws Exception {
    TimeServiceView v = view("server a.example\ntos orphan 8\n");
    assertThat(v.localFallback()).hasValueSatisfying(l -> {
      assertThat(l.stratum()).isEqualTo(8);
      assertThat(l.orphan()).isTrue();
    });
    assertThat(view("tos orphan 16\n").localFallback()).isEmpty();
  }

  @Test
  void restrictDefaultIgnoreLeavesOnlyTheAllowedRange() throws Exception {
    TimeServiceView v = view("restrict default ignore\n"
        + "restrict 192.168.1.0 mask 255.255.255.0 nomodify\n");
    assertThat(v.clientAccess().allows(ip("192.168.1.77"))).isTrue();
    assertThat(v.clientAccess().allows(ip("192.168.2.1"))).isFalse();
    assertThat(v.clientAccess().allows(ip("2001:db8::1"))).isFalse();
    assertThat(v.clientAccess().anyAllowedIn(AddressRange.all(AddressFamily.IPV6))).isFalse();
    // the built-in "allow everything" entry is still listed first (overridden by the default line)
    assertThat(v.clientAccess().allowEntries()).filteredOn(e -> !e.builtIn())
        .extracting(e -> e.describe()).containsExactly("192.168.1.0/24");
    assertThat(v.clientAccess().allowsEverything(AddressFamily.IPV4)).isFalse();
    assertThat(v.clientAccess().entries().get(0).builtIn()).isTrue();
    assertThat(v.monitorAccess().allows(ip("192.168.1.77"))).isTrue();
    assertThat(v.servesClients()).isTrue();
  }

  @Test
  void restrictPerFamilyDefaultsAndOredFlags() throws Exception {
    TimeServiceView v = view("restrict -6 default ignore\nrestrict -4 default noquery\n"
        + "restrict -4 default kod limited\nrestrict 127.0.0.1\n");
    assertThat(v.clientAccess().allows(ip("2001:db8::1"))).isFalse();
    assertThat(v.clientAccess().allows(ip("198.51.100.1"))).isTrue();
    // flags of the same entry are OR'd: noquery still applies after the second line
    assertThat(v.monitorAccess().allows(ip("198.51.100.1"))).isFalse();
    assertThat(v.monitorAccess().allows(ip("127.0.0.1"))).isTrue();
    assertThat(v.rateLimits()).hasSize(1);
  }

  /**
   * One restrict entry per address range: the same network written with other host bits, a
   * later unrestrict and delrestrict all reach the first line's entry; another mask or a host
   * name is an entry of its own.
   */
  @Test
  void restrictLinesOfTheSameRangeShareOneEntry() throws Exception {
    TimeServiceView v = view("restrict default ignore\n"
        + "restrict 10.0.0.0 mask 255.0.0.0 noquery\n"
        + "restrict 10.9.9.9 mask 255.0.0.0 nomodify\n"
        + "restrict 10.1.0.0 mask 255.255.0.0\n"
        + "restrict 10.2.0.0 mask 255.255.0.0 noserve\n"
        + "delrestrict 10.2.0.0 mask 255.255.0.0\n"
        + "restrict time.example noserve\n");
    assertThat(v.clientAccess().allows(ip("10.5.5.5"))).isTrue();
    // noquery of the first line is still on the entry the second line (10.9.9.9/8) added to
    assertThat(v.monitorAccess().allows(ip("10.5.5.5"))).isFalse();
    assertThat(v.monitorAccess().allows(ip("10.1.5.5"))).isTrue();
    // the 10.2/16 entry is gone: 10.2.x falls back to 10/8, which serves
    assertThat(v.clientAccess().allows(ip("10.2.3.4"))).isTrue();
    assertThat(v.clientAccess().allowEntries()).filteredOn(e -> !e.builtIn())
        .extracting(e -> e.describe())
        .containsExactly("10.0.0.0/8", "10.0.0.0/8", "10.1.0.0/16");
    // NTPsec's unrestrict takes flags off the entry of the same range
    TimeServiceView unrestricted = view("restrict default ignore\n"
        + "restrict 10.0.0.0 mask 255.0.0.0 noserve noquery\n"
        + "unrestrict 10.3.0.0 mask 255.0.0.0 noserve\n", NtpTarget.NTPSEC_1_2);
    assertThat(unrestricted.clientAccess().allows(ip("10.5.5.5"))).isTrue();
    assertThat(unrestricted.monitorAccess().allows(ip("10.5.5.5"))).isFalse();
  }

  @Test
  void ntpsecDefaultDeniesMonitoring() throws Exception {
    TimeServiceView v = view("server a.example\n", NtpTarget.NTPSEC_1_2);
    assertThat(v.clientAccess().allowsEverything(AddressFamily.IPV4)).isTrue();
    assertThat(v.monitorAccess().allows(ip("192.0.2.1"))).isFalse();
    TimeServiceView cidr = view("restrict default noserve\nrestrict 10.0.0.0/8\n",
        NtpTarget.NTPSEC_1_2);
    assertThat(cidr.clientAccess().allows(ip("10.1.2.3"))).isTrue();
    assertThat(cidr.clientAccess().allows(ip("11.1.2.3"))).isFalse();
  }

  @Test
  void refclocksAreSourcesOfKindRefclock() throws Exception {
    TimeServiceView v = view("server 127.127.28.0 minpoll 4 prefer\nfudge 127.127.28.0 refid GPSX\n"
        + "server a.example\nbroadcast 192.168.255.255\n");
    assertThat(v.sources(SourceKind.REFCLOCK)).singleElement().satisfies(s -> {
      assertThat(s.address()).isEqualTo("127.127.28.0");
      assertThat(s.prefer()).isTrue();
      assertThat(s.refid()).hasValue("GPSX");
    });
    assertThat(v.localFallback()).isEmpty();
    assertThat(v.broadcasts()).hasSize(1);
    TimeServiceView sec = view("refclock shm unit 1 refid GPS\nrefclock local stratum 9\n",
        NtpTarget.NTPSEC_1_2);
    assertThat(sec.sources(SourceKind.REFCLOCK)).extracting(TimeSource::address)
        .containsExactly("127.127.28.1", "127.127.1.0");
    assertThat(sec.sources().get(0).refid()).hasValue("GPS");
    assertThat(sec.localFallback()).map(l -> l.stratum()).hasValue(10);
  }

  @Test
  void filesAreRecorded() throws Exception {
    TimeServiceView v = view("driftfile /var/lib/ntp/ntp.drift\nleapfile /usr/share/zoneinfo/leap"
        + "-seconds.list\nstatsdir /var/log/ntpstats/\nstatistics loopstats peerstats\n");
    assertThat(v.driftFile()).map(PathSetting::value).hasValue("/var/lib/ntp/ntp.drift");
    assertThat(v.driftFile()).map(p -> p.valueWord().text()).hasValue("/var/lib/ntp/ntp.drift");
    assertThat(v.leapSources()).extracting(PathSetting::directive).containsExactly("leapfile");
    assertThat(v.logDirectory()).map(PathSetting::value).hasValue("/var/log/ntpstats/");
    assertThat(v.logRequests()).hasSize(1);
    assertThat(v.keyFile()).isEmpty();
  }

  @Test
  void keysFileIdsAreRead() throws Exception {
    Files.writeString(dir.resolve("ntp.keys"), "# keys\n1 M secret\n2 SHA1 "
        + "0123456789abcdef0123456789abcdef01234567\n");
    TimeServiceView v = view("keys /ntp.keys\ntrustedkey 1 2\nserver a.example key 2\n");
    KeyFile keys = v.keyFile().orElseThrow();
    assertThat(keys.setting().value()).isEqualTo("/ntp.keys");
    assertThat(keys.readable()).isTrue();
    assertThat(keys.keys()).extracting(KeyEntry::id).containsExactly(1L, 2L);
    assertThat(keys.key(1)).map(KeyEntry::type).hasValue("MD5");
    assertThat(keys.key(2)).map(KeyEntry::bits).hasValue(160);
    assertThat(view("keys /missing.keys\n").keyFile()).map(KeyFile::readable).hasValue(false);
  }

  @Test
  void includedFilesAndRejectedSources() throws Exception {
    Files.writeString(dir.resolve("extra.conf"), "server included.example iburst\n");
    TimeServiceView v = view("includefile /extra.conf\nserver 192.0.2.1 IBURST\n");
    assertThat(v.sources()).extracting(TimeSource::address)
        .containsExactly("included.example", "192.0.2.1");
    assertThat(v.sources().get(0).span().file().name()).endsWith("extra.conf");
    assertThat(v.rejectedSources()).hasSize(1);
    assertThat(v.runtimeSources()).isEmpty();
  }
}

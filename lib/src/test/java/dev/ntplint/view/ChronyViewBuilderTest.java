package dev.ntplint.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.source.SourceFile;
import dev.ntplint.testing.TextGen;
import dev.ntplint.view.chrony.ChronyViewBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The neutral view of chrony configurations, with chronyd's defaults. */
class ChronyViewBuilderTest {

  @TempDir
  Path dir;

  TimeServiceView view(String text) throws Exception {
    Files.writeString(dir.resolve("chrony.conf"), text, StandardCharsets.UTF_8);
    ConfinedFileSystem fs = ConfinedFileSystem.rooted(dir);
    ChronyConfigTree tree = new ChronyIncludeResolver(fs, ChronyVersion.NEWEST)
        .resolve(SourceFile.ofText("/chrony.conf", text));
    return ChronyViewBuilder.build(tree, FileLoader.of(fs));
  }

  @Test
  void poolsCountTheirMaxsourcesClampedTo1To16() throws Exception {
    TimeServiceView v = view("pool a.example iburst\npool b.example maxsources 40\nserver c.example"
        + " noselect\npeer d.example\n");
    assertThat(v.sources()).extracting(TimeSource::maxSources).containsExactly(4, 16, 1, 1);
    assertThat(v.usableSourceCount()).isEqualTo(4 + 16 + 0 + 1);
    assertThat(v.hasPeers()).isTrue();
    assertThat(v.serverRole()).isTrue();
    assertThat(v.servesClients()).isFalse();
  }

  /** chronyd refuses a second source with an address ("Already in use"), but runs every refclock. */
  @Test
  void repeatedSourcesAreServersNotRefclocks() throws Exception {
    TimeServiceView v = view("server a.example iburst\nrefclock SHM 0\nrefclock SHM 0\n"
        + "pool A.Example\n");
    assertThat(v.repeatedSources()).singleElement().satisfies(r -> {
      assertThat(r.repeat().address()).isEqualTo("A.Example");
      assertThat(r.first().address()).isEqualTo("a.example");
    });
    assertThat(v.usableSourceCount()).isEqualTo(1 + 2);
    assertThat(v.keptSources()).extracting(s -> s.syntax().line().number())
        .containsExactly(1, 2, 3);
  }

  /**
   * The kept sources are the sources less the repeats, in order: over generated files, every
   * source is kept or repeated (never both), the kept ones name distinct addresses (case
   * ignored), and each repeat's first is a kept source before it with its address.
   */
  @Test
  void keptSourcesAreTheSourcesLessTheRepeats() {
    List<String> lines = List.of("server a.example\n", "server A.example iburst\n",
        "pool b.example\n", "peer c.example\n", "server c.example\n", "refclock SHM 0\n",
        "# server a.example\n", "server b.EXAMPLE\n");
    qt().withExamples(2_000).forAll(TextGen.concatenations(lines, 0, 10)).checkAssert(text -> {
      TimeServiceView v = viewOf(text);
      List<TimeSource> kept = v.keptSources();
      List<TimeSource> repeats = v.repeatedSources().stream().map(RepeatedSource::repeat).toList();
      List<TimeSource> merged = new ArrayList<>(v.sources());
      merged.removeIf(s -> kept.stream().noneMatch(k -> k == s)
          && repeats.stream().noneMatch(r -> r == s));
      assertThat(merged).as(text).hasSameSizeAs(v.sources());
      assertThat(kept.stream().filter(k -> repeats.stream().anyMatch(r -> r == k))).isEmpty();
      assertThat(kept).as(text).isSubsetOf(v.sources());
      assertThat(kept.stream().filter(s -> s.kind() != SourceKind.REFCLOCK)
          .map(s -> s.address().toLowerCase(Locale.ROOT))).doesNotHaveDuplicates();
      for (RepeatedSource r : v.repeatedSources()) {
        assertThat(kept).as(text).anyMatch(k -> k == r.first());
        assertThat(r.first().address()).isEqualToIgnoringCase(r.repeat().address());
        assertThat(v.sources().indexOf(r.first())).isLessThan(v.sources().indexOf(r.repeat()));
      }
      assertThat(v.keptSources(v.repeatedSources())).isEqualTo(kept);
    });
  }

  @Test
  void keptSourcesRefuseAnotherViewsRepeats() {
    TimeServiceView one = viewOf("server a.example\nserver a.example\n");
    TimeServiceView other = viewOf("server a.example\nserver a.example\n");
    assertThat(one.keptSources(one.repeatedSources())).hasSize(1);
    assertThatThrownBy(() -> one.keptSources(other.repeatedSources()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A view of a single file that includes nothing (no file system needed). */
  private static TimeServiceView viewOf(String text) {
    ConfinedFileSystem fs = ConfinedFileSystem.unconfined(Path.of("/nonexistent-test-root"));
    ChronyConfigTree tree = new ChronyIncludeResolver(fs, ChronyVersion.NEWEST)
        .resolve(SourceFile.ofText("/nonexistent-test-root/chrony.conf", text));
    return ChronyViewBuilder.build(tree, FileLoader.of(fs));
  }

  @Test
  void refclocksGetChronydsDefaultRefid() throws Exception {
    TimeServiceView v = view("refclock SHM 0\nrefclock PPS /dev/pps0 refid PPS lock SHM0\n"
        + "refclock SOCK /run/x.sock\n");
    assertThat(v.sources(SourceKind.REFCLOCK)).extracting(s -> s.refid().orElseThrow())
        .containsExactly("SHM0", "PPS", "SOC2");
  }

  @Test
  void accessCommandDefaultsAndFiles() throws Exception {
    TimeServiceView v = view("allow 192.168.0.0/16\ncmdallow 10/8\nlocal stratum 8 orphan\n"
        + "driftfile /var/lib/chrony/drift\nleapsectz right/UTC\nlogdir /var/log/chrony\n"
        + "log tracking\nratelimit\nbroadcast 64 192.168.255.255\n");
    assertThat(v.servesClients()).isTrue();
    assertThat(v.clientAccess().allows(java.net.InetAddress.getByName("192.168.1.1"))).isTrue();
    assertThat(v.monitorAccess().allows(java.net.InetAddress.getByName("127.0.0.1"))).isTrue();
    assertThat(v.monitorAccess().allows(java.net.InetAddress.getByName("::1"))).isTrue();
    assertThat(v.monitorAccess().allows(java.net.InetAddress.getByName("10.1.1.1"))).isTrue();
    assertThat(v.localFallback()).hasValueSatisfying(l -> {
      assertThat(l.stratum()).isEqualTo(8);
      assertThat(l.orphan()).isTrue();
    });
    assertThat(v.driftFile()).map(PathSetting::value).hasValue("/var/lib/chrony/drift");
    assertThat(v.leapSources()).extracting(PathSetting::directive).containsExactly("leapsectz");
    assertThat(v.logDirectory()).isPresent();
    assertThat(v.logRequests()).hasSize(1);
    assertThat(v.rateLimits()).hasSize(1);
    assertThat(v.broadcasts()).hasSize(1);
  }

  @Test
  void sourcesOfIncludedAndSourcesFilesAreInTheView() throws Exception {
    Files.createDirectories(dir.resolve("conf.d"));
    Files.createDirectories(dir.resolve("sources.d"));
    Files.writeString(dir.resolve("conf.d/a.conf"), "server included.example iburst\n");
    Files.writeString(dir.resolve("sources.d/dhcp.sources"), "server dhcp.example iburst\n");
    TimeServiceView v = view("confdir /conf.d\nsourcedir /sources.d\n");
    assertThat(v.sources()).extracting(TimeSource::address)
        .containsExactly("included.example", "dhcp.example");
    assertThat(v.sources().get(0).span().file().name()).isEqualTo("/conf.d/a.conf");
    assertThat(v.runtimeSources()).hasSize(1);
  }

  @Test
  void keysFileIsReadWhenPresent() throws Exception {
    Files.writeString(dir.resolve("chrony.keys"), "# comment\n1 SHA256 HEX:00112233445566778899AABBCCDDEEFF\n"
        + "2 plainpassword\n3 AES128 HEX:zz\nbad line here too many\n");
    TimeServiceView v = view("keyfile /chrony.keys\nserver a.example key 1\n");
    KeyFile keys = v.keyFile().orElseThrow();
    assertThat(keys.readable()).isTrue();
    assertThat(keys.keys()).extracting(KeyEntry::id).containsExactly(1L, 2L);
    assertThat(keys.key(2)).map(KeyEntry::type).hasValue("MD5");
    assertThat(keys.key(1)).map(KeyEntry::bits).hasValue(128);
    TimeServiceView missing = view("keyfile /nowhere.keys\n");
    assertThat(missing.keyFile()).map(KeyFile::readable).hasValue(false);
    assertThat(view("server a\n").keyFile()).isEqualTo(Optional.empty());
  }

  @Test
  void aKeysFileGivenAgainGivesItsKeysAndAnotherGivesItsOwn() throws Exception {
    // Each configuration of a batch gets the same keys file object (FileLoader.once): its keys
    // are parsed once; another keys file object must not get them.
    String text = "keyfile /k.keys\nserver a.example key 1\n";
    ChronyConfigTree tree = new ChronyIncludeResolver(ConfinedFileSystem.rooted(dir),
        ChronyVersion.NEWEST).resolve(SourceFile.ofText("/chrony.conf", text));
    SourceFile first = SourceFile.ofText("/k.keys", "1 MD5 one\n");
    SourceFile second = SourceFile.ofText("/k.keys", "7 SHA1 HEX:0011\n9 MD5 x\n");
    FileLoader givesFirst = path -> Optional.of(first);
    FileLoader givesSecond = path -> Optional.of(second);

    KeyFile a = ChronyViewBuilder.build(tree, givesFirst).keyFile().orElseThrow();
    KeyFile b = ChronyViewBuilder.build(tree, givesFirst).keyFile().orElseThrow();
    KeyFile c = ChronyViewBuilder.build(tree, givesSecond).keyFile().orElseThrow();
    KeyFile d = ChronyViewBuilder.build(tree, givesFirst).keyFile().orElseThrow();

    assertThat(a.keys()).extracting(KeyEntry::id).containsExactly(1L);
    assertThat(b.keys()).isEqualTo(a.keys());
    assertThat(c.keys()).extracting(KeyEntry::id).containsExactly(7L, 9L);
    assertThat(c.keys()).extracting(k -> k.span().file()).containsOnly(second);
    assertThat(d.keys()).isEqualTo(a.keys());
    assertThat(d.keys()).extracting(k -> k.span().file()).containsOnly(first);
  }
}

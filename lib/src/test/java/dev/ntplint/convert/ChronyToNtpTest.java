package dev.ntplint.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.convert.tochrony.NtpToChrony;
import dev.ntplint.convert.tontp.ChronyToNtp;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.ntp.NtpConf;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpFlavour;
import dev.ntplint.ntp.NtpIncludes;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.ntp.Ntpsec;
import dev.ntplint.source.SourceFile;
import dev.ntplint.testing.Fixtures;
import dev.ntplint.testing.TestPaths;
import dev.ntplint.view.AccessEntry;
import dev.ntplint.view.AccessPolicy;
import dev.ntplint.view.AddressRange;
import dev.ntplint.view.SourceKind;
import dev.ntplint.view.TimeServiceView;
import dev.ntplint.view.TimeSource;
import dev.ntplint.view.ntp.NtpViewBuilder;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * chrony.conf -> ntp.conf: goldens of testdata/convert/tontp, NTPsec's parser (the oracle) and
 * ours accept every conversion, and ntp -> chrony -> ntp keeps the sources and the access policy.
 */
class ChronyToNtpTest {

  @TempDir
  Path workDir;

  private static Path dir() {
    return TestPaths.testdata().resolve("convert").resolve("tontp");
  }

  private static NtpConversionOptions options(Path input) throws IOException {
    String name = input.getFileName().toString().replace(".chrony.conf", "");
    Path file = input.resolveSibling(name + ".options");
    NtpFlavour flavour = NtpFlavour.CLASSIC;
    if (Files.exists(file) && Files.readString(file).contains("ntpsec")) {
      flavour = NtpFlavour.NTPSEC;
    }
    return new NtpConversionOptions(flavour, Distro.DEBIAN);
  }

  private static Conversion convert(Path input, NtpConversionOptions options) throws IOException {
    String name = input.getFileName().toString().replace(".chrony.conf", "");
    Path keys = input.resolveSibling(name + ".keys");
    Optional<SourceFile> keysFile = Files.exists(keys)
        ? Optional.of(SourceFile.of(keys.getFileName().toString(), Files.readAllBytes(keys)))
        : Optional.empty();
    return ChronyToNtp.convert(ChronyConf.parse(SourceFile.of(input.getFileName().toString(),
        Files.readAllBytes(input)), ChronyVersion.NEWEST).config(), keysFile, options);
  }

  private static List<Path> fixtures() {
    return Fixtures.files("convert/tontp", ".chrony.conf");
  }

  @TestFactory
  List<DynamicTest> goldens() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path input : fixtures()) {
      String name = input.getFileName().toString().replace(".chrony.conf", "");
      tests.add(DynamicTest.dynamicTest(name, () -> {
        Conversion c = convert(input, options(input));
        Fixtures.assertGolden(input.resolveSibling(name + ".ntp.conf"), c.output());
        StringWriter report = new StringWriter();
        c.report().writeText(report);
        Fixtures.assertGolden(input.resolveSibling(name + ".report.txt"), report.toString());
        Path keys = input.resolveSibling(name + ".ntp.keys");
        if (c.keys().isPresent()) {
          Fixtures.assertGolden(keys, c.keys().get());
        } else {
          assertThat(keys).doesNotExist();
        }
      }));
    }
    return tests;
  }

  /** Our fixtures, the chrony fixtures of testdata/chrony and the corpus chrony files. */
  private static List<Path> chronyInputs(boolean all) throws IOException {
    List<Path> inputs = new ArrayList<>(fixtures());
    if (all) {
      try (Stream<Path> s = Files.walk(TestPaths.testdata().resolve("chrony"))) {
        s.filter(p -> p.toString().endsWith(".conf")).sorted().forEach(inputs::add);
      }
    }
    Optional<Path> corpus = TestPaths.corpus();
    if (corpus.isPresent()) {
      for (String sub : all ? List.of("real/chrony", "chrony-upstream")
          : List.of("real/chrony", "chrony-upstream/examples-head")) {
        Path d = corpus.get().resolve(sub);
        if (Files.isDirectory(d)) {
          try (Stream<Path> s = Files.walk(d)) {
            s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")
                && !p.getFileName().toString().endsWith(".tsv")).sorted().forEach(inputs::add);
          }
        }
      }
    }
    return inputs;
  }

  @TestFactory
  List<DynamicTest> ourNtpParserAcceptsEveryConversionForBothFlavours() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path input : chronyInputs(true)) {
      tests.add(DynamicTest.dynamicTest(input.toString(), () -> {
        for (NtpFlavour flavour : NtpFlavour.values()) {
          Conversion c = convert(input, new NtpConversionOptions(flavour, Distro.DEBIAN));
          var parsed = NtpConf.parse(SourceFile.of("out", c.output()
              .getBytes(StandardCharsets.UTF_8)), flavour == NtpFlavour.CLASSIC
                  ? NtpTarget.NTP_4_2_8 : NtpTarget.NTPSEC_1_2);
          assertThat(parsed.diagnostics().stream().filter(Diagnostic::rejectsFile)
              .map(Diagnostic::format).toList()).as("%s\n%s", flavour, c.output()).isEmpty();
        }
      }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> ntpsecAcceptsEveryConversion() throws Exception {
    Ntpsec.require(workDir);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path input : chronyInputs(false)) {
      tests.add(DynamicTest.dynamicTest(input.toString(), () -> {
        Conversion c = convert(input, new NtpConversionOptions(NtpFlavour.NTPSEC, Distro.DEBIAN));
        Path out = Files.createTempFile(workDir, "converted", ".conf");
        Files.writeString(out, c.output());
        Ntpsec.Verdict verdict = Ntpsec.parse(out);
        assertThat(verdict.rejected()).as("%s\n%s", verdict.messages(), c.output()).isFalse();
      }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> roundTripKeepsSourcesAndAccessPolicy() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path input : ConvertFixtures.inputs()) {
      tests.add(DynamicTest.dynamicTest(ConvertFixtures.name(input), () -> {
        NtpConfigSet original = ConvertFixtures.read(input);
        // --client-only changes the policy on purpose; the round trip is about the faithful one.
        ChronyConversionOptions toChrony = ConvertFixtures.options(input)
            .withTarget(ChronyVersion.NEWEST).withClientOnly(false);
        Conversion chrony = NtpToChrony.convert(original, toChrony);
        Conversion back = ChronyToNtp.convert(ChronyConf.parse(SourceFile.of("c", chrony.output()
            .getBytes(StandardCharsets.UTF_8)), ChronyVersion.NEWEST).config(), Optional.empty(),
            new NtpConversionOptions(NtpFlavour.CLASSIC, Distro.DEBIAN));
        NtpConfigSet again = NtpIncludes.read(SourceFile.of("back", back.output()
            .getBytes(StandardCharsets.UTF_8)), Optional.empty(), new NtpIncludes.Options(
            NtpTarget.NTP_4_2_8, NtpFiles.rooted(workDir), "/"));
        TimeServiceView before = NtpViewBuilder.build(original);
        TimeServiceView after = NtpViewBuilder.build(again);
        assertThat(hosts(after)).as(back.output()).isEqualTo(hosts(before));
        for (AddressRange probe : probes(before)) {
          assertThat(after.clientAccess().stateOf(probe)).as("time service for %s\n%s", probe,
              back.output()).isEqualTo(before.clientAccess().stateOf(probe));
        }
      }));
    }
    return tests;
  }

  /** The hosts ntpd uses: a source it ignores as a repeat of an earlier one is left out. */
  private static Set<String> hosts(TimeServiceView view) {
    Set<TimeSource> repeats = Collections.newSetFromMap(new IdentityHashMap<>());
    view.repeatedSources().forEach(r -> repeats.add(r.repeat()));
    return view.sources().stream().filter(s -> s.kind() == SourceKind.SERVER
        || s.kind() == SourceKind.POOL || s.kind() == SourceKind.PEER)
        .filter(s -> !repeats.contains(s)).map(TimeSource::address)
        .filter(ConvertFixtures::writableInChronyConf)
        .map(h -> h.replaceFirst("^[0-3]\\.(.*pool\\.ntp\\.org\\.?)$", "2.$1"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Where the policy could differ: every network a restrict line names, and everything else,
   * except the upstream servers' own addresses (chrony needs no allow for them, so the converter
   * leaves their entries out on purpose).
   */
  private static List<AddressRange> probes(TimeServiceView view) {
    Set<AddressRange> upstream = new TreeSet<>();
    view.sources().forEach(s -> dev.ntplint.net.IpAddresses.parse(s.address())
        .ifPresent(a -> upstream.add(AddressRange.host(a))));
    List<AddressRange> probes = new ArrayList<>();
    AccessPolicy policy = view.clientAccess();
    for (AccessEntry e : policy.entries()) {
      for (AddressRange r : e.ranges()) {
        if (!upstream.contains(r)) {
          probes.add(r);
        }
      }
    }
    probes.add(AddressRange.parse("203.0.113.9"));
    probes.add(AddressRange.parse("2001:db8:ffff::9"));
    return probes;
  }
}

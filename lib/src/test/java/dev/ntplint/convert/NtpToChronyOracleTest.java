package dev.ntplint.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.ChronyParseResult;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.model.NtpSource;
import dev.ntplint.convert.tochrony.NtpToChrony;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpCorpusTest;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpIncludes;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.source.SourceFile;
import dev.ntplint.testing.Chronyd;
import dev.ntplint.testing.TestPaths;
import dev.ntplint.view.SourceKind;
import dev.ntplint.view.TimeSource;
import dev.ntplint.view.ntp.NtpViewBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every conversion of the fixtures and of the corpus ntp files is a chrony.conf that chronyd
 * accepts (the installed chronyd 4.3 with -p, for --target chrony-4.3; our own chrony parser for
 * every target), and every network source of the input survives the conversion.
 */
class NtpToChronyOracleTest {

  @TempDir
  Path workDir;

  /** Numbered pool servers that the converter merges into one pool name count as that name. */
  private static String normalize(String host) {
    return host.toLowerCase(Locale.ROOT).replaceFirst("^\\[(.*)\\]$", "$1")
        .replaceFirst("^[0-3]\\.(([a-z0-9-]+\\.)*pool\\.ntp\\.org\\.?)$", "2.$1");
  }

  private static Set<String> inputHosts(NtpConfigSet set) {
    return NtpViewBuilder.build(set).sources().stream()
        .filter(s -> s.kind() == SourceKind.SERVER || s.kind() == SourceKind.POOL
            || s.kind() == SourceKind.PEER)
        .map(TimeSource::address)
        .filter(ConvertFixtures::writableInChronyConf)
        .map(NtpToChronyOracleTest::normalize)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> outputHosts(ChronyParseResult result) {
    return result.config().directives(NtpSource.class).stream().map(s -> s.host().text())
        .map(NtpToChronyOracleTest::normalize).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The fixtures, and the corpus ntp files when the corpus is there. */
  private List<Input> inputs() throws Exception {
    List<Input> inputs = new ArrayList<>();
    for (Path p : ConvertFixtures.inputs()) {
      inputs.add(new Input("testdata/convert/" + p.getFileName(), ConvertFixtures.read(p),
          ConvertFixtures.options(p)));
    }
    Optional<Path> corpus = TestPaths.corpus();
    if (corpus.isPresent()) {
      Path emptyRoot = Files.createDirectories(workDir.resolve("empty-root"));
      for (Path p : NtpCorpusTest.ntpConfFiles(corpus.get())) {
        // Read inside an empty root: a corpus file's includes must never reach this machine's /etc.
        NtpIncludes.Options options = new NtpIncludes.Options(NtpTarget.ANY,
            NtpFiles.rooted(emptyRoot), "/");
        NtpConfigSet set = NtpIncludes.read(SourceFile.of(p.getFileName().toString(),
            Files.readAllBytes(p)), Optional.empty(), options);
        inputs.add(new Input(corpus.get().relativize(p).toString(), set,
            ChronyConversionOptions.defaults()));
      }
    }
    return inputs;
  }

  private record Input(String name, NtpConfigSet set, ChronyConversionOptions options) {}

  @TestFactory
  List<DynamicTest> chronyd43AcceptsEveryConversionAndKeepsEverySource() throws Exception {
    Path chronyd = Chronyd.require();
    List<DynamicTest> tests = new ArrayList<>();
    List<Input> inputs = inputs();
    assertThat(inputs).hasSizeGreaterThan(20);
    for (Input input : inputs) {
      tests.add(DynamicTest.dynamicTest(input.name(), () -> {
        Conversion c = NtpToChrony.convert(input.set(),
            input.options().withTarget(ChronyVersion.V4_3));
        Path out = workDir.resolve("out.conf");
        Files.writeString(out, c.output(), StandardCharsets.UTF_8);
        Chronyd.Verdict verdict = Chronyd.parse(chronyd, out, workDir);
        assertThat(verdict.accepted()).as("chronyd -p: %s\n%s", verdict.stderr(), c.output())
            .isTrue();
        ChronyParseResult parsed = ChronyConf.parse(SourceFile.of("out", c.output()
            .getBytes(StandardCharsets.UTF_8)), ChronyVersion.V4_3);
        assertThat(outputHosts(parsed)).as(c.output()).isEqualTo(inputHosts(input.set()));
      }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> everyTargetGetsOutputItsChronyAccepts() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Input input : inputs()) {
      tests.add(DynamicTest.dynamicTest(input.name(), () -> {
        for (ChronyVersion target : ChronyVersion.TARGETS) {
          Conversion c = NtpToChrony.convert(input.set(), input.options().withTarget(target));
          ChronyParseResult parsed = ChronyConf.parse(SourceFile.of("out", c.output()
              .getBytes(StandardCharsets.UTF_8)), target);
          assertThat(parsed.diagnostics().stream().filter(Diagnostic::rejectsFile)
              .map(Diagnostic::format).toList()).as("%s for %s:\n%s", input.name(), target,
              c.output()).isEmpty();
          assertThat(outputHosts(parsed)).isEqualTo(inputHosts(input.set()));
        }
      }));
    }
    return tests;
  }
}

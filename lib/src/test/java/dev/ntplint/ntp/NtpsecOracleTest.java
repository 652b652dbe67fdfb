package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.diag.Severity;
import dev.ntplint.ntp.catalog.RefclockDriver;
import dev.ntplint.ntp.model.Include;
import dev.ntplint.source.SourceFile;
import dev.ntplint.testing.TestPaths;
import dev.ntplint.view.RepeatedSource;
import dev.ntplint.view.SourceKind;
import dev.ntplint.view.TimeServiceView;
import dev.ntplint.view.ntp.NtpViewBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * NTPsec 1.2.2 judges every ntp fixture and every ntp file of the corpus: its verdict (a syntax
 * error logged, or an exit while reading) must be ours for {@code --target ntpsec-1.2}, and the
 * lines its messages name (both "line L column C syntax error" and "syntax error in FILE line L",
 * stale repeats included, spec 1.7) must be the lines we predict. Columns are not compared: NTPsec
 * 1.2.2 miscounts them.
 *
 * <p>The oracle is run only through scripts/ntpsec-parse.sh, in parallel (about a second a file).
 * It skips when the oracle is not installed or the machine cannot isolate it (exit 77), and fails
 * instead when -Dntplint.oracles=required.
 */
class NtpsecOracleTest {

  @TempDir
  Path workDir;

  /** How many repeated sources were checked against NTPsec's count of its associations. */
  private final AtomicInteger repeatsCompared = new AtomicInteger();

  @TestFactory
  List<DynamicTest> fixturesAndCorpusAgreeWithNtpsec() throws Exception {
    Ntpsec.require(workDir);
    List<Path> files = new ArrayList<>(NtpFixtureTest.fixtures());
    TestPaths.corpus().ifPresent(c -> files.addAll(NtpCorpusTest.ntpConfFiles(c)));
    Map<Path, Future<Ntpsec.Verdict>> verdicts = new LinkedHashMap<>();
    // ntpd mostly sleeps until its one-second limit: run many at once.
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      for (Path file : files) {
        verdicts.put(file, pool.submit(() -> Ntpsec.parse(file)));
      }
      AtomicInteger agreed = new AtomicInteger();
      AtomicInteger buildDependent = new AtomicInteger();
      List<DynamicTest> tests = new ArrayList<>();
      for (Map.Entry<Path, Future<Ntpsec.Verdict>> e : verdicts.entrySet()) {
        Path file = e.getKey();
        tests.add(DynamicTest.dynamicTest(name(file), () -> {
          Ntpsec.Verdict verdict = e.getValue().get();
          SourceFile source = SourceFile.of(file.toString(), Files.readAllBytes(file));
          NtpParseResult ours = NtpConf.parse(source, NtpTarget.NTPSEC_1_2);
          var driver = verdict.unknownDriver()
              .flatMap(RefclockDriver::byNtpsecName)
              .filter(RefclockDriver::missingFromDebianNtpsec);
          if (driver.isPresent()) {
            // Debian's build leaves this driver out: a build property, not the grammar's.
            buildDependent.incrementAndGet();
            assertThat(ours.diagnostics()).anyMatch(
                d -> d.code().equals(NtpDiagnosticCode.DRIVER_NOT_IN_BUILD.id()));
            return;
          }
          String theirs = String.join("\n", verdict.messages().stream()
              .filter(m -> m.startsWith("CONFIG:")).collect(Collectors.toList()));
          assertThat(ours.rejected()).as("verdict; NTPsec said:%n%s%nwe said: %s", theirs,
              ours.diagnostics()).isEqualTo(verdict.rejected());
          assertThat(NtpConf.daemonLog(source, NtpFlavour.NTPSEC))
              .as("the lines NTPsec names; it said:%n%s", theirs).isEqualTo(verdict.log());
          if (!verdict.rejected()) {
            assertRepeatedSourcesAgree(source, verdict, theirs);
          }
          agreed.incrementAndGet();
        }));
      }
      tests.add(DynamicTest.dynamicTest("summary", () -> {
        System.out.printf("NTPsec oracle: %d files, %d agreed, %d build-dependent (driver left"
            + " out of Debian's build); %d repeated sources counted out of its associations%n",
            files.size(), agreed.get(), buildDependent.get(), repeatsCompared.get());
        assertThat(agreed.get() + buildDependent.get()).isEqualTo(files.size());
        // The fixtures alone repeat sources: the comparison above is never vacuous.
        assertThat(repeatsCompared.get()).isPositive();
      }));
      return tests;
    } finally {
      pool.shutdown();
    }
  }

  /**
   * The sources NTPsec ignores because an earlier line has their address are the view's {@link
   * dev.ntplint.view.TimeServiceView#repeatedSources() repeated sources}, which duplicate-source
   * (NTP110) reports and the converter leaves out: NTPsec logs each ignored server, peer and
   * clock ("Ignoring duplicate"), but not a pool, and creates an association ("newpeer") for each
   * source it keeps. The count of those is compared on files without includes (read here alone)
   * and without our errors (NTPsec refuses some addresses).
   */
  private void assertRepeatedSourcesAgree(SourceFile source, Ntpsec.Verdict verdict,
      String theirs) {
    NtpConfigSet set = NtpIncludes.read(source, Optional.empty(),
        NtpIncludes.Options.of(NtpTarget.NTPSEC_1_2));
    TimeServiceView view = NtpViewBuilder.build(set);
    List<RepeatedSource> repeats = view.repeatedSources();
    assertThat(repeats.stream().filter(r -> r.repeat().kind() != SourceKind.POOL)
        .map(r -> r.repeat().address())).as("the sources NTPsec ignores as duplicates; it said:"
            + "%n%s", theirs).containsExactlyElementsOf(verdict.ignoredDuplicates());
    boolean includes = set.directives().stream().anyMatch(d -> d instanceof Include);
    if (!includes && set.allDiagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR)) {
      assertThat(view.sources().size() - repeats.size()).as("the associations NTPsec made")
          .isEqualTo(verdict.associationsMade());
      repeatsCompared.addAndGet(repeats.size());
    }
  }

  /**
   * The include trees: NTPsec's verdict on the main file (it reads the included files, relative
   * to the including file) is our verdict on the whole set.
   */
  @TestFactory
  List<DynamicTest> includeTreesAgreeWithNtpsec() throws Exception {
    Ntpsec.require(workDir);
    List<DynamicTest> tests = new ArrayList<>();
    Path trees = TestPaths.testdata().resolve("ntp/includes").toAbsolutePath();
    try (Stream<Path> dirs = Files.list(trees)) {
      for (Path dir : dirs.sorted().collect(Collectors.toList())) {
        Path main = dir.resolve("ntp.conf");
        if (!Files.isRegularFile(main)) {
          continue;
        }
        tests.add(DynamicTest.dynamicTest(trees.relativize(dir).toString(), () -> {
          Ntpsec.Verdict verdict = Ntpsec.parse(main);
          NtpConfigSet set = NtpIncludes.read(main,
              new NtpIncludes.Options(NtpTarget.NTPSEC_1_2, NtpFiles.host(), dir.toString()));
          assertThat(set.rejected()).as("NTPsec said: %s; we said: %s", verdict.messages(),
              set.allDiagnostics()).isEqualTo(verdict.rejected());
        }));
      }
    }
    assertThat(tests).hasSizeGreaterThan(5);
    return tests;
  }

  private static String name(Path file) {
    Path testdata = TestPaths.testdata().toAbsolutePath();
    Path abs = file.toAbsolutePath();
    if (abs.startsWith(testdata)) {
      return testdata.relativize(abs).toString();
    }
    return TestPaths.corpus().map(c -> c.toAbsolutePath().relativize(abs).toString())
        .orElse(file.toString());
  }

  static List<Path> walk(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

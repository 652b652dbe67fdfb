package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.diag.Diagnostic;
import dev.ntplint.source.SourceFile;
import dev.ntplint.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every ntp file of ../shared/corpus (real/, ntp-upstream/, converter-samples/) round-trips byte
 * for byte for every target, and the verdicts recorded in corpus/ntp-upstream/MANIFEST.tsv are
 * ours: classic ntpd 4.2.8p18 (built from source) for {@code --target ntp-4.2.8}, NTPsec 1.2.2 for
 * {@code --target ntpsec-1.2}, down to the lines rejected (each re-run alone by the manifest's
 * author, so these are the true lines, not the daemon's stale ones).
 */
public class NtpCorpusTest {

  private static Path corpus() {
    Assumptions.assumeTrue(TestPaths.corpus().isPresent(), "no ../shared/corpus in this checkout");
    return TestPaths.corpus().get();
  }

  /** The ntp.conf files of the corpus (real ntp files, upstream samples, converter samples). */
  public static List<Path> ntpConfFiles(Path corpus) {
    List<Path> files = new ArrayList<>();
    try {
      Path real = corpus.resolve("real");
      if (Files.isRegularFile(real.resolve("MANIFEST.tsv"))) {
        List<String> rows = Files.readAllLines(real.resolve("MANIFEST.tsv"));
        for (String row : rows.subList(1, rows.size())) {
          String[] cols = row.split("\t", -1);
          if (cols.length > 1 && cols[1].equals("ntp")) {
            files.add(real.resolve(cols[0]));
          }
        }
      }
      Path upstream = corpus.resolve("ntp-upstream");
      if (Files.isDirectory(upstream)) {
        for (Path p : NtpsecOracleTest.walk(upstream)) {
          String name = p.getFileName().toString();
          if (!name.equals("MANIFEST.tsv") && !name.equals("README.md")) {
            files.add(p);
          }
        }
      }
      Path samples = corpus.resolve("converter-samples");
      if (Files.isDirectory(samples)) {
        try (var s = Files.list(samples)) {
          s.filter(p -> p.getFileName().toString().endsWith(".conf")).sorted().forEach(files::add);
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return files;
  }

  @TestFactory
  List<DynamicTest> everyNtpFileRoundTrips() {
    List<Path> files = ntpConfFiles(corpus());
    assertThat(files).hasSizeGreaterThan(50);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      tests.add(DynamicTest.dynamicTest(corpus().relativize(file).toString(), () -> {
        byte[] bytes = Files.readAllBytes(file);
        SourceFile source = SourceFile.of(file.getFileName().toString(), bytes);
        for (NtpTarget target : NtpTarget.values()) {
          NtpParseResult result = NtpConf.parse(source, target);
          assertThat(result.config().print()).as("round trip for %s", target).isEqualTo(bytes);
        }
      }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> upstreamSamplesMatchTheRecordedVerdicts() throws IOException {
    Path dir = corpus().resolve("ntp-upstream");
    List<String> rows = Files.readAllLines(dir.resolve("MANIFEST.tsv"));
    List<DynamicTest> tests = new ArrayList<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] cols = row.split("\t", -1);
      Path file = dir.resolve(cols[0]);
      tests.add(DynamicTest.dynamicTest(cols[0] + " (classic 4.2.8p18)",
          () -> check(file, NtpTarget.NTP_4_2_8, cols[9], cols[10])));
      tests.add(DynamicTest.dynamicTest(cols[0] + " (NTPsec 1.2.2)",
          () -> check(file, NtpTarget.NTPSEC_1_2, cols[7], cols[8])));
    }
    assertThat(tests).hasSizeGreaterThan(50);
    return tests;
  }

  private static void check(Path file, NtpTarget target, String verdict, String badLines)
      throws IOException {
    SourceFile source = SourceFile.of(file.getFileName().toString(), Files.readAllBytes(file));
    NtpParseResult result = NtpConf.parse(source, target);
    Set<Integer> expected = new TreeSet<>();
    for (String n : badLines.split(",")) {
      if (!n.isBlank()) {
        expected.add(Integer.parseInt(n.trim()));
      }
    }
    if (verdict.startsWith("FAIL") && verdict.contains("Unknown driver name gpsd")) {
      // Grammar-valid; Debian's NTPsec build lacks the gpsd driver (a build property).
      assertThat(result.rejected()).isFalse();
      Set<Integer> warned = result.diagnostics().stream()
          .filter(d -> d.code().equals(NtpDiagnosticCode.DRIVER_NOT_IN_BUILD.id()))
          .map(d -> d.span().line()).collect(Collectors.toCollection(TreeSet::new));
      assertThat(warned).isEqualTo(expected);
      return;
    }
    Set<Integer> ours = result.diagnostics().stream().filter(Diagnostic::rejectsFile)
        .map(d -> d.span().line()).collect(Collectors.toCollection(TreeSet::new));
    assertThat(result.rejected()).as("verdict %s; ours: %s", verdict, describe(result))
        .isEqualTo(!verdict.equals("CLEAN"));
    assertThat(ours).as("rejected lines; ours: %s", describe(result)).isEqualTo(expected);
  }

  private static String describe(NtpParseResult result) {
    return result.diagnostics().stream().filter(Diagnostic::rejectsFile).map(Diagnostic::format)
        .collect(Collectors.joining("\n  ", "\n  ", ""));
  }
}

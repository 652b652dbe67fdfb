package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.diag.Diagnostic;
import dev.ntplint.source.SourceFile;
import dev.ntplint.testing.Fixtures;
import dev.ntplint.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every ntp fixture under testdata/ntp (one file per scenario, named after it, grouped by family):
 * it prints back byte for byte, and its diagnostics for classic ntpd 4.2.8, NTPsec 1.2 and the
 * accept-either target are those of its golden {@code .diag} file (regenerate with
 * {@code mvn test -Dntplint.updateGoldens=true}).
 */
class NtpFixtureTest {

  static final List<NtpTarget> GOLDEN_TARGETS =
      List.of(NtpTarget.NTP_4_2_8, NtpTarget.NTPSEC_1_2, NtpTarget.ANY);

  /** The single-file fixtures (not the include trees and keys files, which have their own tests). */
  static List<Path> fixtures() {
    List<Path> files = new ArrayList<>();
    Path root = TestPaths.testdata().resolve("ntp");
    for (Path p : Fixtures.files("ntp", ".conf")) {
      Path rel = root.relativize(p);
      if (!rel.startsWith("includes") && !rel.startsWith("keys")) {
        files.add(p);
      }
    }
    return files;
  }

  @TestFactory
  List<DynamicTest> fixturesRoundTripAndMatchGoldenDiagnostics() {
    List<Path> files = fixtures();
    assertThat(files).hasSizeGreaterThan(100);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      String name = TestPaths.testdata().relativize(file).toString();
      tests.add(DynamicTest.dynamicTest(name, () -> {
        byte[] bytes = Files.readAllBytes(file);
        SourceFile source = SourceFile.of(file.getFileName().toString(), bytes);
        StringBuilder golden = new StringBuilder();
        for (NtpTarget target : GOLDEN_TARGETS) {
          NtpParseResult result = NtpConf.parse(source, target);
          assertThat(result.config().print()).as("round trip").isEqualTo(bytes);
          golden.append("# ").append(target.targetName()).append(": ")
              .append(result.rejected() ? "rejected" : "accepted").append('\n');
          for (Diagnostic d : result.diagnostics()) {
            golden.append(render(d)).append('\n');
          }
        }
        Path goldenFile = file.resolveSibling(
            file.getFileName().toString().replaceAll("\\.conf$", ".diag"));
        Fixtures.assertGolden(goldenFile, golden.toString());
      }));
    }
    return tests;
  }

  static String render(Diagnostic d) {
    return Fixtures.render(d);
  }
}

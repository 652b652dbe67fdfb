package dev.ntplint.chrony;

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
 * Every chrony fixture under testdata/chrony (one file per scenario, named after it): it prints
 * back byte for byte, and its diagnostics for chrony 4.3 and HEAD are those of its golden
 * {@code .diag} file.
 */
class ChronyFixtureTest {

  static final List<ChronyVersion> GOLDEN_TARGETS = List.of(ChronyVersion.V4_3, ChronyVersion.HEAD);

  static List<Path> fixtures() {
    List<Path> files = new ArrayList<>();
    for (Path p : Fixtures.files("chrony", ".conf")) {
      if (!TestPaths.testdata().resolve("chrony").relativize(p).startsWith("includes")) {
        files.add(p);
      }
    }
    return files;
  }

  @TestFactory
  List<DynamicTest> fixturesRoundTripAndMatchGoldenDiagnostics() {
    List<Path> files = fixtures();
    assertThat(files).hasSizeGreaterThan(20);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      String name = TestPaths.testdata().relativize(file).toString();
      tests.add(DynamicTest.dynamicTest(name, () -> {
        byte[] bytes = Files.readAllBytes(file);
        SourceFile source = SourceFile.of(file.getFileName().toString(), bytes);
        StringBuilder golden = new StringBuilder();
        for (ChronyVersion target : GOLDEN_TARGETS) {
          ChronyParseResult result = ChronyConf.parse(source, target);
          assertThat(result.config().print()).as("round trip").isEqualTo(bytes);
          golden.append("# ").append(target.targetName()).append(": ")
              .append(result.rejected() ? "rejected" : "accepted").append('\n');
          for (Diagnostic d : result.diagnostics()) {
            golden.append(render(d)).append('\n');
          }
        }
        Path goldenFile = file.resolveSibling(file.getFileName().toString().replaceAll("\\.conf$", ".diag"));
        Fixtures.assertGolden(goldenFile, golden.toString());
      }));
    }
    return tests;
  }

  static String render(Diagnostic d) {
    return Fixtures.render(d);
  }
}

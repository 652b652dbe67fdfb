package dev.ntplint.chrony;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.source.SourceFile;
import dev.ntplint.testing.Chronyd;
import dev.ntplint.testing.TestPaths;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed chronyd (Debian 12: 4.3) judges every chrony fixture: its verdict, the line of its
 * fatal error, and what it echoes must be ours for the same target.
 */
class ChronydOracleTest {

  @TempDir
  Path workDir;

  @TestFactory
  List<DynamicTest> fixturesAgreeWithChronyd() throws Exception {
    Path chronyd = Chronyd.require();
    ChronyVersion target = Chronyd.version(chronyd);
    List<DynamicTest> tests = new ArrayList<>();
    int[] agreed = new int[1];
    List<Path> fixtures = ChronyFixtureTest.fixtures();
    for (Path file : fixtures) {
      String name = TestPaths.testdata().relativize(file).toString();
      tests.add(DynamicTest.dynamicTest(name, () -> {
        Chronyd.Verdict verdict = Chronyd.parse(chronyd, file, workDir);
        ChronyParseResult ours = ChronyConf.parse(
            SourceFile.of(file.toString(), Files.readAllBytes(file)), target);
        assertThat(ours.rejected()).as("verdict: chronyd %s said %s; we said %s", target,
            verdict.stderr().strip(), ours.diagnostics()).isEqualTo(!verdict.accepted());
        if (!verdict.accepted()) {
          Diagnostic first = ours.diagnostics().stream().filter(Diagnostic::rejectsFile)
              .min((a, b) -> Integer.compare(a.span().line(), b.span().line())).orElseThrow();
          verdict.errorLine().ifPresent(line -> assertThat(first.span().line())
              .as("line of the first error (chronyd: %s)", verdict.stderr().strip()).isEqualTo(line));
        }
        assertThat(new String(echo(ours, verdict), StandardCharsets.ISO_8859_1))
            .as("what chronyd -p echoes").isEqualTo(new String(verdict.stdout(), StandardCharsets.ISO_8859_1));
        agreed[0]++;
      }));
    }
    tests.add(DynamicTest.dynamicTest("summary", () -> {
      System.out.printf("chronyd %s oracle: %d fixtures, %d agreed%n", target, fixtures.size(), agreed[0]);
      assertThat(agreed[0]).isEqualTo(fixtures.size());
    }));
    return tests;
  }

  /** chronyd -p echoes each directive before checking it: up to and including the failing one. */
  private static byte[] echo(ChronyParseResult ours, Chronyd.Verdict verdict) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int stopLine = verdict.accepted() ? Integer.MAX_VALUE : verdict.errorLine().orElse(Integer.MAX_VALUE);
    boolean tooLong = verdict.stderr().contains("String too long");
    for (ChronyDirective d : ours.config().directives()) {
      int line = d.syntax().line().number();
      if (line > stopLine || (tooLong && line == stopLine)) {
        break;
      }
      if (!ChronyPrinter.isInlinedByChronyd(d)) {
        out.writeBytes(ChronyPrinter.normalisedLine(d));
      }
    }
    return out.toByteArray();
  }
}

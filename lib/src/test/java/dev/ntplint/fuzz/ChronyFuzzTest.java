package dev.ntplint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.ChronyParseResult;
import dev.ntplint.chrony.ChronyPrinter;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.source.SourceFile;

/**
 * Coverage-guided fuzzing of the chrony.conf reader (Jazzer). In a normal build the saved inputs
 * under src/test/resources/dev/ntplint/fuzz/ChronyFuzzTestInputs replay as regression tests; run
 * {@code scripts/fuzz.sh} to fuzz for longer and grow them.
 *
 * <p>Properties for any bytes: reading never throws, printing gives the bytes back, every
 * diagnostic lies inside the file, and every directive can be normalised.
 */
class ChronyFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void readingAnyBytesKeepsEveryByte(byte[] bytes) {
    SourceFile file = SourceFile.of("fuzz.conf", bytes);
    for (ChronyVersion target : new ChronyVersion[] {ChronyVersion.V4_3, ChronyVersion.HEAD}) {
      check(file, ChronyConf.parse(file, target), bytes);
      check(file, ChronyConf.parseSources(file, target), bytes);
    }
  }

  private static void check(SourceFile file, ChronyParseResult result, byte[] bytes) {
    assertThat(result.config().print()).isEqualTo(bytes);
    FuzzChecks.insideFile(result.diagnostics(), file);
    for (ChronyDirective d : result.config().directives()) {
      assertThat(ChronyPrinter.normalisedLine(d)).isNotEmpty();
    }
  }
}

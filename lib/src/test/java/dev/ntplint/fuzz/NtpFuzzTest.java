package dev.ntplint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ntplint.ntp.NtpConf;
import dev.ntplint.ntp.NtpParseResult;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.source.SourceFile;

/**
 * Coverage-guided fuzzing of the ntp.conf reader (Jazzer), for classic ntpd, NTPsec and both. In a
 * normal build the saved inputs under src/test/resources/dev/ntplint/fuzz/NtpFuzzTestInputs replay
 * as regression tests; {@code scripts/fuzz.sh NtpFuzzTest} fuzzes for longer and grows them.
 *
 * <p>Properties for any bytes: reading never throws, printing gives the bytes back, and every
 * diagnostic lies inside the file.
 */
class NtpFuzzTest {

  @FuzzTest(maxDuration = "3m")
  void readingAnyBytesKeepsEveryByte(byte[] bytes) {
    SourceFile file = SourceFile.of("fuzz.conf", bytes);
    for (NtpTarget target : NtpTarget.values()) {
      NtpParseResult result = NtpConf.parse(file, target);
      assertThat(result.config().print()).isEqualTo(bytes);
      FuzzChecks.insideFile(result.diagnostics(), file);
      NtpParseResult included = NtpConf.parseIncluded(file, target);
      assertThat(included.config().print()).isEqualTo(bytes);
      FuzzChecks.insideFile(included.diagnostics(), file);
    }
  }
}

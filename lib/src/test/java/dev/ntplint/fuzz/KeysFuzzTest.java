package dev.ntplint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ntplint.chrony.keys.ChronyKey;
import dev.ntplint.chrony.keys.ChronyKeys;
import dev.ntplint.chrony.keys.ChronyKeysResult;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.ntp.keys.NtpKey;
import dev.ntplint.ntp.keys.NtpKeys;
import dev.ntplint.ntp.keys.NtpKeysResult;
import dev.ntplint.source.SourceFile;

/**
 * Coverage-guided fuzzing of the keys file readers (Jazzer): ntpd's keys file for each target and
 * chrony's key file. Saved inputs under src/test/resources/dev/ntplint/fuzz/KeysFuzzTestInputs
 * replay in every build; {@code scripts/fuzz.sh KeysFuzzTest} fuzzes for longer.
 *
 * <p>Properties for any bytes: reading never throws, printing gives the bytes back, every
 * diagnostic and every key lies inside the file, and a key's toString() shows no key material.
 */
class KeysFuzzTest {

  @FuzzTest(maxDuration = "3m")
  void ntpKeysFileKeepsEveryByte(byte[] bytes) {
    SourceFile file = SourceFile.of("fuzz.keys", bytes);
    for (NtpTarget target : NtpTarget.values()) {
      NtpKeysResult result = NtpKeys.parse(file, target);
      assertThat(result.file().print()).isEqualTo(bytes);
      FuzzChecks.insideFile(result.diagnostics(), file);
      assertThat(result.file().lines()).containsAll(result.file().keys());
      for (NtpKey k : result.file().lines()) {
        FuzzChecks.insideFile(k.span(), file);
        assertThat(k.toString()).contains("(redacted)");
      }
    }
  }

  @FuzzTest(maxDuration = "3m")
  void chronyKeyFileKeepsEveryByte(byte[] bytes) {
    SourceFile file = SourceFile.of("fuzz.keys", bytes);
    ChronyKeysResult result = ChronyKeys.parse(file);
    assertThat(result.file().print()).isEqualTo(bytes);
    FuzzChecks.insideFile(result.diagnostics(), file);
    assertThat(result.file().lines()).containsAll(result.file().keys());
    for (ChronyKey k : result.file().lines()) {
      FuzzChecks.insideFile(k.span(), file);
      assertThat(k.toString()).contains("(redacted)");
    }
  }
}

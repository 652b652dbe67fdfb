package dev.ntplint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.ntp.NtpTarget;

/**
 * Coverage-guided fuzzing of the converters (Jazzer), both directions. An input is a
 * configuration, optionally followed by a NUL byte and its keys file ({@link ConversionHarness}).
 * Saved inputs under src/test/resources/dev/ntplint/fuzz/ConvertFuzzTestInputs replay in every
 * build; {@code scripts/fuzz.sh ConvertFuzzTest} fuzzes for longer.
 *
 * <p>Properties for any bytes: converting never throws; every input line with a word has a report
 * entry (converted, approximated or dropped with a reason); every numbered output line of the
 * report is that line of the output; the output and the converted keys file read back and print
 * losslessly; no key material or Autokey password appears in the report or the output.
 */
class ConvertFuzzTest {

  @FuzzTest(maxDuration = "3m")
  void ntpToChronyAccountsForEveryLine(byte[] bytes) {
    for (ChronyVersion target : new ChronyVersion[] {ChronyVersion.V4_3, ChronyVersion.HEAD}) {
      ConversionHarness.ntpToChrony(bytes, target);
    }
  }

  @FuzzTest(maxDuration = "3m")
  void chronyToNtpAccountsForEveryLine(byte[] bytes) {
    for (NtpTarget target : new NtpTarget[] {NtpTarget.NTP_4_2_8, NtpTarget.NTPSEC_1_2}) {
      ConversionHarness.chronyToNtp(bytes, target);
    }
  }
}

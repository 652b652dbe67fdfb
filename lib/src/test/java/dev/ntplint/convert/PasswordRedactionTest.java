package dev.ntplint.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.convert.tochrony.NtpToChrony;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpIncludes;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.source.SourceFile;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (found by ConvertFuzzTest, regression-pw-on-a-server-line): the word after {@code pw}
 * was redacted in a directive's own report entry but shown in the entries about its options
 * ({@code option Sec3pwVal9}) when {@code pw} stood on a line other than crypto.
 */
class PasswordRedactionTest {

  private static final String PASSWORD = "Sec3pwVal9";

  @TempDir
  Path root;

  private String report(String ntpConf, boolean json) {
    NtpConfigSet set = NtpIncludes.read(SourceFile.ofText("/etc/ntp.conf", ntpConf),
        Optional.empty(), new NtpIncludes.Options(NtpTarget.ANY, NtpFiles.rooted(root), "/"));
    Conversion c = NtpToChrony.convert(set, ChronyConversionOptions.defaults()
        .withTarget(ChronyVersion.V4_3));
    assertThat(c.output()).doesNotContain(PASSWORD);
    return json ? c.report().json() : c.report().text();
  }

  @Test
  void aPasswordOnAServerLineIsRedactedInTheEntriesAboutItsOptions() {
    String conf = "server 192.0.2.7 key 1 pw " + PASSWORD + " iburst\n";
    for (boolean json : new boolean[] {false, true}) {
      assertThat(report(conf, json)).doesNotContain(PASSWORD).contains("(redacted)")
          .contains("option pw");
    }
  }

  @Test
  void aPasswordOnALineNtpdNeverReadsIsRedactedInTheReportAndTheKeptComment() {
    // found by ConvertFuzzTest, regression-pw-on-an-unread-line
    String conf = "end\ncrypto pw " + PASSWORD + " randfile /dev/urandom\n";
    for (boolean json : new boolean[] {false, true}) {
      assertThat(report(conf, json)).doesNotContain(PASSWORD).contains("crypto pw (redacted)");
    }
  }

  @Test
  void aPasswordAfterTheErrorOfAPartlyAppliedLineIsRedactedInTheQuotingReason() {
    // found by ConvertFuzzTest, regression-pw-quoted-by-a-reason
    String conf = "crypto bogus pw ;;" + PASSWORD + "\n";
    for (boolean json : new boolean[] {false, true}) {
      assertThat(report(conf, json)).doesNotContain(PASSWORD);
    }
  }

  @Test
  void aPasswordGluedToPwOnALineNtpdNeverReadsIsRedactedInTheKeptComment() {
    // found by ConvertFuzzTest, regression-pw-glued-by-a-semicolon: ntpd reads `pw;;X` as pw and
    // the string ;;X (pw makes the next lexeme a string, where ; does not split), so ;;X is the
    // password; the comment that keeps the line as written must not show it.
    String conf = "end\nfudge 127.127.1.0 s;;pw;;" + PASSWORD + " flag1 1\n";
    for (boolean json : new boolean[] {false, true}) {
      assertThat(report(conf, json)).doesNotContain(PASSWORD);
    }
    NtpConfigSet set = NtpIncludes.read(SourceFile.ofText("/etc/ntp.conf", conf),
        Optional.empty(), new NtpIncludes.Options(NtpTarget.ANY, NtpFiles.rooted(root), "/"));
    assertThat(NtpToChrony.convert(set, ChronyConversionOptions.defaults()
        .withTarget(ChronyVersion.V4_3)).output())
        .contains("# (not read by ntpd) fudge 127.127.1.0 s;;pw(redacted) flag1 1");
  }

  @Test
  void aCryptoPasswordStaysRedacted() {
    String conf = "crypto pw " + PASSWORD + " randfile /dev/urandom\n";
    for (boolean json : new boolean[] {false, true}) {
      assertThat(report(conf, json)).doesNotContain(PASSWORD).contains("crypto pw (redacted)");
    }
  }
}

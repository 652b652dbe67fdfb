package dev.ntplint.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.convert.tontp.ChronyToNtp;
import dev.ntplint.ntp.NtpFlavour;
import dev.ntplint.source.SourceFile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Regression (found by ConvertFuzzTest, regression-key-line-cut-at-nul): the chrony -> ntp
 * converter had a keys reader of its own that split lines at blanks only; on a line chronyd cuts
 * at a NUL ({@code 3 KEY\0... more words}) it took the key for the type and printed it in the
 * report ("ntpd has no KEY keys"). The keys are now read by the linter's reader, as chronyd reads
 * them.
 */
class ChronyKeysConversionTest {

  private static final String KEY_TEXT = "A45566778899AABBCCDDEE";

  private static Conversion convert(String keys) {
    return ChronyToNtp.convert(ChronyConf.parse(SourceFile.ofText("/etc/chrony.conf",
        "keyfile /etc/chrony.keys\n"), ChronyVersion.NEWEST).config(),
        Optional.of(SourceFile.ofText("/etc/chrony.keys", keys)),
        new NtpConversionOptions(NtpFlavour.CLASSIC, Distro.DEBIAN));
  }

  private static String report(Conversion c) {
    return c.report().text() + "\n" + c.report().json();
  }

  @Test
  void aKeyOnALineCutAtANulNeverAppearsInTheReport() {
    Conversion c = convert("3 " + KEY_TEXT + "\0\0\0 key 1 nts\n");

    assertThat(report(c)).doesNotContain(KEY_TEXT);
    assertThat(c.output()).doesNotContain(KEY_TEXT);
  }

  @Test
  void usableKeysAreStillConvertedAndUnknownTypesDroppedByName() {
    Conversion c = convert("1 SHA1 HEX:0123456789ABCDEF0123456789ABCDEF01234567\n"
        + "2 SHA3-256 HEX:0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF\n");

    assertThat(c.keys()).hasValueSatisfying(k -> assertThat(k)
        .contains("1 SHA1 0123456789abcdef0123456789abcdef01234567").doesNotContain("\n2 "));
    assertThat(c.output()).contains("trustedkey 1\n");
    assertThat(c.report().entries(Outcome.DROPPED)).extracting(ReportEntry::construct)
        .contains("key 2 SHA3-256");
    assertThat(report(c)).doesNotContain("0123456789");
  }
}

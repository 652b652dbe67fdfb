package dev.ntplint.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (found by ConvertFuzzTest, regression-lines-after-ntpsec-exit): lines that ntpd never
 * reads, after `end` or after an error NTPsec exits on, are in no directive of the model; the
 * converter left them out of the report, so they vanished from the conversion without a word, and
 * the layout copied them into the chrony.conf as they were, where chronyd would read them (a
 * server line after end became a source).
 */
class UnreadLinesTest {

  @TempDir
  Path root;

  private Conversion convert(String ntpConf) {
    return ConvertFixtures.convertText(root, ntpConf);
  }


  private static ReportEntry entryAt(Conversion c, int line) {
    return c.report().entries().stream().filter(e -> e.line() == line).findFirst()
        .orElseThrow(() -> new AssertionError("no report entry for line " + line + " in "
            + c.report().entries()));
  }

  @Test
  void linesAfterAnErrorNtpsecExitsOnAreReportedAsDropped() {
    Conversion c = convert("refclock keys\ntrustedkey 1 2\n# a comment\ntinker step 0\n");

    ReportEntry trusted = entryAt(c, 2);
    assertThat(trusted.outcome()).isEqualTo(Outcome.DROPPED);
    assertThat(trusted.construct()).isEqualTo("trustedkey 1 2");
    assertThat(trusted.reason()).contains("ntpd stops reading").contains("/etc/ntp.conf:1");
    assertThat(entryAt(c, 4).outcome()).isEqualTo(Outcome.DROPPED);
    assertThat(c.report().entries()).noneMatch(e -> e.line() == 3);
    assertThat(c.output().lines()).contains("# (not read by ntpd) trustedkey 1 2",
        "# (not read by ntpd) tinker step 0", "# a comment").doesNotContain("makestep 0");
  }

  @Test
  void linesAfterEndAreReportedAsDroppedAndNotConverted() {
    Conversion c = convert("server 192.0.2.1 iburst\nend\nserver 192.0.2.2\n");

    assertThat(entryAt(c, 1).outcome()).isEqualTo(Outcome.CONVERTED);
    ReportEntry after = entryAt(c, 3);
    assertThat(after.outcome()).isEqualTo(Outcome.DROPPED);
    assertThat(after.reason()).contains("/etc/ntp.conf:2");
    assertThat(c.output().lines()).contains("server 192.0.2.1 iburst",
        "# (not read by ntpd) server 192.0.2.2").doesNotContain("server 192.0.2.2");
  }
}

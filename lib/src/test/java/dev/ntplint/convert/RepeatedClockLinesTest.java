package dev.ntplint.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clock address on several lines (a real ntp.conf had `server 127.127.28.0` and NTPsec's
 * `refclock shm unit 0` for one clock): ntpd keeps the first association of the address and
 * ignores the others ("configpeers: Ignoring duplicate", NtpsecOracleTest), so the conversion
 * writes one refclock, with the fudge factors, and reports each other line as dropped. The fudge
 * lines were once reported once per line of the address, so the report, and the conversion's
 * time, grew with lines x fudges (issue 8, P4).
 */
class RepeatedClockLinesTest {

  @TempDir
  Path root;

  private Conversion convert(String ntpConf) {
    return ConvertFixtures.convertText(root, ntpConf);
  }

  private static List<ReportEntry> entriesAt(Conversion c, int line) {
    return c.report().entries().stream().filter(e -> e.line() == line).toList();
  }

  @Test
  void theFirstLineOfAClockIsConvertedWithItsFudgesAndTheOthersAreDropped() {
    Conversion c = convert("server 127.127.28.0 minpoll 4\nfudge 127.127.28.0 refid GPS time1 0.1\n"
        + "refclock shm unit 0 refid GPS prefer\nserver 127.127.28.0 prefer\n"
        + "server ntp1.example.com iburst\nserver NTP1.example.com\n");

    List<ReportEntry> fudge = entriesAt(c, 2);
    assertThat(fudge).hasSize(1);
    assertThat(fudge.get(0).outcome()).isEqualTo(Outcome.CONVERTED);
    assertThat(fudge.get(0).output()).extracting(OutputLine::text)
        .containsExactly("refclock SHM 0 poll 4 offset 0.1 refid GPS");
    // One refclock and one server: the prefer of the ignored lines never applied in ntpd.
    assertThat(c.output().lines().filter(l -> l.startsWith("refclock ")))
        .containsExactly("refclock SHM 0 poll 4 offset 0.1 refid GPS");
    assertThat(c.output().lines().filter(l -> l.startsWith("server ")))
        .containsExactly("server ntp1.example.com iburst");
    for (int line : new int[] {3, 4, 6}) {
      List<ReportEntry> dropped = entriesAt(c, line);
      assertThat(dropped).as("line %d", line).singleElement().satisfies(e -> {
        assertThat(e.outcome()).isEqualTo(Outcome.DROPPED);
        assertThat(e.reason()).contains("already configured at").contains(":" + (line == 6 ? 5 : 1)
            + " (Ignoring duplicate)");
      });
    }
  }

  @Test
  void aThousandLinesOfOneClockMakeAReportThatGrowsWithTheLinesOnly() {
    StringBuilder conf = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      conf.append("server 127.127.28.0\nfudge 127.127.28.0 refid GPS\n");
    }
    Conversion c = convert(conf.toString());

    // One entry per line, not the 1,000 x 1,000 fudge entries of before.
    Map<Integer, Long> perLine = c.report().entries().stream().filter(e -> e.line() > 0)
        .collect(Collectors.groupingBy(ReportEntry::line, Collectors.counting()));
    assertThat(perLine).hasSize(2000).allSatisfy((line, entries) -> assertThat(entries)
        .as("entries for line %d", line).isEqualTo(1L));
    assertThat(c.output().lines().filter(l -> l.startsWith("refclock "))).hasSize(1);
  }
}

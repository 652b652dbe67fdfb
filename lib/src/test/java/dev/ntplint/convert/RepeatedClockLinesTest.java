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
 * `refclock shm unit 0` for one clock): each line still gets the fudge factors, but each fudge
 * line is reported once, with the first line of its address. It was reported once per line of the
 * address, so the report, and the conversion's time, grew with lines x fudges (issue 8, P4).
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
  void eachFudgeLineIsReportedOnceWithTheFirstLineOfItsClock() {
    Conversion c = convert("server 127.127.28.0 prefer\nfudge 127.127.28.0 refid GPS time1 0.1\n"
        + "refclock shm unit 0 refid GPS\nserver 127.127.28.0\n");

    List<ReportEntry> fudge = entriesAt(c, 2);
    assertThat(fudge).hasSize(1);
    assertThat(fudge.get(0).outcome()).isEqualTo(Outcome.CONVERTED);
    assertThat(fudge.get(0).output()).extracting(OutputLine::text)
        .containsExactly("refclock SHM 0 prefer offset 0.1 refid GPS");
    // Every line of the clock still has what the fudge line sets.
    assertThat(c.output().lines()).containsSubsequence(
        "refclock SHM 0 prefer offset 0.1 refid GPS", "refclock SHM 0 offset 0.1 refid GPS",
        "refclock SHM 0 offset 0.1 refid GPS");
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
  }
}

package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.cli.CheckCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text report to standard output is put together from pieces rendered while the files are
 * linted, and only counted findings; with a baseline (even an empty one) the findings are kept
 * and the whole report written at the end. Both must print the same bytes and exit the same way.
 */
class CheckTextPiecesTest {

  private static final Path TESTDATA = Path.of(System.getProperty("ntplint.testdata",
      "../testdata"));

  private static final String EMPTY_BASELINE = "empty-baseline.json";

  @TempDir
  Path dir;

  @Test
  void thePiecesAreTheWholeReportOverTheFixturesInPlainAndInColourOnAnyNumberOfThreads()
      throws IOException {
    writeAll(Map.of(EMPTY_BASELINE, "{\"version\": 1, \"findings\": []}\n"));
    Path emptyBaseline = dir.resolve(EMPTY_BASELINE);
    for (String color : List.of("never", "always")) {
      for (String jobs : List.of("1", "3")) {
        String[] pieces = {"check", "--no-config", "--color", color, "--jobs", jobs,
            TESTDATA.resolve("chrony").toString(), TESTDATA.resolve("ntp").toString()};
        Run fromPieces = CheckCommandTest.run(pieces);
        Run whole = CheckCommandTest.run(withBaseline(pieces, emptyBaseline));
        assertThat(fromPieces.out()).as("%s, %s jobs", color, jobs).contains(" problems")
            .contains("ntp/").contains(TESTDATA.resolve("chrony").toString());
        assertThat(fromPieces).as("%s, %s jobs", color, jobs).isEqualTo(whole);
      }
    }
  }

  @Test
  void theFailLevelOfEachFilesConfigurationDecidesTheExitCodeAsWithTheWholeReport()
      throws IOException {
    // Only an info finding (no iburst): it fails under fail-level info, not under the default.
    String onlyInfo = "server a.example\nserver b.example\nserver c.example\n"
        + "driftfile /var/lib/chrony/drift\nmakestep 1 3\nrtcsync\n";
    writeAll(Map.of(EMPTY_BASELINE, "{\"version\": 1, \"findings\": []}\n",
        "strict/.ntplint.yaml", "fail-level: info\n", "strict/chrony.conf", onlyInfo,
        "lenient/chrony.conf", onlyInfo));
    Path emptyBaseline = dir.resolve(EMPTY_BASELINE);
    for (String which : List.of("strict", "lenient")) {
      String[] pieces = {"check", dir.resolve(which).toString()};
      Run fromPieces = CheckCommandTest.run(pieces);
      assertThat(fromPieces.out()).as(which).contains(": info: ");
      assertThat(fromPieces.exitCode()).as(which).isEqualTo(which.equals("strict") ? 1 : 0);
      assertThat(fromPieces).as(which)
          .isEqualTo(CheckCommandTest.run(withBaseline(pieces, emptyBaseline)));
    }
  }

  private static String[] withBaseline(String[] args, Path baseline) {
    String[] out = new String[args.length + 2];
    System.arraycopy(args, 0, out, 0, args.length - 1);
    out[args.length - 1] = "--baseline";
    out[args.length] = baseline.toString();
    out[args.length + 1] = args[args.length - 1];
    return out;
  }

  /** Writes each file (name relative to the temporary directory) with its text. */
  private void writeAll(Map<String, String> texts) throws IOException {
    for (Map.Entry<String, String> file : texts.entrySet()) {
      Files.createDirectories(dir.resolve(file.getKey()).getParent());
      Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
  }
}

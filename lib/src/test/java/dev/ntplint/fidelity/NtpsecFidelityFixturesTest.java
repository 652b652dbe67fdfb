package dev.ntplint.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.ntp.Ntpsec;
import dev.ntplint.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disagreements the NTPsec harness found, kept in testdata/ntp/fidelity: each is listed in
 * its README; a fixed one now agrees with NTPsec (verdict and predicted log exact; its line set
 * equal, or different only as {@code LINE_AS_LOGGED} allows); an open one still disagrees without its known difference and
 * is excluded by exactly the one its README row names.
 */
class NtpsecFidelityFixturesTest {

  private static final Pattern ROW =
      Pattern.compile("^\\| ([\\w.-]+\\.(?:conf|open|tree)) \\|.*\\| ([^|]*) \\|$");
  private static final Pattern KNOWN = Pattern.compile("known difference `(\\w+)`");

  @TempDir
  Path root;

  static Path folder() {
    return TestPaths.testdata().resolve("ntp").resolve("fidelity");
  }

  /** Fixture name to its status column. */
  static List<String[]> rows() throws Exception {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(folder().resolve("README.md"), StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        rows.add(new String[] {m.group(1), m.group(2)});
      }
    }
    return rows;
  }

  @Test
  void everyFixtureIsListedInTheReadme() throws Exception {
    List<String> listed = rows().stream().map(r -> r[0]).sorted().toList();
    try (Stream<Path> files = Files.list(folder())) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".md") && !n.endsWith(".diag"))
          .sorted().toList()).isEqualTo(listed).isNotEmpty();
    }
  }

  /**
   * A fixture file is a single ntp.conf; a {@code .tree} folder is an include tree: its {@code
   * ntp.conf} is the main file, and every other file in it (but the goldens) is written beside
   * it.
   */
  private static NtpCase read(Path fixture) throws IOException {
    if (!Files.isDirectory(fixture)) {
      return NtpCase.single(Files.readAllBytes(fixture));
    }
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(fixture)) {
      // The .diag goldens beside each file belong to NtpFixtureTest, not to the case.
      for (Path p : walk.filter(Files::isRegularFile)
          .filter(p -> !p.toString().endsWith(".diag")).toList()) {
        files.put(fixture.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    byte[] main = files.remove(NtpCase.MAIN);
    return new NtpCase(main, files);
  }

  @TestFactory
  List<DynamicTest> fixturesAgreeWithNtpsecOrAreExcludedByTheirNamedDifference() throws Exception {
    Ntpsec.require(root);
    List<DynamicTest> tests = new ArrayList<>();
    for (String[] row : rows()) {
      tests.add(DynamicTest.dynamicTest(row[0], () -> {
        NtpCase c = read(folder().resolve(row[0]));
        try (FidelityRun<NtpCase, NtpsecDifferential.Result> run = new FidelityRun<>(
            new NtpsecDifferential()::judge, "ntpd", root.resolve(row[0]), 1, 1)) {
          NtpsecDifferential.Result strict = run.evaluate(c, false);
          NtpsecDifferential.Result withKnown = run.evaluate(c, true);
          Matcher known = KNOWN.matcher(row[1]);
          if (row[1].startsWith("deliberate")) {
            assertThat(known.find()).as("a deliberate row names its known difference").isTrue();
            assertThat(withKnown.excludedBy()).extracting(Enum::name)
                .containsExactly(known.group(1));
            assertThat(NtpsecDifferential.Known.valueOf(known.group(1)).deliberate).isTrue();
          } else if (row[1].startsWith("open")) {
            assertThat(known.find()).as("an open row names its known difference").isTrue();
            assertThat(strict.disagrees()).as("still open: %s", strict.detail()).isTrue();
            assertThat(withKnown.excludedBy()).extracting(Enum::name)
                .containsExactly(known.group(1));
          } else {
            assertThat(withKnown.outcome()).as(withKnown.detail())
                .isNotEqualTo(NtpsecDifferential.Outcome.DISAGREE);
            assertThat(withKnown.excludedBy()).as("a fixed case is at most excluded from the line"
                + " sets").isSubsetOf(NtpsecDifferential.Known.LINE_AS_LOGGED);
          }
        }
      }));
    }
    return tests;
  }
}

package dev.ntplint.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.testing.Chronyd;
import dev.ntplint.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disagreements the harness found, kept as fixtures in testdata/chrony/fidelity: each one is
 * listed in its README with chronyd's verdict, that verdict is still chronyd's, and ntplint now
 * agrees with chronyd on it through the whole differential comparison (verdict, error line,
 * echo), except the fixtures marked open, which must still disagree until they are fixed.
 */
class FidelityFixturesTest {

  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|[^|]*\\| ([^|]*)\\|");

  @TempDir
  Path root;

  record Row(String fixture, boolean chronydAccepts, boolean open) {}

  static Path folder() {
    return TestPaths.testdata().resolve("chrony").resolve("fidelity");
  }

  static Map<String, Row> rows() throws IOException {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(folder().resolve("README.md"), StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line);
      if (m.find() && !m.group(1).equals("fixture")) {
        String verdict = m.group(2).strip();
        assertThat(verdict).as("verdict column of %s", m.group(1)).matches("(accepted|rejected).*");
        rows.put(m.group(1), new Row(m.group(1), verdict.startsWith("accepted"),
            line.contains("**open**")));
      }
    }
    return rows;
  }

  @Test
  void everyFixtureIsListedInTheReadme() throws IOException {
    TreeSet<String> onDisk = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder())) {
      files.filter(p -> p.toString().endsWith(".conf"))
          .forEach(p -> onDisk.add(p.getFileName().toString()));
    }
    Path trees = folder().resolve("trees");
    if (Files.isDirectory(trees)) {
      try (Stream<Path> dirs = Files.list(trees)) {
        dirs.filter(Files::isDirectory).forEach(p -> onDisk.add("trees/" + p.getFileName()));
      }
    }
    assertThat(rows().keySet()).containsExactlyInAnyOrderElementsOf(onDisk);
  }

  @TestFactory
  List<DynamicTest> fixturesAgreeWithChronydUnlessOpen() throws Exception {
    Path chronyd = Chronyd.require();
    Differential differential = new Differential(chronyd, Chronyd.version(chronyd));
    List<DynamicTest> tests = new ArrayList<>();
    for (Row row : rows().values()) {
      tests.add(DynamicTest.dynamicTest(row.fixture(), () -> {
        ChronyCase c = load(row.fixture());
        Differential.Result r;
        Differential.Result withExclusions;
        try (FidelityRun<ChronyCase, Differential.Result> run =
            FidelityRun.chronyd(differential, root.resolve(safe(row.fixture())), 1)) {
          r = run.evaluate(c, false);
          withExclusions = run.evaluate(c, true);
        }
        assertThat(r.chronydAccepted()).as("chronyd's verdict in the README").isEqualTo(
            row.chronydAccepts());
        if (row.open()) {
          assertThat(r.outcome()).as("%s is marked open but ntplint now agrees with chronyd:"
              + " move it to the fixed ones (README) and drop its exclusion", row.fixture())
              .isEqualTo(Differential.Outcome.DISAGREE);
          assertThat(withExclusions.excludedBy()).as("the property's exclusion of open %s",
              row.fixture()).anyMatch(k -> k.status() == KnownDifference.Status.OPEN);
        } else {
          assertThat(r.outcome()).as("%s", r.detail()).isEqualTo(Differential.Outcome.AGREE);
        }
      }));
    }
    return tests;
  }

  private static String safe(String name) {
    return name.replace('/', '_');
  }

  /** A fixture as a case: a .conf file, or a tree (trees/NAME/main.chrony and its files). */
  static ChronyCase load(String fixture) throws IOException {
    Path path = folder().resolve(fixture);
    if (!Files.isDirectory(path)) {
      return ChronyCase.single(Files.readAllBytes(path));
    }
    Map<String, byte[]> files = new TreeMap<>();
    byte[] main = null;
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        String rel = path.relativize(p).toString();
        if (rel.isEmpty()) {
          continue;
        }
        if (rel.equals("main.chrony")) {
          main = Files.readAllBytes(p);
        } else if (Files.isDirectory(p)) {
          files.put(rel + "/", new byte[0]);
        } else {
          files.put(rel, Files.readAllBytes(p));
        }
      }
    }
    assertThat(main).as("%s/main.chrony", fixture).isNotNull();
    return new ChronyCase(main, files);
  }
}

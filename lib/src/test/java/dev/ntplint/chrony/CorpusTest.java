package dev.ntplint.chrony;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.source.SourceFile;
import dev.ntplint.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every chrony file of ../shared/corpus round-trips byte for byte, and our verdict for chrony 4.3
 * (and HEAD) is the verdict chronyd itself gave (recorded in the corpus manifests).
 */
class CorpusTest {

  private static Path corpus() {
    Assumptions.assumeTrue(TestPaths.corpus().isPresent(), "no ../shared/corpus in this checkout");
    return TestPaths.corpus().get();
  }

  @TestFactory
  List<DynamicTest> upstreamFilesMatchChronydVerdicts() throws IOException {
    Path dir = corpus().resolve("chrony-upstream");
    List<DynamicTest> tests = new ArrayList<>();
    List<String> rows = Files.readAllLines(dir.resolve("MANIFEST.tsv"));
    for (String row : rows.subList(1, rows.size())) {
      String[] cols = row.split("\t", -1);
      Path file = dir.resolve(cols[0]);
      String rc43 = cols[8];
      String rcHead = cols[9];
      String note = cols[10];
      tests.add(DynamicTest.dynamicTest(cols[0], () -> check(file, rc43, rcHead, note)));
    }
    assertThat(tests).hasSizeGreaterThan(200);
    return tests;
  }

  @TestFactory
  List<DynamicTest> realFilesMatchChronydVerdicts() throws IOException {
    Path dir = corpus().resolve("real");
    List<DynamicTest> tests = new ArrayList<>();
    List<String> rows = Files.readAllLines(dir.resolve("MANIFEST.tsv"));
    for (String row : rows.subList(1, rows.size())) {
      String[] cols = row.split("\t", -1);
      if (!cols[1].equals("chrony")) {
        continue;
      }
      Path file = dir.resolve(cols[0]);
      String verdict = cols[7];
      String rc = verdict.startsWith("ok") ? "0" : "1";
      tests.add(DynamicTest.dynamicTest(cols[0], () -> check(file, rc, null, verdict)));
    }
    assertThat(tests).isNotEmpty();
    return tests;
  }

  private static Path scratch;

  @org.junit.jupiter.api.BeforeAll
  static void scratchDirectory(@org.junit.jupiter.api.io.TempDir Path dir) {
    scratch = dir;
  }

  private static void check(Path file, String rc43, String rcHead, String note) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    SourceFile source = SourceFile.of(file.getFileName().toString(), bytes);
    ChronyParseResult v43 = ChronyConf.parse(source, ChronyVersion.V4_3);
    assertThat(v43.config().print()).as("round trip").isEqualTo(bytes);
    // chronyd ran from a scratch directory: resolve includes the same way.
    ChronyConfigTree tree = new ChronyIncludeResolver(ConfinedFileSystem.unconfined(scratch),
        ChronyVersion.V4_3).resolve(source);
    assertThat(tree.rejected()).as("chronyd 4.3 verdict with includes (%s)", note)
        .isEqualTo(rc43.equals("1"));
    if (note.contains("Could not search for files matching")) {
      return;
    }
    assertThat(v43.rejected()).as("chronyd 4.3 verdict (%s); ours: %s", note, describe(v43))
        .isEqualTo(rc43.equals("1"));
    if (rcHead != null && !rcHead.isEmpty()) {
      ChronyParseResult head = ChronyConf.parse(source, ChronyVersion.HEAD);
      assertThat(head.rejected()).as("chronyd HEAD verdict (%s); ours: %s", note, describe(head))
          .isEqualTo(rcHead.equals("1"));
    }
  }

  private static String describe(ChronyParseResult result) {
    return result.diagnostics().stream().filter(Diagnostic::rejectsFile).map(Diagnostic::format)
        .collect(Collectors.joining("; "));
  }
}

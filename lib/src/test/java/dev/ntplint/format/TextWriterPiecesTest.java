package dev.ntplint.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.diag.Severity;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.rules.Finding;
import dev.ntplint.rules.LintResult;
import dev.ntplint.rules.LintSettings;
import dev.ntplint.rules.Linter;
import dev.ntplint.rules.RuleRegistry;
import dev.ntplint.source.SourceFile;
import dev.ntplint.testing.TestPaths;
import dev.ntplint.testing.TextGen;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A batch renders each file's findings where it lints them ({@link TextWriter#render}) and ends
 * with {@link TextWriter#appendSummary}: together they must be exactly what {@link
 * TextWriter#write} prints for the whole report; and the snippet's line-end cut must be the regex
 * it replaced.
 */
class TextWriterPiecesTest {

  private static final Path BASE = Path.of("/repo");

  /** The line ends and the characters Java's regex also takes for one, among plain text. */
  private static final String[] PIECES = {"a", " ", "\t", "\r", "\n", "\u0085", "\u2028",
      "\u2029", "\u00e9", "\u0001", "\ud83d\ude00"};

  private static Gen<String> lineTexts() {
    return TextGen.concatenations(List.of(PIECES), 0, 12);
  }

  @Test
  void theLineEndCutIsTheRegexItReplaced() {
    Pattern regex = Pattern.compile("[\r\n]+$");
    qt().withExamples(20_000).forAll(lineTexts()).checkAssert(text ->
        assertThat(TextWriter.withoutTrailingLineEnd(text))
            .isEqualTo(regex.matcher(text).replaceAll("")));
  }

  @Test
  void renderedPiecesAndTheSummaryAreTheWholeReportInPlainAndInColour() throws IOException {
    List<Finding> findings = new ArrayList<>();
    List<List<Finding>> perFile = new ArrayList<>();
    List<String> files = new ArrayList<>();
    try (Stream<Path> fixtures = Files.walk(TestPaths.testdata().resolve("chrony"))) {
      for (Path file : fixtures.filter(f -> f.toString().endsWith(".conf")).sorted().toList()) {
        // Names absolute under the base directory, relative, and absolute elsewhere: every way
        // a path is printed.
        String name = switch (files.size() % 3) {
          case 0 -> BASE.resolve("etc").resolve(file.getFileName()).toString();
          case 1 -> "etc/" + file.getFileName();
          default -> "/elsewhere/" + file.getFileName();
        };
        LintResult result = lint(SourceFile.of(name, Files.readAllBytes(file)));
        perFile.add(result.findings());
        findings.addAll(result.findings());
        files.add(name);
      }
    }
    assertThat(findings).hasSizeGreaterThan(100);
    Report report = new Report("0.1.0", files, findings, 3, BASE);
    for (boolean color : new boolean[] {false, true}) {
      TextWriter writer = new TextWriter(color);
      StringWriter whole = new StringWriter();
      writer.write(report, whole);

      StringBuilder pieces = new StringBuilder();
      for (List<Finding> piece : perFile) {
        pieces.append(writer.render(piece, BASE));
      }
      writer.appendSummary(findings.size(), report.count(Severity.ERROR),
          report.count(Severity.WARNING), report.count(Severity.INFO), files.size(), 3, pieces);
      assertThat(pieces.toString()).as("colour %s", color).isEqualTo(whole.toString())
          .contains("etc/").contains("/elsewhere/");
    }
  }

  @Test
  void noSummaryWithoutFindingsOrSuppressions() {
    StringBuilder out = new StringBuilder();
    new TextWriter(false).appendSummary(0, 0, 0, 0, 5, 0, out);
    assertThat(out).isEmpty();
    new TextWriter(false).appendSummary(0, 0, 0, 0, 1, 1, out);
    assertThat(out).hasToString("\n0 problems (0 errors, 0 warnings, 0 info) in 1 file,"
        + " 1 suppressed\n");
  }

  private static LintResult lint(SourceFile source) {
    return new Linter(RuleRegistry.builtin()).lint(new ChronyIncludeResolver(
        ConfinedFileSystem.unconfined(BASE), ChronyVersion.NEWEST).resolve(source),
        LintSettings.defaults());
  }
}

package dev.ntplint.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.rules.Finding;
import dev.ntplint.rules.Fix;
import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.LintResult;
import dev.ntplint.rules.LintSettings;
import dev.ntplint.rules.Linter;
import dev.ntplint.rules.RuleRegistry;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.TextEdit;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every output format, over the same findings. */
class FormatsTest {

  static final Path BASE = Path.of("/repo");

  static Report report(String text) {
    LintResult r = new Linter(RuleRegistry.builtin()).lint(new ChronyIncludeResolver(
        ConfinedFileSystem.unconfined(BASE), ChronyVersion.NEWEST)
        .resolve(SourceFile.ofText("/repo/etc/chrony.conf", text)), LintSettings.defaults());
    return new Report("0.1.0", List.of("/repo/etc/chrony.conf"), r.findings(), 2, BASE);
  }

  static String write(OutputFormat format, Report report) throws Exception {
    StringWriter out = new StringWriter();
    format.writer(false).write(report, out);
    return out.toString();
  }

  static final String TEXT = "server a.example\nallow 0/0\nserver b.example # a, b: 100%\n"
      + "pool 2.pool.ntp.org iburts\nserver c.example iburst key 5\n";

  @Test
  void sarifHasEveryFieldGithubRequires() throws Exception {
    String sarif = write(OutputFormat.SARIF, report(TEXT));
    Object doc = Json.parse(sarif);
    assertThat(SarifCheck.problems(doc)).isEmpty();
    Map<String, Object> run = Json.object(Json.array(Json.object(doc).get("runs")).get(0));
    assertThat(Json.object(Json.object(run.get("tool")).get("driver")).get("semanticVersion"))
        .isEqualTo("0.1.0");
    List<Object> results = Json.array(run.get("results"));
    assertThat(results).isNotEmpty();
    Map<String, Object> first = Json.object(results.get(0));
    Map<String, Object> location = Json.object(Json.object(Json.array(first.get("locations")).get(0))
        .get("physicalLocation"));
    assertThat(Json.object(location.get("artifactLocation")))
        .containsEntry("uri", "etc/chrony.conf").containsEntry("uriBaseId", "%SRCROOT%");
    assertThat(run.get("columnKind")).isEqualTo("unicodeCodePoints");
    assertThat(sarif).contains("\"security-severity\"").contains("\"partialFingerprints\"");
  }

  @Test
  void sarifCarriesEachFixAsByteRegionReplacementsThatRebuildTheFixedFile() throws Exception {
    Report report = report(TEXT);
    List<Finding> withFix = report.findings().stream().filter(f -> f.fix().isPresent()).toList();
    assertThat(withFix).isNotEmpty();
    Object doc = Json.parse(write(OutputFormat.SARIF, report));
    assertThat(SarifCheck.problems(doc)).isEmpty();
    List<Object> results = Json.array(Json.object(Json.array(Json.object(doc).get("runs")).get(0))
        .get("results"));
    assertThat(results).hasSize(report.findings().size());
    byte[] original = TEXT.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < results.size(); i++) {
      Finding finding = report.findings().get(i);
      Map<String, Object> result = Json.object(results.get(i));
      if (finding.fix().isEmpty()) {
        assertThat(result).doesNotContainKey("fixes");
        continue;
      }
      Map<String, Object> fix = Json.object(Json.array(result.get("fixes")).get(0));
      assertThat(Json.object(fix.get("description")).get("text"))
          .isEqualTo(finding.fix().get().description());
      assertThat(Json.object(fix.get("properties")).get("safety"))
          .isEqualTo(finding.fix().get().safety().label());
      Map<String, Object> change = Json.object(Json.array(fix.get("artifactChanges")).get(0));
      assertThat(Json.object(change.get("artifactLocation"))).containsEntry("uri", "etc/chrony.conf");
      // Applied from the end backwards, SARIF's replacements give what the fix itself gives.
      List<Object> replacements = new ArrayList<>(Json.array(change.get("replacements")));
      replacements.sort(Comparator.comparingLong(r -> -offset(r)));
      byte[] fixed = original;
      for (Object r : replacements) {
        Map<String, Object> deleted = Json.object(Json.object(r).get("deletedRegion"));
        int start = (int) offset(r);
        int end = start + (int) (long) (Long) deleted.get("byteLength");
        Object inserted = Json.object(r).get("insertedContent");
        byte[] bytes = inserted == null ? new byte[0]
            : String.valueOf(Json.object(inserted).get("text")).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(fixed, 0, start);
        out.write(bytes);
        out.write(fixed, end, fixed.length - end);
        fixed = out.toByteArray();
      }
      assertThat(new String(fixed, StandardCharsets.UTF_8))
          .isEqualTo(new String(finding.fix().get().apply(original), StandardCharsets.UTF_8))
          .isNotEqualTo(TEXT);
    }
  }

  private static long offset(Object replacement) {
    return (Long) Json.object(Json.object(replacement).get("deletedRegion")).get("byteOffset");
  }

  @Test
  void sarifWritesInsertedBytesThatAreNotUtf8AsBase64() throws Exception {
    Finding any = report(TEXT).findings().get(0);
    byte[] latin1 = {'a', (byte) 0xe9, 'b'};
    Finding f = new Finding(any.rule(), any.severity(), any.message(), any.span(), Optional.of(
        new Fix("write latin-1", Fixability.UNSAFE, List.of(new TextEdit(0, 1, latin1),
            TextEdit.insert(3, "\u00e9")))));
    Object doc = Json.parse(write(OutputFormat.SARIF,
        new Report("0.1.0", List.of("/repo/etc/chrony.conf"), List.of(f), 0, BASE)));
    Map<String, Object> fix = Json.object(Json.array(Json.object(Json.array(Json.object(
        Json.array(Json.object(doc).get("runs")).get(0)).get("results")).get(0)).get("fixes")).get(0));
    List<Object> replacements = Json.array(Json.object(Json.array(fix.get("artifactChanges"))
        .get(0)).get("replacements"));
    assertThat(Json.object(Json.object(replacements.get(0)).get("insertedContent")))
        .containsEntry("binary", Base64.getEncoder().encodeToString(latin1))
        .doesNotContainKey("text");
    assertThat(Json.object(Json.object(replacements.get(1)).get("insertedContent")))
        .containsEntry("text", "\u00e9");
    assertThat(Json.object(fix.get("properties"))).containsEntry("safety", "unsafe");
  }

  @Test
  void sarifOfNoFindingIsStillValid() throws Exception {
    Report empty = new Report("dev", List.of("a.conf"), List.of(), 0, BASE);
    Object doc = Json.parse(write(OutputFormat.SARIF, empty));
    assertThat(SarifCheck.problems(doc)).isEmpty();
  }

  @Test
  void theSarifCheckCatchesMissingFields() throws Exception {
    Object doc = Json.parse("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\","
        + "\"rules\":[{\"id\":\"A1\"}]}},\"results\":[{\"ruleId\":\"B\",\"message\":{\"text\":\"\"},"
        + "\"locations\":[]}]}]}");
    assertThat(SarifCheck.problems(doc)).contains("top level: $schema is required and must not be"
        + " empty", "rule A1: shortDescription.text is required", "result B: ruleId matches no rule",
        "result B: locations must hold 1 to 1000 entries");
  }

  @Test
  void githubAnnotationsEscapeMessagesAndProperties() throws Exception {
    String out = write(OutputFormat.GITHUB, report(TEXT));
    assertThat(out.lines()).allMatch(l -> l.matches("::(error|warning|notice) file=etc/chrony.conf,"
        + "line=\\d+,col=\\d+,endLine=\\d+,endColumn=\\d+,title=[A-Z]+\\d+ [a-z-]+::.+"));
    assertThat(out).contains("::error file=etc/chrony.conf,line=3,col=");
    assertThat(GithubWriter.data("50% a\nb\r")).isEqualTo("50%25 a%0Ab%0D");
    assertThat(GithubWriter.property("a:b,c")).isEqualTo("a%3Ab%2Cc");
  }

  @Test
  void jsonHasTheDocumentedFields() throws Exception {
    Map<String, Object> doc = Json.object(Json.parse(write(OutputFormat.JSON, report(TEXT))));
    assertThat(doc).containsKeys("version", "tool", "files", "findings", "summary");
    List<Object> findings = Json.array(doc.get("findings"));
    for (Object o : findings) {
      assertThat(Json.object(o)).containsKeys("rule", "id", "severity", "file", "line", "column",
          "endLine", "endColumn", "message", "category", "helpUri");
    }
    Map<String, Object> summary = Json.object(doc.get("summary"));
    assertThat(summary.get("findings")).isEqualTo((long) findings.size());
    assertThat(summary.get("suppressed")).isEqualTo(2L);
    assertThat(findings).anySatisfy(o -> assertThat(Json.object(o)).containsKey("fix"));
  }

  @Test
  void gccAndCheckstyleAndText() throws Exception {
    Report report = report(TEXT);
    String gcc = write(OutputFormat.GCC, report);
    assertThat(gcc.lines()).allMatch(l -> l.matches("etc/chrony.conf:\\d+:\\d+: (error|warning|note):"
        + " .+ \\[[A-Z]+\\d+\\]"));
    String xml = write(OutputFormat.CHECKSTYLE, report);
    assertThat(xml).startsWith("<?xml").contains("<file name=\"etc/chrony.conf\">")
        .contains("source=\"ntplint.NTP602.trailing-comment\"").doesNotContain("# a, b: 100%\"");
    String text = write(OutputFormat.TEXT, report);
    assertThat(text).contains("etc/chrony.conf:3:18: error: chrony.conf has no trailing comments")
        .contains("  3 | server b.example # a, b: 100%\n    |                  ^~~~~~~~~~~")
        .contains("problems (").contains("2 suppressed").doesNotContain("\u001b[");
    StringWriter colored = new StringWriter();
    OutputFormat.TEXT.writer(true).write(report, colored);
    assertThat(colored.toString()).contains("\u001b[31m");
  }

  @Test
  void pathsOutsideTheBaseStayAsGiven() {
    Report r = new Report("dev", List.of(), List.<Finding>of(), 0, BASE);
    assertThat(r.path("/repo/a/b.conf")).isEqualTo("a/b.conf");
    assertThat(r.path("/etc/chrony.conf")).isEqualTo("/etc/chrony.conf");
    assertThat(r.path("x/../y.conf")).isEqualTo("y.conf");
    assertThat(r.relative("/etc/chrony.conf")).isFalse();
    assertThat(r.relative("/repo/a.conf")).isTrue();
    assertThat(SarifWriter.uri("a b/ü.conf")).isEqualTo("a%20b/%C3%BC.conf");
  }
}

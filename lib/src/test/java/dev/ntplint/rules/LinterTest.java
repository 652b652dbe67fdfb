package dev.ntplint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.rules.config.RuleSetting;
import dev.ntplint.source.SourceFile;
import dev.ntplint.view.FileLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine: diagnostics as findings, rules, configuration, suppressions, includes. */
class LinterTest {

  static final Linter LINTER = new Linter(RuleRegistry.builtin());

  @TempDir
  Path dir;

  static LintResult lint(String text) {
    return lint(text, LintSettings.defaults());
  }

  static LintResult lint(String text, LintSettings settings) {
    ChronyConfigTree tree = new ChronyIncludeResolver(
        ConfinedFileSystem.unconfined(Path.of("").toAbsolutePath()), ChronyVersion.NEWEST)
        .resolve(SourceFile.ofText("chrony.conf", text));
    return LINTER.lint(tree, settings);
  }

  static List<String> ids(LintResult r) {
    return r.findings().stream().map(f -> f.rule().id()).toList();
  }

  static List<String> names(LintResult r) {
    return r.findings().stream().map(f -> f.rule().name()).toList();
  }

  @Test
  void aGoodMinimalClientGivesNoFindingAtAll() {
    LintResult r = lint("""
        # Use public servers from the pool.ntp.org project.
        pool 2.debian.pool.ntp.org iburst
        driftfile /var/lib/chrony/chrony.drift
        makestep 1 3
        rtcsync
        leapsectz right/UTC
        """);
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void theSeedRules() {
    assertThat(names(lint("server ntp.example.com iburst\n"))).contains("single-source");
    assertThat(names(lint("pool 2.pool.ntp.org iburst\n"))).doesNotContain("single-source");
    assertThat(names(lint("pool 2.pool.ntp.org iburst\nallow 10/8\n")))
        .contains("missing-local-fallback");
    assertThat(names(lint("pool 2.pool.ntp.org iburst\nallow 10/8\nlocal stratum 10\n")))
        .doesNotContain("missing-local-fallback", "no-allow-range");
    assertThat(names(lint("pool 2.pool.ntp.org iburst\nlocal stratum 10\n")))
        .contains("no-allow-range").doesNotContain("missing-local-fallback");
  }

  @Test
  void parseDiagnosticsAreFindingsWithTheirCodeAndAFixWhenThereIsASuggestion() {
    LintResult r = lint("pool 2.pool.ntp.org iburts\n");
    Finding f = r.findings().stream().filter(x -> x.rule().id().equals("CP106")).findFirst()
        .orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.rule().name()).isEqualTo("invalid-option");
    assertThat(f.message()).contains("did you mean `iburst`");
    assertThat(f.fix()).hasValueSatisfying(fix -> {
      assertThat(fix.safety()).isEqualTo(Fixability.UNSAFE);
      assertThat(new String(fix.apply(f.span().file().bytes()))).isEqualTo("pool 2.pool.ntp.org iburst\n");
    });
  }

  @Test
  void aRuleThatExplainsADiagnosticBetterSupersedesIt() {
    LintResult r = lint("pool 2.pool.ntp.org iburst\nrestrict default noquery\n");
    assertThat(ids(r)).contains("NTP601").doesNotContain("CP100");
    LintResult typo = lint("pool 2.pool.ntp.org iburst\nmakestpe 1 3\n");
    assertThat(ids(typo)).contains("CP100");
  }

  @Test
  void configurationSwitchesRulesOffAndChangesSeverities() {
    String text = "server ntp.example.com\n";
    LintSettings settings = LintSettings.defaults().withRules(Map.of(
        "NTP117", RuleSetting.OFF,
        "NTP101", RuleSetting.severity(Severity.ERROR),
        "NTP401", RuleSetting.OFF));
    LintResult r = lint(text, settings);
    assertThat(ids(r)).doesNotContain("NTP117", "NTP401");
    assertThat(r.findings()).filteredOn(f -> f.rule().id().equals("NTP101"))
        .extracting(Finding::severity).containsExactly(Severity.ERROR);
  }

  @Test
  void ruleOptionsReachTheRule() {
    String text = "pool 2.pool.ntp.org iburst\n";
    LintSettings settings = LintSettings.defaults().withRules(Map.of("NTP101",
        new RuleSetting(true, Optional.empty(), Map.of("min-sources", 5))));
    assertThat(names(lint(text, settings))).contains("single-source");
  }

  @Test
  void aSuppressionAppliesToTheNextDirectiveWithAnyCommentLeader() {
    for (String leader : List.of("#", "!", ";", "%")) {
      LintResult r = lint(leader + " ntplint: disable=missing-iburst,NTP101 -- lab box\n\n"
          + "# another comment\nserver ntp.example.com\nserver other.example.com\n");
      assertThat(r.findings()).as(leader).filteredOn(f -> f.rule().id().equals("NTP117"))
          .extracting(Finding::line).containsExactly(5);
      assertThat(r.suppressed()).as(leader).extracting(s -> s.finding().rule().id())
          .contains("NTP117", "NTP101");
      assertThat(r.suppressed().get(0).by().reason()).hasValue("lab box");
      assertThat(ids(r)).as(leader).doesNotContain("NTP001", "NTP002");
    }
  }

  @Test
  void disableFileAtTheTopSuppressesEverywhereAndAllMatchesEveryRule() {
    LintResult r = lint("# ntplint: disable-file=missing-iburst\nserver a.example\nserver b.example\n");
    assertThat(ids(r)).doesNotContain("NTP117");
    LintResult all = lint("# ntplint: disable-file=all -- generated file\nserver a.example\n");
    assertThat(all.findings()).isEmpty();
    assertThat(all.suppressed()).isNotEmpty();
  }

  @Test
  void unusedAndInvalidSuppressionsAreReported() {
    LintResult r = lint("# ntplint: disable=NTP117\npool 2.pool.ntp.org iburst\n"
        + "# ntplint: disable=no-such-rule\nmakestep 1 3\n# ntplint: disable-file=NTP401\n");
    assertThat(r.findings()).filteredOn(f -> f.rule().id().equals("NTP001"))
        .extracting(Finding::line).containsExactly(1);
    assertThat(r.findings()).filteredOn(f -> f.rule().id().equals("NTP002"))
        .extracting(Finding::line).containsExactly(3, 5);
  }

  @Test
  void inlineSuppressionsCanBeTurnedOff() {
    String text = "# ntplint: disable=missing-iburst\nserver ntp.example.com\n";
    LintResult r = lint(text, LintSettings.defaults().withInlineSuppressions(false));
    assertThat(ids(r)).contains("NTP117").doesNotContain("NTP001");
    assertThat(r.suppressed()).isEmpty();
  }

  @Test
  void aSuppressionOfARuleSwitchedOffIsNotReportedUnused() {
    String text = "# ntplint: disable=missing-iburst\npool 2.pool.ntp.org\n";
    LintResult r = lint(text, LintSettings.defaults().withRules(Map.of("NTP117", RuleSetting.OFF)));
    assertThat(ids(r)).doesNotContain("NTP001", "NTP117");
  }

  @Test
  void findingsInIncludedFilesCarryThatFilesPathAndLineAndItsSuppressions() throws Exception {
    Files.createDirectories(dir.resolve("conf.d"));
    Files.writeString(dir.resolve("conf.d/servers.conf"),
        "# servers\nserver a.example\n# ntplint: disable=missing-iburst\nserver b.example\n");
    ConfinedFileSystem fs = ConfinedFileSystem.rooted(dir);
    ChronyConfigTree tree = new ChronyIncludeResolver(fs, ChronyVersion.NEWEST)
        .resolve(SourceFile.ofText("/etc/chrony.conf", "confdir /conf.d\nserver c.example iburst\n"));
    LintResult r = LINTER.lint(tree, LintSettings.defaults().withFiles(FileLoader.of(fs)));
    assertThat(r.findings()).filteredOn(f -> f.rule().id().equals("NTP117"))
        .extracting(f -> f.file() + ":" + f.line()).containsExactly("/conf.d/servers.conf:2");
    assertThat(r.files()).extracting(SourceFile::name)
        .containsExactly("/etc/chrony.conf", "/conf.d/servers.conf");
    assertThat(names(r)).doesNotContain("single-source");
  }

  @Test
  void wholeConfigurationRulesDoNotRunOnAFragment() {
    String fragment = "server a.example iburst\n";
    assertThat(names(lint(fragment))).contains("no-driftfile", "single-source");
    LintResult r = lint(fragment, LintSettings.defaults().withWholeConfiguration(false));
    assertThat(names(r)).doesNotContain("no-driftfile", "single-source", "no-makestep");
    // A fragment's keyfile may be in its main file.
    LintResult keyed = lint("server a.example iburst key 1\n",
        LintSettings.defaults().withWholeConfiguration(false));
    assertThat(names(keyed)).doesNotContain("unknown-key");
    assertThat(names(lint("server a.example iburst key 1\n"))).contains("unknown-key");
  }

  @Test
  void aFailingRuleIsReportedWithItsIdAndTheFile() {
    Rule broken = new BaseRule(RuleMetadata.builder("TST001", "broken").summary("Broken")
        .description("Throws.").build()) {
      @Override
      public void check(RuleContext context) {
        throw new IllegalStateException("boom");
      }
    };
    Linter linter = new Linter(RuleRegistry.of(List.of(broken)));
    ChronyConfigTree tree = new ChronyIncludeResolver(
        ConfinedFileSystem.unconfined(Path.of("").toAbsolutePath()), ChronyVersion.NEWEST)
        .resolve(SourceFile.ofText("x.conf", "server a\n"));
    assertThatThrownBy(() -> linter.lint(tree, LintSettings.defaults()))
        .isInstanceOf(RuleFailure.class).hasMessageContaining("TST001").hasMessageContaining("x.conf");
  }

  @Test
  void aRuleMayOnlyReportFixesWhenItsMetadataSaysFixable() {
    Rule liar = new BaseRule(RuleMetadata.builder("TST002", "liar").dialects(Dialect.CHRONY)
        .summary("Liar").description("Reports a fix.").build()) {
      @Override
      public void check(RuleContext context) {
        context.report(context.view().anchor(), "x", context.fix(context.view().mainFile(), "y",
            Fixability.SAFE, e -> e.appendDirective("rtcsync")));
      }
    };
    Linter linter = new Linter(RuleRegistry.of(List.of(liar)));
    ChronyConfigTree tree = new ChronyIncludeResolver(
        ConfinedFileSystem.unconfined(Path.of("").toAbsolutePath()), ChronyVersion.NEWEST)
        .resolve(SourceFile.ofText("x.conf", "server a\n"));
    assertThatThrownBy(() -> linter.lint(tree, LintSettings.defaults()))
        .isInstanceOf(RuleFailure.class).hasMessageContaining("not fixable");
  }

  @Test
  void findingsComeInReadingOrder() {
    LintResult r = lint("server b.example\nserver a.example\n");
    List<Integer> lines = r.findings().stream().map(Finding::line).toList();
    assertThat(lines).isSorted();
  }
}

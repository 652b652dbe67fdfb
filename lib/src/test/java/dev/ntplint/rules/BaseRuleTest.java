package dev.ntplint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Rules declare their identity up front and build the rest of their metadata on first use. */
class BaseRuleTest {

  /** A rule that counts how often it builds its metadata and how often it runs. */
  static final class Counting extends BaseRule {
    final AtomicInteger described = new AtomicInteger();
    final AtomicInteger ran = new AtomicInteger();
    final Dialect describedDialect;

    boolean reportsFirstSource;

    Counting(String id, String name, Scope scope, Dialect dialect, Dialect describedDialect) {
      super(id, name, scope, dialect);
      this.describedDialect = describedDialect;
    }

    @Override
    protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
      described.incrementAndGet();
      return meta.dialects(describedDialect).severity(Severity.WARNING).summary("Counts")
          .description("A rule for the engine's tests.");
    }

    @Override
    public void check(RuleContext context) {
      ran.incrementAndGet();
      if (reportsFirstSource) {
        context.report(context.view().sources().get(0).span(), "counted");
      }
    }
  }

  static LintResult lintChrony(Linter linter, String text) {
    ChronyConfigTree tree = new ChronyIncludeResolver(
        ConfinedFileSystem.unconfined(Path.of("").toAbsolutePath()), ChronyVersion.NEWEST)
        .resolve(SourceFile.ofText("chrony.conf", text));
    return linter.lint(tree, LintSettings.defaults());
  }

  @Test
  void theEngineBuildsTheMetadataOnlyOfTheRulesThatReport() {
    Counting silent = new Counting("TST001", "silent-rule", Scope.DIRECTIVE, Dialect.CHRONY,
        Dialect.CHRONY);
    Counting reporting = new Counting("TST005", "reporting-rule", Scope.DIRECTIVE,
        Dialect.CHRONY, Dialect.CHRONY);
    reporting.reportsFirstSource = true;
    Counting ntp = new Counting("TST002", "ntp-rule", Scope.DIRECTIVE, Dialect.NTP, Dialect.NTP);
    Linter linter = new Linter(RuleRegistry.of(List.of(silent, reporting, ntp)));

    LintResult first = lintChrony(linter, "server ntp.example.com iburst\n");
    lintChrony(linter, "server ntp.example.com iburst\n");

    assertThat(silent.ran).hasValue(2);
    assertThat(silent.described).hasValue(0);
    assertThat(reporting.ran).hasValue(2);
    assertThat(reporting.described).hasValue(1);
    assertThat(first.findings()).extracting(f -> f.rule().id()).containsExactly("TST005");
    assertThat(ntp.ran).hasValue(0);
    assertThat(ntp.described).hasValue(0);
  }

  @Test
  void metadataIsBuiltOnceAndCarriesTheDeclaredIdentity() {
    Counting rule = new Counting("TST003", "counted", Scope.CONFIGURATION, Dialect.NTP,
        Dialect.NTP);
    RuleMetadata first = rule.metadata();

    assertThat(rule.metadata()).isSameAs(first);
    assertThat(rule.described).hasValue(1);
    assertThat(first.id()).isEqualTo("TST003");
    assertThat(first.name()).isEqualTo("counted");
    assertThat(first.scope()).isEqualTo(Scope.CONFIGURATION);
    assertThat(first.dialects()).containsExactly(Dialect.NTP);
  }

  @Test
  void aDescriptionThatContradictsTheDeclaredDialectsIsRefused() {
    Counting rule = new Counting("TST004", "contradicts", Scope.DIRECTIVE, Dialect.NTP,
        Dialect.CHRONY);

    assertThatThrownBy(rule::metadata).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TST004");
  }

  @Test
  void everyBuiltInRuleAnswersItsIdentityAsItsMetadataDoes() {
    List<String> problems = new ArrayList<>();
    for (Rule rule : RuleRegistry.builtin().rules()) {
      RuleMetadata meta = rule.metadata();
      for (Dialect dialect : Dialect.values()) {
        if (rule.checks(dialect) != meta.checks(dialect)) {
          problems.add(meta.id() + " on " + dialect);
        }
      }
      if (!rule.id().equals(meta.id()) || !rule.name().equals(meta.name())
          || rule.scope() != meta.scope()) {
        problems.add(meta.id() + " identity");
      }
    }
    assertThat(problems).isEmpty();
  }
}

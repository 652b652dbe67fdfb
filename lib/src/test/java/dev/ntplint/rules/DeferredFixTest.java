package dev.ntplint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.edit.ConfigEditor;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.TextEdit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Fixes a rule builds with {@link RuleContext#fix} are made when first asked for (issue 8, P3),
 * with the answers the eagerly built fixes gave.
 */
class DeferredFixTest {

  private static final SourceFile FILE = SourceFile.ofText("x.conf", "server a\n");

  @Test
  void aDeferredFixMakesItsEditsOnFirstUseAndOnlyOnce() {
    AtomicInteger made = new AtomicInteger();
    Fix fix = Fix.deferred("insert x", Fixability.SAFE, () -> {
      made.incrementAndGet();
      return List.of(TextEdit.insert(0, "x"));
    });
    assertThat(made).hasValue(0);
    assertThat(fix.edits()).containsExactly(TextEdit.insert(0, "x"));
    assertThat(fix.apply("ab".getBytes(StandardCharsets.ISO_8859_1))).asString()
        .isEqualTo("xab");
    assertThat(made).hasValue(1);
    Fix eager = new Fix("insert x", Fixability.SAFE, List.of(TextEdit.insert(0, "x")));
    assertThat(fix).isEqualTo(eager).hasSameHashCodeAs(eager);
  }

  @Test
  void aFindingWhoseDeferredFixChangesNothingHasNoFixAndEqualsOneWithout() {
    Finding withVoidFix = finding(Optional.of(Fix.deferred("nothing", Fixability.SAFE, List::of)));
    Finding without = finding(Optional.empty());
    assertThat(withVoidFix.fix()).isEmpty();
    assertThat(withVoidFix).isEqualTo(without).hasSameHashCodeAs(without);
    assertThat(withVoidFix.withSeverity(without.severity())).isEqualTo(without);
  }

  @Test
  void theLinterMakesNoFixUntilAFindingsFixIsAskedFor() {
    AtomicInteger made = new AtomicInteger();
    LintResult result = lint(Fixability.SAFE, e -> {
      made.incrementAndGet();
      e.appendDirective("rtcsync");
    });
    assertThat(made).hasValue(0);
    Finding finding = result.findings().get(0);
    assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix.apply(FILE.bytes()))
        .asString().isEqualTo("server a\nrtcsync\n"));
    assertThat(made).hasValue(1);
  }

  @Test
  void editsThatChangeNothingOrConflictGiveNoFixAsBefore() {
    assertThat(lint(Fixability.SAFE, e -> { }).findings().get(0).fix()).isEmpty();
    assertThat(lint(Fixability.SAFE, e -> {
      throw new IllegalArgumentException("conflicting edits");
    }).findings().get(0).fix()).isEmpty();
  }

  @Test
  void aRuleThatIsNotFixableMayStillBuildAFixThatChangesNothing() {
    LintResult result = lint(Fixability.NONE, e -> { });
    assertThat(result.findings()).singleElement()
        .satisfies(f -> assertThat(f.fix()).isEmpty());
  }

  @Test
  void aLazyMessageIsComputedWhenReadAndTheFindingEqualsOneWithItsString() {
    AtomicInteger made = new AtomicInteger();
    RuleMetadata meta = finding(Optional.empty()).rule();
    Finding lazy = Finding.withLazyMessage(meta, meta.defaultSeverity(), () -> {
      made.incrementAndGet();
      return "m";
    }, FILE.span(0, 6), Optional.empty());
    assertThat(made).hasValue(0);
    Finding eager = finding(Optional.empty());
    assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
    assertThat(lazy.message()).isEqualTo("m");
    assertThat(lazy.withSeverity(dev.ntplint.diag.Severity.ERROR).message()).isEqualTo("m");
    assertThat(made.get()).isGreaterThan(1);
  }

  @Test
  void aRuleReportingLazilyGivesTheFindingItsMessage() {
    Rule rule = new BaseRule(RuleMetadata.builder("TST012", "lazy").dialects(Dialect.CHRONY)
        .fixable(Fixability.SAFE).summary("Lazy").description("Reports a lazy message.")
        .build()) {
      @Override
      public void check(RuleContext context) {
        context.reportLazily(context.view().anchor(), () -> "made " + "late",
            context.fix(context.view().mainFile(), "remove the server", Fixability.SAFE,
                dev.ntplint.edit.Edits.removeDirective(
                    context.chrony().orElseThrow().directives().get(0)
                        .syntax())));
      }
    };
    Finding f = lintWith(rule).findings().get(0);
    assertThat(f.message()).isEqualTo("made late");
    assertThat(f.format()).endsWith("made late [TST012]");
    assertThat(f.fix()).hasValueSatisfying(fix -> assertThat(fix.apply(FILE.bytes())).isEmpty());
  }

  @Test
  void aRemovalOfALineIsNotVoidWithoutMakingItsEditsAndMakesThemWhenAsked() {
    AtomicInteger styles = new AtomicInteger();
    AtomicInteger searches = new AtomicInteger();
    ChronyConfigTree tree = resolve();
    var syntax = tree.root().result().config().syntax();
    Fix.EditorSource source = new Fix.EditorSource() {
      @Override
      public dev.ntplint.source.SyntaxTree tree() {
        searches.incrementAndGet();
        return syntax;
      }

      @Override
      public ConfigEditor get() {
        styles.incrementAndGet();
        return ConfigEditor.of(syntax);
      }
    };
    Fix fix = Fix.deferred("remove", Fixability.SAFE, source, dev.ntplint.edit.Edits
        .removeDirective(tree.directives().get(0).syntax()));
    assertThat(fix.isVoid()).isFalse();
    assertThat(searches).hasValue(1);
    // Asked again (every output format asks of every finding): the answer is kept.
    assertThat(fix.isVoid()).isFalse();
    assertThat(searches).hasValue(1);
    assertThat(styles).hasValue(0);
    assertThat(fix.edits()).containsExactly(TextEdit.delete(0, FILE.length()));
    assertThat(styles).hasValue(1);
    Fix nothing = Fix.deferred("nothing", Fixability.SAFE, source, e -> { });
    assertThat(nothing.isVoid()).isTrue();
  }

  @Test
  void aFindingKeepsItsSpanAsOffsetsAndGivesItBackEqual() {
    Finding f = finding(Optional.empty());
    assertThat(f.span()).isEqualTo(FILE.span(0, 6));
    assertThat(f.file()).isEqualTo("x.conf");
    assertThat(f.line()).isEqualTo(1);
    assertThat(f.column()).isEqualTo(1);
    assertThat(f.endLine()).isEqualTo(1);
    assertThat(f.endColumn()).isEqualTo(7);
    assertThat(f.withSeverity(dev.ntplint.diag.Severity.ERROR).span()).isEqualTo(f.span());
    assertThat(f.format()).isEqualTo("x.conf:1:1: " + f.severity().label() + ": m [TST010]");
    Finding elsewhere = new Finding(f.rule(), f.severity(), "m", FILE.span(0, 5),
        Optional.empty());
    assertThat(f).isNotEqualTo(elsewhere);
    assertThat(new Finding(f.rule(), f.severity(), "m", FILE.span(0, 6), Optional.empty()))
        .isEqualTo(f).hasSameHashCodeAs(f);
  }

  private static Finding finding(Optional<Fix> fix) {
    RuleMetadata meta = RuleMetadata.builder("TST010", "deferred").dialects(Dialect.CHRONY)
        .fixable(Fixability.SAFE).summary("Deferred").description("A test rule.").build();
    return new Finding(meta, meta.defaultSeverity(), "m", FILE.span(0, 6), fix);
  }

  /** Lints {@link #FILE} with one rule reporting one finding whose fix {@code edits} makes. */
  private static LintResult lint(Fixability fixable, Consumer<ConfigEditor> edits) {
    Rule rule = new BaseRule(RuleMetadata.builder("TST011", "one-fix").dialects(Dialect.CHRONY)
        .fixable(fixable).summary("One fix").description("Reports one finding with a fix.")
        .build()) {
      @Override
      public void check(RuleContext context) {
        context.report(context.view().anchor(), "x",
            context.fix(context.view().mainFile(), "append rtcsync", Fixability.SAFE, edits));
      }
    };
    return lintWith(rule);
  }

  private static LintResult lintWith(Rule rule) {
    return new Linter(RuleRegistry.of(List.of(rule))).lint(resolve(), LintSettings.defaults());
  }

  private static ChronyConfigTree resolve() {
    return new ChronyIncludeResolver(
        ConfinedFileSystem.unconfined(Path.of("").toAbsolutePath()), ChronyVersion.NEWEST)
        .resolve(FILE);
  }
}

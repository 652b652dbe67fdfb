package dev.ntplint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.check.ConfigurationLinter;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.Fix;
import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.LintSettings;
import dev.ntplint.rules.Linter;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.RuleRegistry;
import dev.ntplint.rules.Scope;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.TextEdit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fix loop's limits, with rules made for the purpose (the catalogue's fixes all settle). */
class FixerTest {

  @TempDir
  Path root;

  /** A rule that reports on the main file's first byte with the fix {@code fixFor} gives. */
  private static final class TestRule extends BaseRule {
    private final Function<SourceFile, Optional<TextEdit>> fixFor;

    TestRule(String id, Function<SourceFile, Optional<TextEdit>> fixFor) {
      super(RuleMetadata.builder(id, "test-" + id.toLowerCase()).dialects(Dialect.CHRONY)
          .severity(Severity.WARNING).category(Category.SYNTAX).fixable(Fixability.SAFE)
          .scope(Scope.CONFIGURATION).summary("a test rule").description("For FixerTest.")
          .build());
      this.fixFor = fixFor;
    }

    @Override
    public void check(RuleContext context) {
      SourceFile main = context.chrony().orElseThrow().root().file();
      fixFor.apply(main).ifPresent(edit -> context.report(main.span(0, 0), "test finding",
          new Fix("test fix", Fixability.SAFE, List.of(edit))));
    }
  }

  private FixResult fix(String text, TestRule... rules) {
    Linter linter = new Linter(RuleRegistry.of(List.of(rules)));
    ConfigurationLinter configuration = ConfigurationLinter.chrony(linter,
        LintSettings.defaults(), ConfinedFileSystem.rooted(root), ChronyVersion.NEWEST);
    return new Fixer(configuration, Fixer.Options.safe())
        .fix(SourceFile.ofText("/etc/chrony.conf", text), Optional.empty());
  }

  private static String fixed(FixResult result) {
    return new String(result.file("/etc/chrony.conf").orElseThrow().fixed(),
        StandardCharsets.UTF_8);
  }

  @Test
  void stopsAfterTenPassesWhenFixesNeverRunOut() {
    FixResult result = fix("rtcsync\n", new TestRule("T001",
        file -> Optional.of(TextEdit.insert(0, "#\n"))));
    assertThat(result.passes()).isEqualTo(Fixer.MAX_PASSES);
    assertThat(result.settled()).isFalse();
    assertThat(fixed(result)).isEqualTo("#\n".repeat(10) + "rtcsync\n");
    assertThat(result.applied()).hasSize(10).extracting(AppliedFix::pass)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  @Test
  void stopsWhenFixesUndoEachOther() {
    // "# a" becomes "# b", which becomes "# a" again.
    TestRule toggle = new TestRule("T002", file -> Optional.of(
        TextEdit.replaceRaw(2, 3, file.latin1().startsWith("# a") ? "b" : "a")));
    FixResult result = fix("# a\nrtcsync\n", toggle);
    assertThat(result.settled()).isFalse();
    assertThat(result.passes()).isEqualTo(2);
    assertThat(result.files()).as("back where it started: nothing changed").isEmpty();
  }

  @Test
  void overlappingFixesWaitForTheNextPass() {
    // Both insert at byte 0: the second waits; in pass 2 it is offered again and taken.
    TestRule first = new TestRule("T004", file -> file.latin1().contains("# one")
        ? Optional.empty() : Optional.of(TextEdit.insert(0, "# one\n")));
    TestRule second = new TestRule("T005", file -> file.latin1().contains("# two")
        ? Optional.empty() : Optional.of(TextEdit.insert(0, "# two\n")));
    FixResult result = fix("rtcsync\n", first, second);
    assertThat(result.deferred()).isEqualTo(1);
    assertThat(result.passes()).isEqualTo(2);
    assertThat(result.settled()).isTrue();
    assertThat(fixed(result)).isEqualTo("# two\n# one\nrtcsync\n");
  }

  @Test
  void aFixThatBringsAnotherFindingIsWithheld() {
    TestRule adds = new TestRule("T007", file -> file.latin1().contains("# x")
        ? Optional.empty() : Optional.of(TextEdit.insert(0, "# x\n")));
    TestRule complains = new TestRule("T008", file -> file.latin1().contains("# x")
        ? Optional.of(TextEdit.insert(0, "# y\n")) : Optional.empty());
    FixResult result = fix("rtcsync\n", adds, complains);
    assertThat(result.files()).isEmpty();
    assertThat(result.withheld()).extracting(AppliedFix::ruleId).containsExactly("T007");
  }

  @Test
  void aFixThatMakesChronydRejectTheFileIsWithheld() {
    // A trailing comment after a directive: chronyd rejects the line.
    TestRule breaker = new TestRule("T006", file -> file.latin1().contains("#")
        ? Optional.empty() : Optional.of(TextEdit.insert(7, " # note")));
    FixResult result = fix("rtcsync\n", breaker);
    assertThat(result.files()).isEmpty();
    assertThat(result.withheld()).extracting(AppliedFix::ruleId).containsExactly("T006");
    assertThat(result.summary()).containsExactly("/etc/chrony.conf:1: not fixed T006"
        + " (test-t006): test fix: it would make the daemon reject the configuration or bring"
        + " another finding");
    assertThat(result.settled()).isTrue();
  }
}

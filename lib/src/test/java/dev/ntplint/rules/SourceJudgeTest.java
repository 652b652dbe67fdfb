package dev.ntplint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpIncludes;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.rules.config.RuleSetting;
import dev.ntplint.source.SourceFile;
import dev.ntplint.view.FileLoader;
import dev.ntplint.view.TimeSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine shows every {@link TimeSourceRule}'s judge the view's sources in one walk: the same
 * sources, in the same order and with the same kept flags, as the rule's own {@code check} shows
 * it; the judges' findings join the lint at their rule's turn.
 */
class SourceJudgeTest {

  @TempDir
  Path dir;

  /** Records each source it is shown (address and whether kept); reports each kept one. */
  private static class Recording extends BaseRule implements TimeSourceRule {
    final List<String> shown = new ArrayList<>();
    boolean finished;

    Recording(String id) {
      super(RuleMetadata.builder(id, "recording-" + id.toLowerCase(java.util.Locale.ROOT))
          .dialects(Dialect.CHRONY, Dialect.NTP).summary("Records").description("Records.")
          .build());
    }

    @Override
    public SourceJudge sourceJudge(RuleContext context) {
      return new SourceJudge() {
        @Override
        public void judge(TimeSource source, boolean kept) {
          shown.add(source.address() + (kept ? "" : " (repeat)"));
          if (kept) {
            context.report(source.span(), "kept " + source.address());
          }
        }

        @Override
        public void finish() {
          finished = true;
        }
      };
    }
  }

  /** Reports at every source in a walk of its own: a rule without a judge. */
  private static final class Plain extends BaseRule {
    Plain(String id) {
      super(RuleMetadata.builder(id, "plain-" + id.toLowerCase(java.util.Locale.ROOT))
          .dialects(Dialect.CHRONY, Dialect.NTP).summary("Plain").description("Plain.").build());
    }

    @Override
    public void check(RuleContext context) {
      for (TimeSource s : context.view().sources()) {
        context.report(s.span(), "plain " + s.address());
      }
    }
  }

  /** Runs another rule's own check, which shows its judge the sources without the engine. */
  private static final class Alone extends BaseRule {
    private final TimeSourceRule rule;

    Alone(String id, TimeSourceRule rule) {
      super(RuleMetadata.builder(id, "alone-" + id.toLowerCase(java.util.Locale.ROOT))
          .dialects(Dialect.CHRONY, Dialect.NTP).summary("Alone")
          .description("Runs another rule's check.").build());
      this.rule = rule;
    }

    @Override
    public void check(RuleContext context) {
      rule.check(context);
    }
  }

  private ChronyConfigTree chronyTree() throws Exception {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/d.sources"), "server b.example iburst\n"
        + "server A.example\n");
    return new ChronyIncludeResolver(ConfinedFileSystem.rooted(dir), ChronyVersion.NEWEST)
        .resolve(SourceFile.ofText("/etc/chrony.conf", "server a.example iburst\n"
            + "sourcedir /src\npool p.example\nserver a.example\nrefclock PHC /dev/ptp0\n"));
  }

  private LintSettings chronySettings() {
    return LintSettings.defaults().withFiles(FileLoader.of(ConfinedFileSystem.rooted(dir)));
  }

  private static NtpConfigSet ntpSet() {
    return NtpIncludes.read(SourceFile.ofText("ntp.conf", "server a.example iburst\n"
        + "server 127.127.1.0\npool p.example\nserver a.example\nserver 127.127.1.0\n"
        + "server -6 b.example\nserver -4 b.example\n"), Optional.empty(),
        NtpIncludes.Options.of(NtpTarget.ANY));
  }

  private static List<String> where(LintResult r) {
    return r.findings().stream().map(f -> f.rule().id() + " " + f.file() + ":" + f.line()).toList();
  }

  @Test
  void chronyJudgesAreShownEverySourceInReadingOrderWithTheRepeatsAsTheirOwnCheckShowsThem()
      throws Exception {
    ChronyConfigTree tree = chronyTree();
    Recording engine = new Recording("TST911");
    LintResult judged = new Linter(RuleRegistry.of(List.of(engine))).lint(tree, chronySettings());
    Recording alone = new Recording("TST911");
    LintResult checked = new Linter(RuleRegistry.of(List.of(new Alone("TST912", alone))))
        .lint(tree, chronySettings());

    // The .sources file after the configuration; its A.example repeats a.example (case ignored),
    // as does the configuration's second a.example line; chronyd runs every refclock line.
    assertThat(engine.shown).containsExactly("a.example", "p.example", "a.example (repeat)",
        "PHC /dev/ptp0", "b.example", "A.example (repeat)");
    assertThat(alone.shown).isEqualTo(engine.shown);
    assertThat(engine.finished).isTrue();
    assertThat(where(judged)).extracting(s -> s.substring(s.indexOf(' ')))
        .isEqualTo(where(checked).stream().map(s -> s.substring(s.indexOf(' '))).toList())
        .containsExactly(" /etc/chrony.conf:1", " /etc/chrony.conf:3", " /etc/chrony.conf:5",
            " /src/d.sources:1");
  }

  @Test
  void ntpJudgesSeeIpv4AndIpv6OfOneHostAsTwoSourcesAndARepeatedClockAsARepeat() {
    Recording engine = new Recording("TST911");
    new Linter(RuleRegistry.of(List.of(engine))).lint(ntpSet(), LintSettings.defaults());
    Recording alone = new Recording("TST911");
    new Linter(RuleRegistry.of(List.of(new Alone("TST912", alone))))
        .lint(ntpSet(), LintSettings.defaults());

    assertThat(engine.shown).isEqualTo(alone.shown).hasSize(7)
        .filteredOn(s -> s.endsWith("(repeat)")).hasSize(2);
    assertThat(engine.shown).contains("a.example (repeat)");
    assertThat(engine.shown.stream().filter(s -> s.startsWith("b.example")).toList())
        .containsExactly("b.example", "b.example");
  }

  @Test
  void severalJudgesShareOneWalkAndTheLintHasTheFindingsItHasWhenEachRuleChecksAlone()
      throws Exception {
    Recording first = new Recording("TST921");
    Recording second = new Recording("TST923");
    LintResult judged = new Linter(RuleRegistry.of(List.of(first, new Plain("TST922"), second)))
        .lint(chronyTree(), chronySettings());
    assertThat(second.shown).isEqualTo(first.shown).hasSize(6);
    // The same rules, each run by its own check: the judges' findings join the lint at their
    // rule's turn, so where two rules report on one line they come in the rules' order.
    LintResult checked = new Linter(RuleRegistry.of(List.of(
        new Alone("TST921", new Recording("TST931")), new Plain("TST922"),
        new Alone("TST923", new Recording("TST933"))))).lint(chronyTree(), chronySettings());
    Function<LintResult, List<String>> seen = r -> r.findings().stream()
        .map(f -> f.rule().id() + " " + f.file() + ":" + f.line() + " " + f.message()).toList();
    assertThat(seen.apply(judged)).isEqualTo(seen.apply(checked)).hasSize(14)
        .startsWith("TST921 /etc/chrony.conf:1 kept a.example",
            "TST922 /etc/chrony.conf:1 plain a.example",
            "TST923 /etc/chrony.conf:1 kept a.example");
  }

  @Test
  void aRuleSwitchedOffHasNoJudge() throws Exception {
    Recording off = new Recording("TST911");
    LintResult r = new Linter(RuleRegistry.of(List.of(off))).lint(chronyTree(),
        chronySettings().withRules(Map.of("TST911", RuleSetting.OFF)));
    assertThat(off.shown).isEmpty();
    assertThat(off.finished).isFalse();
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void aJudgeThatThrowsFailsTheLintWithItsIdAndTheFile() {
    TimeSourceRule broken = new Recording("TST914") {
      @Override
      public SourceJudge sourceJudge(RuleContext context) {
        return (source, kept) -> {
          throw new IllegalStateException("boom");
        };
      }
    };
    assertThatThrownBy(() -> new Linter(RuleRegistry.of(List.of(broken)))
        .lint(ntpSet(), LintSettings.defaults()))
        .isInstanceOf(RuleFailure.class).hasMessageContaining("TST914")
        .hasMessageContaining("ntp.conf");
  }

  /** Judges directives and sources: the engine cannot route both to one judge. */
  private static final class Both extends Recording implements ChronyDirectiveRule {
    Both() {
      super("TST915");
    }

    @Override
    public DirectiveJudge<ChronyDirective> judge(RuleContext context) {
      return d -> { };
    }

    @Override
    public List<Class<? extends ChronyDirective>> judgedFamilies() {
      return List.of();
    }

    /** Both interfaces give a check: this rule never gets as far as one. */
    @Override
    public void check(RuleContext context) {}
  }

  @Test
  void aRuleThatJudgesBothDirectivesAndSourcesIsRefused() {
    assertThatThrownBy(() -> new Linter(RuleRegistry.of(List.of(new Both())))
        .lint(chronyTree(), chronySettings()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TST915");
  }
}

package dev.ntplint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.IncludeDirective;
import dev.ntplint.chrony.model.NtpSource;
import dev.ntplint.chrony.model.Setting;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.rules.config.RuleSetting;
import dev.ntplint.source.SourceFile;
import dev.ntplint.view.FileLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine shows a {@link ChronyDirectiveRule}'s judge the directives of its families during the
 * view's walk: the same directives, in the same order, as the rule's own {@code check} shows it,
 * and the view only once that walk is done.
 */
class DirectiveJudgeTest {

  @TempDir
  Path dir;

  /** What a judge was shown, and what its finish saw of the view. */
  private static final class Seen {
    final List<String> shown = new ArrayList<>();
    int sourcesInView = -1;
  }

  /** Judges settings, sources and include lines, recording each; reports every source shown. */
  private static class Recording extends BaseRule implements ChronyDirectiveRule {
    private final Seen seen;

    Recording(String id, Seen seen) {
      super(RuleMetadata.builder(id, "recording-" + id.toLowerCase(java.util.Locale.ROOT))
          .dialects(Dialect.CHRONY).summary("Records").description("Records.").build());
      this.seen = seen;
    }

    @Override
    public List<Class<? extends ChronyDirective>> judgedFamilies() {
      return List.of(Setting.class, NtpSource.class, IncludeDirective.class);
    }

    @Override
    public DirectiveJudge<ChronyDirective> judge(RuleContext context) {
      return new DirectiveJudge<>() {
        @Override
        public void judge(ChronyDirective d) {
          seen.shown.add(d.syntax().span().text());
          if (d instanceof NtpSource s) {
            context.report(s.span(), "source");
          }
        }

        @Override
        public void finish() {
          seen.sourcesInView = context.view().sources().size();
        }
      };
    }
  }

  /** Runs a rule's own check, which shows its judge the directives without the engine's walk. */
  private static final class Alone extends BaseRule {
    private final ChronyDirectiveRule rule;

    Alone(ChronyDirectiveRule rule) {
      super(RuleMetadata.builder("TST902", "alone").dialects(Dialect.CHRONY).summary("Alone")
          .description("Runs another rule's check.").build());
      this.rule = rule;
    }

    @Override
    public void check(RuleContext context) {
      rule.check(context);
    }
  }

  private ChronyConfigTree tree() throws Exception {
    Files.createDirectories(dir.resolve("conf.d"));
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("conf.d/a.conf"), "driftfile /var/lib/chrony/b\n"
        + "server c.example iburst\n");
    Files.writeString(dir.resolve("src/d.sources"), "server s.example iburst\n");
    return new ChronyIncludeResolver(ConfinedFileSystem.rooted(dir), ChronyVersion.NEWEST)
        .resolve(SourceFile.ofText("/etc/chrony.conf", "driftfile /var/lib/chrony/a\n"
            + "confdir /conf.d\nsourcedir /src\nallow 10.0.0.0/8\nserver m.example iburst\n"
            + "makestep 1 3\n"));
  }

  private LintSettings settings() {
    return LintSettings.defaults().withFiles(FileLoader.of(ConfinedFileSystem.rooted(dir)));
  }

  @Test
  void aJudgeIsShownItsFamiliesInReadingOrderThenTheSourcesFilesAsItsOwnCheckShowsThem()
      throws Exception {
    ChronyConfigTree tree = tree();
    Seen engine = new Seen();
    LintResult judged = new Linter(RuleRegistry.of(List.of(new Recording("TST901", engine))))
        .lint(tree, settings());
    Seen alone = new Seen();
    LintResult checked = new Linter(RuleRegistry.of(List.of(
        new Alone(new Recording("TST901", alone))))).lint(tree, settings());

    // The confdir's file where its line stands, in place of it; the sourcedir line, and its
    // .sources file after the configuration; the allow line is of no judged family.
    assertThat(engine.shown).containsExactly("driftfile /var/lib/chrony/a",
        "driftfile /var/lib/chrony/b", "server c.example iburst", "sourcedir /src",
        "server m.example iburst", "makestep 1 3", "server s.example iburst");
    assertThat(alone.shown).isEqualTo(engine.shown);
    assertThat(engine.sourcesInView).isEqualTo(alone.sourcesInView).isEqualTo(3);
    assertThat(judged.findings()).extracting(f -> f.file() + ":" + f.line())
        .isEqualTo(checked.findings().stream().map(f -> f.file() + ":" + f.line()).toList())
        .containsExactly("/etc/chrony.conf:5", "/conf.d/a.conf:2", "/src/d.sources:1");
  }

  @Test
  void aRuleSwitchedOffHasNoJudge() throws Exception {
    Seen seen = new Seen();
    LintResult r = new Linter(RuleRegistry.of(List.of(new Recording("TST901", seen))))
        .lint(tree(), settings().withRules(Map.of("TST901", RuleSetting.OFF)));
    assertThat(seen.shown).isEmpty();
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void aJudgeThatReadsTheViewWhileShownDirectivesFailsTheLintWithItsId() throws Exception {
    ChronyDirectiveRule early = new Recording("TST903", new Seen()) {
      @Override
      public DirectiveJudge<ChronyDirective> judge(RuleContext context) {
        return d -> context.view();
      }
    };
    assertThatThrownBy(() -> new Linter(RuleRegistry.of(List.of(early))).lint(tree(), settings()))
        .isInstanceOf(RuleFailure.class).hasMessageContaining("TST903")
        .hasMessageContaining("/etc/chrony.conf").hasStackTraceContaining("read the view");
  }

  @Test
  void aJudgeThatThrowsFailsTheLintWithItsIdAndTheFile() throws Exception {
    ChronyDirectiveRule broken = new Recording("TST904", new Seen()) {
      @Override
      public DirectiveJudge<ChronyDirective> judge(RuleContext context) {
        return d -> {
          throw new IllegalStateException("boom");
        };
      }
    };
    assertThatThrownBy(() -> new Linter(RuleRegistry.of(List.of(broken))).lint(tree(), settings()))
        .isInstanceOf(RuleFailure.class).hasMessageContaining("TST904")
        .hasMessageContaining("/etc/chrony.conf");
  }
}

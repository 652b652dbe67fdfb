package dev.ntplint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpIncludes;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.ntp.model.Association;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Restrict;
import dev.ntplint.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine shows an {@link NtpDirectiveRule}'s judge the directives of its families during the
 * view's walk: the commands as ntpd applies them, included files in place, as the rule's own
 * {@code check} shows them, and the view only once that walk is done.
 */
class NtpDirectiveJudgeTest {

  @TempDir
  Path root;

  /** What a judge was shown, and what its finish saw of the view. */
  private static final class Seen {
    final List<String> shown = new ArrayList<>();
    int sourcesInView = -1;
  }

  /** Judges associations and restrict lines, recording each; reports every association. */
  private static class Recording extends BaseRule implements NtpDirectiveRule {
    private final Seen seen;

    Recording(String id, Seen seen) {
      super(RuleMetadata.builder(id, "recording-" + id.toLowerCase(java.util.Locale.ROOT))
          .dialects(Dialect.NTP).summary("Records").description("Records.").build());
      this.seen = seen;
    }

    @Override
    public List<Class<? extends NtpDirective>> judgedFamilies() {
      return List.of(Association.class, Restrict.class);
    }

    @Override
    public DirectiveJudge<NtpDirective> judge(RuleContext context) {
      return new DirectiveJudge<>() {
        @Override
        public void judge(NtpDirective d) {
          seen.shown.add(d.syntax().span().text());
          if (d instanceof Association a) {
            context.report(a.syntax().span(), "association");
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
    private final NtpDirectiveRule rule;

    Alone(NtpDirectiveRule rule) {
      super(RuleMetadata.builder("TST912", "alone").dialects(Dialect.NTP).summary("Alone")
          .description("Runs another rule's check.").build());
      this.rule = rule;
    }

    @Override
    public void check(RuleContext context) {
      rule.check(context);
    }
  }

  private NtpConfigSet set() throws Exception {
    Files.createDirectories(root.resolve("etc/ntp"));
    Files.writeString(root.resolve("etc/ntp/inc.conf"),
        "server c.example iburst\nrestrict 10.0.0.0 mask 255.0.0.0 nomodify\n");
    return NtpIncludes.read(SourceFile.ofText("/etc/ntp.conf", "driftfile /var/lib/ntp/drift\n"
        + "includefile /etc/ntp/inc.conf\nserver m.example iburst\nrestrict default nopeer\n"
        + "disable monitor\n"), Optional.empty(),
        new NtpIncludes.Options(NtpTarget.ANY, NtpFiles.rooted(root), "/"));
  }

  @Test
  void aJudgeIsShownItsFamiliesAsNtpdAppliesThemAsItsOwnCheckShowsThem() throws Exception {
    NtpConfigSet set = set();
    Seen engine = new Seen();
    LintResult judged = new Linter(RuleRegistry.of(List.of(new Recording("TST911", engine))))
        .lint(set, LintSettings.defaults());
    Seen alone = new Seen();
    LintResult checked = new Linter(RuleRegistry.of(List.of(
        new Alone(new Recording("TST911", alone))))).lint(set, LintSettings.defaults());

    // The included file's lines where its includefile line stands; driftfile, includefile and
    // disable are of no judged family.
    assertThat(engine.shown).containsExactly("server c.example iburst",
        "restrict 10.0.0.0 mask 255.0.0.0 nomodify", "server m.example iburst",
        "restrict default nopeer");
    assertThat(alone.shown).isEqualTo(engine.shown);
    assertThat(engine.sourcesInView).isEqualTo(alone.sourcesInView).isEqualTo(2);
    // The rule's own findings (the parser's diagnostics join every lint).
    assertThat(judged.findings()).filteredOn(f -> f.rule().id().equals("TST911"))
        .extracting(f -> f.file() + ":" + f.line())
        .isEqualTo(checked.findings().stream().filter(f -> f.rule().id().equals("TST912"))
            .map(f -> f.file() + ":" + f.line()).toList())
        .containsExactly("/etc/ntp.conf:3", "/etc/ntp/inc.conf:1");
  }

  @Test
  void aJudgeThatReadsTheViewWhileShownDirectivesFailsTheLintWithItsId() throws Exception {
    NtpDirectiveRule early = new Recording("TST913", new Seen()) {
      @Override
      public DirectiveJudge<NtpDirective> judge(RuleContext context) {
        return d -> context.view();
      }
    };
    assertThatThrownBy(() -> new Linter(RuleRegistry.of(List.of(early)))
        .lint(set(), LintSettings.defaults()))
        .isInstanceOf(RuleFailure.class).hasMessageContaining("TST913")
        .hasMessageContaining("/etc/ntp.conf").hasStackTraceContaining("read the view");
  }
}

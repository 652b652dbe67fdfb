package dev.ntplint.rules.sources;

import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.NtpSource;
import dev.ntplint.chrony.model.Option;
import dev.ntplint.chrony.model.SourceType;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.edit.Edits;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyDirectiveRule;
import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** NTP119: options that do nothing on a peer (and nts, which chronyd drops for peers). */
public final class PeerIgnoredOptions extends BaseRule implements ChronyDirectiveRule.Each {

  /**
   * The options without effect on a peer.
   * Initialised by the first check, not with the rule: every start instantiates the whole
   * catalogue, and a check of an ntp.conf never runs this rule (issue 8, start-up).
   */
  private static final class Options {
    static final Set<SourceOption> NO_EFFECT = EnumSet.of(SourceOption.IBURST,
        SourceOption.BURST, SourceOption.PRESEND, SourceOption.COPY);
  }

  public PeerIgnoredOptions() {
    super("NTP119", "peer-ignored-options", Scope.DIRECTIVE, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.SOURCES)
        .fixable(Fixability.SAFE)
        .summary("Options that chronyd ignores on a peer")
        .description("""
            chronyd accepts every source option on `peer` lines, but `iburst`, `burst`, \
            `presend` and `copy` only work for client/server exchanges: on a peer they silently \
            do nothing. `nts` is worse: chronyd does not support NTS with symmetric peers, logs \
            `NTS not supported with peers` and runs the association **unauthenticated** — use a \
            symmetric `key` for peers instead.

            The fix removes `iburst`, `burst`, `presend` and `copy` (no effect, so nothing \
            changes); `nts` is left for a person to replace with a key.""");
  }

  @Override
  public List<Class<? extends ChronyDirective>> judgedFamilies() {
    return List.of(NtpSource.class);
  }

  /** Each peer, while the linter's walk holds it (issue 8, P4). */
  @Override
  public void judge(RuleContext context, ChronyDirective d) {
    if (d instanceof NtpSource s && s.type() == SourceType.PEER) {
      for (Option<SourceOption> o : s.options()) {
        if (Options.NO_EFFECT.contains(o.kind())) {
          context.report(o.span(), o.kind().keyword() + " has no effect on a peer; chronyd"
              + " ignores it.", context.fix(s.span().file(), "remove " + o.kind().keyword(),
                  Fixability.SAFE, Edits.removeWords(s.syntax(), o.span())));
        } else if (o.kind() == SourceOption.NTS) {
          context.report(o.span(), "chronyd does not support NTS with peers: it logs a warning"
              + " and runs this peer unauthenticated. Use a symmetric key instead.",
              Optional.empty());
        }
      }
    }
  }
}

package dev.ntplint.rules.sources;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.rules.SourceJudge;
import dev.ntplint.rules.TimeSourceRule;
import dev.ntplint.view.TimeSource;

/** NTP113: prefer on several sources, where it does nothing or is ambiguous. */
public final class MultiplePrefer extends BaseRule implements TimeSourceRule {

  public MultiplePrefer() {
    super("NTP113", "multiple-prefer", Scope.CONFIGURATION, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.INFO)
        .category(Category.SOURCES)
        .summary("prefer on several sources, where it does not single one out")
        .description("""
            `prefer` is meant to single out a source. ntpd treats one prefer peer specially (the \
            first it finds among the survivors), so several `prefer` lines make the choice depend \
            on order and timing. chronyd prefers the group of `prefer` sources over the others: \
            when *every* selectable source has `prefer`, the option does nothing at all.

            Reported for ntp.conf when more than one source has `prefer`, and for chrony.conf \
            when every selectable source (at least two) has it. A line that the daemon ignores \
            because an earlier one names the same address (`duplicate-source`) does not count: \
            its `prefer` does nothing. Keep `prefer` on the source that is really better (a \
            local reference clock, a server on the same network), or remove it.""");
  }

  @Override
  public SourceJudge sourceJudge(RuleContext context) {
    return new Preferred(context);
  }

  /** Counts the selectable kept sources and keeps the first two with prefer, then judges. */
  private static final class Preferred implements SourceJudge {
    private final RuleContext context;
    private int selectable;
    private int preferred;
    private TimeSource firstPreferred;
    private TimeSource secondPreferred;

    Preferred(RuleContext context) {
      this.context = context;
    }

    @Override
    public void judge(TimeSource s, boolean kept) {
      if (!kept || s.noselect()) {
        return;
      }
      selectable++;
      if (s.prefer()) {
        preferred++;
        if (firstPreferred == null) {
          firstPreferred = s;
        } else if (secondPreferred == null) {
          secondPreferred = s;
        }
      }
    }

    @Override
    public void finish() {
      if (preferred < 2) {
        return;
      }
      if (context.dialect() == Dialect.CHRONY) {
        if (preferred == selectable) {
          context.report(secondPreferred.span(), "every selectable source has prefer (also "
              + ChronyFacts.at(firstPreferred.span()) + "): chronyd prefers no source over"
              + " another, so prefer does nothing here. Keep it on the better source only.");
        }
        return;
      }
      context.report(secondPreferred.span(), preferred + " sources have prefer (first at "
          + ChronyFacts.at(firstPreferred.span()) + "): ntpd treats only one prefer peer"
          + " specially. Keep prefer on one source.");
    }
  }
}

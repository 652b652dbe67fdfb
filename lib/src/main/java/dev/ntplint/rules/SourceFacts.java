package dev.ntplint.rules;

import dev.ntplint.view.RepeatedSource;
import dev.ntplint.view.TimeServiceView;
import dev.ntplint.view.TimeSource;
import java.util.List;

/**
 * Facts about the view's time sources that several rules read, each computed once per lint: the
 * sources the daemon ignores because an earlier one names the same address, and the ones it uses.
 * A repeated line has its own finding ({@code duplicate-source}), whose fix removes it; the rules
 * that judge what the daemon does with its sources (how many, which one is preferred, how they
 * start) read the kept ones, so that no advice about a line's options conflicts with that fix.
 */
public final class SourceFacts {

  private SourceFacts() {}

  /*
   * Anonymous classes rather than lambdas: linking a lambda's call site costs a short check
   * ~0.3 ms the first time (issue 8, P1).
   */

  private static final SharedFact<List<RepeatedSource>> REPEATED = new SharedFact<>() {
    @Override
    public List<RepeatedSource> compute(RuleContext context) {
      return context.view().repeatedSources();
    }
  };

  private static final SharedFact<List<TimeSource>> KEPT = new SharedFact<>() {
    @Override
    public List<TimeSource> compute(RuleContext context) {
      // From the repeats found once per lint: no second look-up of every source's address.
      return context.view().keptSources(repeated(context));
    }
  };

  /** {@link TimeServiceView#repeatedSources()}. */
  public static List<RepeatedSource> repeated(RuleContext context) {
    return context.shared(REPEATED);
  }

  /** {@link TimeServiceView#keptSources(List)}. */
  public static List<TimeSource> kept(RuleContext context) {
    return context.shared(KEPT);
  }

  /**
   * Shows {@code judge} every source of the view in reading order, each with whether the daemon
   * keeps it, then nothing more: the caller finishes the judge. Whether a source is kept is told
   * by identity with the {@linkplain #repeated repeats}, reading no source twice.
   */
  static void show(RuleContext context, SourceJudge judge) {
    List<RepeatedSource> repeated = repeated(context);
    int next = 0;
    for (TimeSource s : context.view().sources()) {
      boolean kept = next >= repeated.size() || repeated.get(next).repeat() != s;
      if (!kept) {
        next++;
      }
      judge.judge(s, kept);
    }
  }
}

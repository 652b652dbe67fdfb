package dev.ntplint.rules.sources;

import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.SharedFact;
import dev.ntplint.view.RepeatedSource;
import dev.ntplint.view.TimeSource;
import java.util.List;

/**
 * The sources the daemon ignores because an earlier one names the same address, and the ones it
 * uses, each computed once per lint for the rules that ask. A repeated line has its own finding
 * ({@code duplicate-source}), whose fix removes it; the rules that judge what the daemon does with
 * its sources (how many, which one is preferred, how they start) read the kept ones, so that no
 * advice about a line's options conflicts with that fix.
 */
final class RepeatedSources {

  private RepeatedSources() {}

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
      return context.view().keptSources(of(context));
    }
  };

  /** {@link dev.ntplint.view.TimeServiceView#repeatedSources()}. */
  static List<RepeatedSource> of(RuleContext context) {
    return context.shared(REPEATED);
  }

  /** {@link dev.ntplint.view.TimeServiceView#keptSources(List)}. */
  static List<TimeSource> kept(RuleContext context) {
    return context.shared(KEPT);
  }
}

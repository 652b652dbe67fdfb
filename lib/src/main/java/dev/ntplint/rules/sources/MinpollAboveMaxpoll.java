package dev.ntplint.rules.sources;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.rules.TimeSourceRule;
import dev.ntplint.view.TimeSource;

/** NTP114: minpoll above maxpoll (given or default). */
public final class MinpollAboveMaxpoll extends BaseRule implements TimeSourceRule.Each {

  /** Both daemons poll between 2^6 and 2^10 seconds unless told otherwise. */
  static final int DEFAULT_MINPOLL = 6;
  static final int DEFAULT_MAXPOLL = 10;

  public MinpollAboveMaxpoll() {
    super("NTP114", "minpoll-above-maxpoll", Scope.DIRECTIVE, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.SOURCES)
        .summary("minpoll is greater than maxpoll")
        .description("""
            The poll interval of a source ranges from `minpoll` to `maxpoll` (log2 seconds; \
            6 and 10 when not given, i.e. 64 s to 1024 s). When minpoll ends up above maxpoll — \
            often because only `minpoll` was raised and maxpoll stayed at its default of 10 — \
            chronyd silently raises maxpoll to minpoll when it starts: the source is polled at \
            one fixed interval, which is rarely what was meant.

            Give both values, with minpoll ≤ maxpoll.""");
  }

  @Override
  public void judge(RuleContext context, TimeSource s, boolean kept) {
    if (!s.kind().network() || (s.minpoll().isEmpty() && s.maxpoll().isEmpty())) {
      return;
    }
    int min = s.minpoll().orElse(DEFAULT_MINPOLL);
    int max = s.maxpoll().orElse(DEFAULT_MAXPOLL);
    if (min > max) {
      context.report(s.span(), "minpoll " + min + " is above maxpoll " + max
          + (s.maxpoll().isEmpty() ? " (the default)" : "")
          + (s.minpoll().isEmpty() ? " (minpoll is the default)" : "")
          + (context.dialect() == Dialect.CHRONY
              ? ": chronyd silently raises maxpoll to " + min + " and polls at one fixed interval."
              : ": the poll interval range is empty.")
          + " Give minpoll ≤ maxpoll.");
    }
  }
}

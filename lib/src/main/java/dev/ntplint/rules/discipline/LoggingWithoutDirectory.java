package dev.ntplint.rules.discipline;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.view.TimeServiceView;

/** NTP407: log (statistics) without logdir (statsdir). */
public final class LoggingWithoutDirectory extends BaseRule {

  public LoggingWithoutDirectory() {
    super("NTP407", "logging-without-directory", Scope.CONFIGURATION, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.DISCIPLINE)
        .summary("Statistics logging requested without a log directory")
        .description("""
            chrony's `log tracking measurements ...` writes files into the `logdir` directory; \
            without `logdir` chronyd logs `logdir not specified` and writes nothing. ntpd's \
            `statistics` likewise wants a `statsdir`.

            Add `logdir /var/log/chrony` (ntpd: `statsdir /var/log/ntpstats/`).""");
  }

  @Override
  public void check(RuleContext context) {
    TimeServiceView view = context.view();
    if (view.logRequests().isEmpty() || view.logDirectory().isPresent()) {
      return;
    }
    boolean chrony = context.dialect() == Dialect.CHRONY;
    context.report(view.logRequests().get(0).span(), chrony
        ? "log without logdir: chronyd writes no log file (logdir not specified). Add `logdir"
            + " /var/log/chrony`."
        : "statistics without statsdir. Add `statsdir /var/log/ntpstats/`.");
  }
}

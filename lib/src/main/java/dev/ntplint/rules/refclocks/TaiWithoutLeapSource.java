package dev.ntplint.rules.refclocks;

import dev.ntplint.chrony.catalog.RefclockOption;
import dev.ntplint.chrony.model.Refclock;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;

/** NTP504: refclock tai without leapsectz/leapseclist: chronyd does not start. */
public final class TaiWithoutLeapSource extends BaseRule {

  public TaiWithoutLeapSource() {
    super("NTP504", "tai-without-leap-table", Scope.CONFIGURATION, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.ERROR)
        .category(Category.REFCLOCKS)
        .summary("A refclock in TAI without a leap-second table: chronyd does not start")
        .description("""
            The `tai` option says the refclock keeps TAI, which chronyd converts to UTC with the \
            current TAI-UTC offset from a leap-second table. Without `leapsectz` or \
            `leapseclist`, `chronyd -p` accepts the file but chronyd refuses to start.

            Add `leapsectz right/UTC` (or `leapseclist /usr/share/zoneinfo/leap-seconds.list` \
            on chrony 4.6 and later).""");
  }

  @Override
  public void check(RuleContext context) {
    if (!context.view().leapSources().isEmpty()) {
      return;
    }
    for (Refclock r : ChronyFacts.directives(context, Refclock.class)) {
      if (r.has(RefclockOption.TAI)) {
        context.report(r.option(RefclockOption.TAI).get().span(), "tai needs a leap-second table:"
            + " without leapsectz or leapseclist chronyd refuses to start. Add `leapsectz"
            + " right/UTC`.");
      }
    }
  }
}

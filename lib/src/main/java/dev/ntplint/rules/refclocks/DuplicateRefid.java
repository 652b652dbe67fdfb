package dev.ntplint.rules.refclocks;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import java.util.HashMap;
import java.util.Map;

/** NTP503: two refclocks with one refid. */
public final class DuplicateRefid extends BaseRule {

  public DuplicateRefid() {
    super("NTP503", "duplicate-refid", Scope.CONFIGURATION, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.REFCLOCKS)
        .summary("Two reference clocks with the same refid")
        .description("""
            chronyd does not check that refids are unique. Two refclocks with the same refid \
            cannot be told apart in `chronyc sources` and logs, and `lock REFID` locks to \
            whichever comes first. Give each refclock its own `refid`.""");
  }

  @Override
  public void check(RuleContext context) {
    Map<String, Refclocks.Entry> seen = new HashMap<>();
    for (Refclocks.Entry e : Refclocks.of(context)) {
      Refclocks.Entry first = seen.putIfAbsent(e.refid(), e);
      if (first != null) {
        context.report(e.refclock().syntax().span(), "refid " + e.refid() + " is already used by"
            + " the refclock at " + ChronyFacts.at(first.refclock().syntax().span())
            + (e.explicitRefid() ? "" : " (this one's default refid)")
            + ". Give each refclock its own refid.");
      }
    }
  }
}

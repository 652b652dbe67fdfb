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
import java.util.IdentityHashMap;
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
    // Where each first refclock is, made once per first one, not once per duplicate (a
    // line-number search and a string each; issue 8, P3).
    Map<Refclocks.Entry, String> whereFirst = new IdentityHashMap<>();
    for (Refclocks.Entry e : Refclocks.of(context)) {
      Refclocks.Entry first = seen.putIfAbsent(e.refid(), e);
      if (first != null) {
        String at = whereFirst.get(first);
        if (at == null) {
          at = ChronyFacts.at(first.refclock().syntax().span());
          whereFirst.put(first, at);
        }
        // Sized: the build concatenates inline, with a default builder that grew three times
        // per message (2% of the bytes allocated by linting a large file; issue 8, P3).
        String message = new StringBuilder(100 + e.refid().length() + at.length())
            .append("refid ").append(e.refid()).append(" is already used by the refclock at ")
            .append(at).append(e.explicitRefid() ? "" : " (this one's default refid)")
            .append(". Give each refclock its own refid.").toString();
        context.report(e.refclock().syntax().span(), message);
      }
    }
  }
}

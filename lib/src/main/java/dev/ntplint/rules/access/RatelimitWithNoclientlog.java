package dev.ntplint.rules.access;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.model.RateLimit;
import dev.ntplint.chrony.model.Switch;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;

/** NTP306: ratelimit with noclientlog: chronyd refuses to start. */
public final class RatelimitWithNoclientlog extends BaseRule {

  public RatelimitWithNoclientlog() {
    super("NTP306", "ratelimit-with-noclientlog", Scope.CONFIGURATION, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.ERROR)
        .category(Category.ACCESS)
        .summary("ratelimit together with noclientlog: chronyd does not start")
        .description("""
            Rate limiting works from the per-client log that `noclientlog` switches off. \
            `chronyd -p` accepts the combination, but chronyd refuses to start with `Rate \
            limiting cannot be enabled with noclientlog` (for `ratelimit`, `ntsratelimit` and \
            `cmdratelimit` alike).

            Remove `noclientlog`, or the rate limits.""");
  }

  @Override
  public void check(RuleContext context) {
    Switch noclientlog = null;
    // From the shared family list, not a walk of every directive (issue 8, P3).
    for (Switch s : ChronyFacts.directives(context, Switch.class)) {
      if (s.directive() == ChronyDirectiveKind.NOCLIENTLOG) {
        noclientlog = s;
      }
    }
    if (noclientlog == null) {
      return;
    }
    for (RateLimit r : ChronyFacts.directives(context, RateLimit.class)) {
      context.report(r.syntax().span(), "chronyd refuses to start: Rate limiting cannot be enabled"
          + " with noclientlog (" + ChronyFacts.at(noclientlog.syntax().span()) + "). Remove one"
          + " of them.");
    }
  }
}

package dev.ntplint.rules.discipline;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.model.Setting;
import dev.ntplint.chrony.model.Value;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;

/** NTP403: makestep with a negative limit: steps at any time. */
public final class MakestepUnlimited extends BaseRule {

  public MakestepUnlimited() {
    super("NTP403", "makestep-unlimited", Scope.DIRECTIVE, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.DISCIPLINE)
        .summary("makestep without a limit: the clock may jump at any time")
        .description("""
            `makestep THRESHOLD LIMIT` lets chronyd step the clock during its first LIMIT \
            updates. A negative LIMIT removes the limit: chronyd steps whenever the offset \
            exceeds the threshold, also hours into normal operation — including backwards. \
            Software that measures time intervals or orders events (databases, logs, TLS, \
            cron) misbehaves when the clock jumps. Prefer a limited `makestep 1 3`; unlimited \
            steps are for machines that really need them (some VMs that are suspended for long), \
            and then better with a large threshold.""");
  }

  @Override
  public void check(RuleContext context) {
    for (Setting s : ChronyFacts.settings(context, ChronyDirectiveKind.MAKESTEP)) {
      if (s.values().size() >= 2 && s.value(1) instanceof Value.IntValue limit && limit.value() < 0) {
        context.report(limit.span(), "a negative makestep limit lets chronyd step the clock at any"
            + " time, also backwards, while applications run. Use a limit such as `makestep 1 3`.");
      }
    }
  }
}

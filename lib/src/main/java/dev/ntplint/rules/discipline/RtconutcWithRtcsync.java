package dev.ntplint.rules.discipline;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.model.Switch;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.edit.Edits;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;

/** NTP410: rtconutc with rtcsync (and no rtcfile): it does nothing. */
public final class RtconutcWithRtcsync extends BaseRule {

  public RtconutcWithRtcsync() {
    super("NTP410", "rtconutc-with-rtcsync", Scope.CONFIGURATION, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.INFO)
        .category(Category.DISCIPLINE)
        .fixable(Fixability.SAFE)
        .summary("rtconutc with rtcsync, where it has no effect")
        .description("""
            `rtconutc` tells chronyd that the real-time clock keeps UTC, for chronyd's own RTC \
            tracking (`rtcfile`). With `rtcsync` the kernel keeps the RTC and chronyd never \
            reads it, so `rtconutc` does nothing (whether the RTC keeps UTC is then the system's \
            setting, e.g. `timedatectl set-local-rtc`). The fix removes it.""");
  }

  @Override
  public void check(RuleContext context) {
    // From the shared family lists, not a walk of every directive (issue 8, P3).
    if (!ChronyFacts.settings(context, ChronyDirectiveKind.RTCFILE).isEmpty()) {
      return;
    }
    Switch rtconutc = null;
    boolean rtcsync = false;
    for (Switch s : ChronyFacts.directives(context, Switch.class)) {
      if (s.directive() == ChronyDirectiveKind.RTCONUTC) {
        rtconutc = s;
      } else if (s.directive() == ChronyDirectiveKind.RTCSYNC) {
        rtcsync = true;
      }
    }
    if (rtconutc != null && rtcsync) {
      Switch target = rtconutc;
      context.report(target.syntax().span(), "rtconutc has no effect with rtcsync: the kernel keeps"
          + " the RTC and chronyd never reads it. Remove it.",
          context.fix(target.span().file(), "remove rtconutc", Fixability.SAFE,
              Edits.removeDirective(target.syntax())));
    }
  }
}

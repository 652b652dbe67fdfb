package dev.ntplint.rules.discipline;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.model.Setting;
import dev.ntplint.chrony.model.Switch;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import java.util.List;

/** NTP404: rtcsync with rtcfile: chronyd does not start. */
public final class RtcsyncWithRtcfile extends BaseRule {

  public RtcsyncWithRtcfile() {
    super("NTP404", "rtcsync-with-rtcfile", Scope.CONFIGURATION, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.ERROR)
        .category(Category.DISCIPLINE)
        .summary("rtcsync together with rtcfile: chronyd does not start")
        .description("""
            There are two ways to keep the real-time clock right: `rtcsync` (the kernel copies \
            the system time to the RTC every 11 minutes) and `rtcfile` (chronyd tracks the \
            RTC's error itself). They exclude each other: `chronyd -p` accepts both, but chronyd \
            refuses to start with `rtcfile directive cannot be used with rtcsync`.

            Keep one: `rtcsync` for most machines.""");
  }

  @Override
  public void check(RuleContext context) {
    // From the shared family lists, not a walk of every directive (issue 8, P3).
    Switch rtcsync = null;
    for (Switch s : ChronyFacts.directives(context, Switch.class)) {
      if (s.directive() == ChronyDirectiveKind.RTCSYNC) {
        rtcsync = s;
      }
    }
    List<Setting> rtcfiles = ChronyFacts.settings(context, ChronyDirectiveKind.RTCFILE);
    Setting rtcfile = rtcfiles.isEmpty() ? null : rtcfiles.get(rtcfiles.size() - 1);
    if (rtcsync != null && rtcfile != null) {
      context.report(rtcfile.syntax().span(), "chronyd refuses to start: rtcfile directive cannot"
          + " be used with rtcsync (" + ChronyFacts.at(rtcsync.syntax().span()) + "). Keep one of"
          + " them.");
    }
  }
}

package dev.ntplint.rules.refclocks;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.model.Refclock;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;

/** NTP505: an RTC refclock with rtcsync or rtcfile: chronyd does not start. */
public final class RtcRefclockConflict extends BaseRule {

  public RtcRefclockConflict() {
    super("NTP505", "rtc-refclock-conflict", Scope.CONFIGURATION, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.ERROR)
        .category(Category.REFCLOCKS)
        .summary("An RTC reference clock together with rtcsync or rtcfile: chronyd does not start")
        .description("""
            The `RTC` refclock driver (chrony 4.7) reads the real-time clock as a time source; \
            `rtcsync` and `rtcfile` make chronyd (or the kernel) set that same clock. chronyd \
            refuses to start with both; `chronyd -p` does not notice.

            Use either the RTC refclock or `rtcsync`/`rtcfile`.""");
  }

  @Override
  public void check(RuleContext context) {
    String other = ChronyFacts.has(context, ChronyDirectiveKind.RTCSYNC) ? "rtcsync"
        : ChronyFacts.has(context, ChronyDirectiveKind.RTCFILE) ? "rtcfile" : null;
    if (other == null) {
      return;
    }
    for (Refclock r : ChronyFacts.directives(context, Refclock.class)) {
      if (r.driver().rawEquals("RTC")) {
        context.report(r.syntax().span(), "chronyd refuses to start with an RTC refclock and "
            + other + ". Keep one of them.");
      }
    }
  }
}

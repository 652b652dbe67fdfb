package dev.ntplint.rules.refclocks;

import dev.ntplint.chrony.catalog.RefclockOption;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.rules.SourceJudge;
import dev.ntplint.rules.TimeSourceRule;
import dev.ntplint.view.TimeSource;
import java.util.List;

/** NTP501: a PPS refclock with nothing that tells the time of day. */
public final class PpsWithoutTimeSource extends BaseRule implements TimeSourceRule {

  public PpsWithoutTimeSource() {
    super("NTP501", "pps-without-time-source", Scope.CONFIGURATION, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.ERROR)
        .category(Category.REFCLOCKS)
        .tags("reliability")
        .summary("A PPS reference clock with no source of the time of day")
        .description("""
            A PPS signal marks the start of every second very precisely, but not *which* second \
            it is. chronyd needs another source for that: `lock REFID` to a refclock that gives \
            the time (an NMEA/gpsd `SOCK` or `SHM` refclock), or, without `lock`, other \
            selectable sources (NTP servers) whose time the PPS pulses refine. A PPS refclock \
            with neither never becomes usable, and the host has no time at all.

            Add a time-of-day refclock and `lock` the PPS to it, or add NTP servers. (`refclock \
            PPS ... local` is the exception: it locks to the local clock and is not reported.)""");
  }

  @Override
  public SourceJudge sourceJudge(RuleContext context) {
    return new TimeOfDay(context);
  }

  /** Notes whether a server gives the time of day, then judges the PPS refclocks. */
  private static final class TimeOfDay implements SourceJudge {
    private final RuleContext context;
    private boolean fromServer;

    TimeOfDay(RuleContext context) {
      this.context = context;
    }

    @Override
    public void judge(TimeSource s, boolean kept) {
      fromServer |= s.kind().network() && !s.noselect();
    }

    @Override
    public void finish() {
      if (fromServer) {
        return; // a server gives the time of day
      }
      List<Refclocks.Entry> refclocks = Refclocks.of(context);
      boolean unlockedPps = false;
      for (Refclocks.Entry e : refclocks) {
        if (!e.ppsOnly()) {
          return; // a refclock gives the time of day
        }
        if (!e.refclock().has(RefclockOption.LOCK)) {
          unlockedPps = true;
        }
      }
      if (!unlockedPps) {
        return;
      }
      for (Refclocks.Entry e : refclocks) {
        if (!e.refclock().has(RefclockOption.LOCK)) {
          context.report(e.refclock().syntax().span(), "this PPS refclock gives the start of each"
              + " second but nothing gives the time of day (no lock, no other refclock or server):"
              + " chronyd can never use it. Lock it to a time-of-day refclock or add servers.");
        }
      }
    }
  }
}

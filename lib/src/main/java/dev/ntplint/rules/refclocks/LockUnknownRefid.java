package dev.ntplint.rules.refclocks;

import dev.ntplint.chrony.catalog.RefclockOption;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.view.chrony.ChronyViewBuilder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** NTP502: lock to a refid no refclock has. */
public final class LockUnknownRefid extends BaseRule {

  public LockUnknownRefid() {
    super("NTP502", "lock-unknown-refid", Scope.CONFIGURATION, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.ERROR)
        .category(Category.REFCLOCKS)
        .tags("reliability")
        .summary("A refclock locked to a refid that no refclock has")
        .description("""
            `lock REFID` pairs a PPS refclock with the refclock that gives the time of day, by \
            that refclock's reference id: its `refid` option or, without one, chronyd's default \
            (the first three letters of the driver and the refclock's index: `SOC0`, `SHM1`...). \
            Refids are compared exactly, case included. When no refclock has the refid, chronyd \
            logs `Invalid lock refid` and the PPS refclock is never usable.

            Give the time-of-day refclock an explicit `refid` and lock to exactly that.""");
  }

  /** The refids a finding names at most: the message stays short however many refclocks. */
  static final int REFIDS_NAMED = 8;

  @Override
  public void check(RuleContext context) {
    List<Refclocks.Entry> refclocks = Refclocks.of(context);
    // A set, not a list: a list's search per locked refclock made a file of many of them
    // quadratic (issue 8, P4).
    Set<String> refids = new LinkedHashSet<>();
    for (Refclocks.Entry e : refclocks) {
      refids.add(e.refid());
    }
    String named = null;
    for (Refclocks.Entry e : refclocks) {
      var lock = e.refclock().option(RefclockOption.LOCK);
      if (lock.isEmpty() || lock.get().value().isEmpty()) {
        continue;
      }
      String target = ChronyViewBuilder.text(lock.get().value().get());
      if (!refids.contains(target)) {
        if (named == null) {
          named = named(refids);
        }
        context.report(lock.get().span(), "no refclock has refid " + target + " (refids here: "
            + named + "): chronyd logs Invalid lock refid and never uses this refclock.");
      }
    }
  }

  /**
   * The refids, comma-separated, the first {@link #REFIDS_NAMED} of them and how many more: every
   * refid in every finding made the report of a file of many locked refclocks quadratic in size.
   */
  private static String named(Set<String> refids) {
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (String refid : refids) {
      if (n == REFIDS_NAMED) {
        return out.append(" and ").append(refids.size() - n).append(" more").toString();
      }
      out.append(n == 0 ? "" : ", ").append(refid);
      n++;
    }
    return out.toString();
  }
}

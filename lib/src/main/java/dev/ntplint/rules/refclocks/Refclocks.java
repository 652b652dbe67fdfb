package dev.ntplint.rules.refclocks;

import dev.ntplint.chrony.catalog.RefclockOption;
import dev.ntplint.chrony.model.Refclock;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.SharedFact;
import dev.ntplint.view.chrony.ChronyViewBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The refclocks of a chrony configuration with their effective refids. */
final class Refclocks {

  record Entry(Refclock refclock, String refid, boolean explicitRefid) {
    /** PPS-like: gives only the start of each second (driver PPS, or option pps), not locked to itself. */
    boolean ppsOnly() {
      // Compared in place: a string per refclock was ~0.5% of a 20 MB chrony.conf's lint.
      return (refclock.driver().rawEquals("PPS") || refclock.has(RefclockOption.PPS))
          && !refclock.has(RefclockOption.LOCAL);
    }
  }

  private Refclocks() {}

  /** Computed once per lint for the rules that ask: three did, each from scratch (issue 8, P3). */
  private static final SharedFact<List<Entry>> ENTRIES = new SharedFact<>() {
    @Override
    public List<Entry> compute(RuleContext context) {
      return Refclocks.compute(context);
    }
  };

  /** The refclocks as chronyd reads them, each with the refid it uses. Unmodifiable. */
  static List<Entry> of(RuleContext context) {
    return context.shared(ENTRIES);
  }

  private static List<Entry> compute(RuleContext context) {
    List<Refclock> refclocks = ChronyFacts.directives(context, Refclock.class);
    List<Entry> out = new ArrayList<>(refclocks.size());
    for (int index = 0; index < refclocks.size(); index++) {
      Refclock r = refclocks.get(index);
      // Read as the view reads it (ChronyViewBuilder.refclock).
      String written = ChronyViewBuilder.writtenRefid(r);
      String id = written != null ? written
          : ChronyViewBuilder.defaultRefid(r.driver().text(), index);
      out.add(new Entry(r, id, written != null));
    }
    return Collections.unmodifiableList(out);
  }
}

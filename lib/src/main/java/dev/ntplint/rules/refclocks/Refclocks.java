package dev.ntplint.rules.refclocks;

import dev.ntplint.chrony.catalog.RefclockOption;
import dev.ntplint.chrony.model.Refclock;
import dev.ntplint.chrony.model.Value;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.view.chrony.ChronyViewBuilder;
import java.util.ArrayList;
import java.util.List;

/** The refclocks of a chrony configuration with their effective refids. */
final class Refclocks {

  record Entry(Refclock refclock, String refid, boolean explicitRefid) {
    /** PPS-like: gives only the start of each second (driver PPS, or option pps), not locked to itself. */
    boolean ppsOnly() {
      return (refclock.driver().raw().equals("PPS") || refclock.has(RefclockOption.PPS))
          && !refclock.has(RefclockOption.LOCAL);
    }
  }

  private Refclocks() {}

  static List<Entry> of(RuleContext context) {
    List<Entry> out = new ArrayList<>();
    int index = 0;
    for (Refclock r : ChronyFacts.directives(context, Refclock.class)) {
      var refid = r.option(RefclockOption.REFID).flatMap(o -> o.value());
      String id = refid.map(Refclocks::text).orElse(ChronyViewBuilder.defaultRefid(r.driver().text(), index));
      out.add(new Entry(r, id, refid.isPresent()));
      index++;
    }
    return out;
  }

  static String text(Value v) {
    return v instanceof Value.TextValue t ? t.text() : v.span().text();
  }
}

package dev.ntplint.rules.discipline;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
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

/** NTP402: chrony without makestep (or initstepslew). */
public final class NoMakestep extends BaseRule {

  public NoMakestep() {
    super("NTP402", "no-makestep", Scope.CONFIGURATION, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.DISCIPLINE)
        .tags("startup")
        .fixable(Fixability.UNSAFE)
        .summary("chronyd without makestep: a wrong clock at boot is only slewed")
        .description("""
            By default chronyd never steps the clock: it corrects any offset by slewing, at most \
            83 ms per second (`maxslewrate`). A machine that boots with its clock minutes or \
            hours off (no RTC, a VM restored from a snapshot, a dead CMOS battery) then runs with \
            a wrong time for hours. `makestep 1 3` lets chronyd step the clock when it is off by \
            more than a second during its first three updates — what the distributions ship, \
            and what ntp2chrony writes. (`initstepslew` serves the same purpose.)

            The fix appends `makestep 1 3` (unsafe: it allows steps at start).""");
  }

  @Override
  public void check(RuleContext context) {
    if (ChronyFacts.has(context, ChronyDirectiveKind.MAKESTEP)
        || ChronyFacts.has(context, ChronyDirectiveKind.INITSTEPSLEW)
        || ChronyFacts.has(context, ChronyDirectiveKind.MANUAL)) {
      return;
    }
    context.report(context.view().anchor(), "no makestep: a clock that is far off at boot is"
        + " corrected only by slewing, which can take hours. Add `makestep 1 3`.",
        context.fix(context.view().mainFile(), "append `makestep 1 3`", Fixability.UNSAFE,
            Edits.append("makestep 1 3")));
  }
}

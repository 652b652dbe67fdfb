package dev.ntplint.rules.discipline;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.model.Setting;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.source.Word;

/** NTP406: smoothtime without leaponly on a server. */
public final class SmoothtimeOnServer extends BaseRule {

  public SmoothtimeOnServer() {
    super("NTP406", "smoothtime-on-server", Scope.CONFIGURATION, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.DISCIPLINE)
        .summary("smoothtime without leaponly on a server")
        .description("""
            `smoothtime` makes chronyd serve a smoothed time to its clients: corrections of its \
            own clock are spread out, so for hours the served time differs from the host's (and \
            from real time) by up to the smoothed offset. With `leaponly` only leap seconds are \
            smoothed (a leap smear), which is what a server of ordinary clients wants. Without \
            it, clients that also use other servers see this one as wrong.

            Add `leaponly` (`smoothtime 400 0.001024 leaponly`), or use smoothing only for \
            clients that take time from this server alone.""");
  }

  @Override
  public void check(RuleContext context) {
    if (!context.view().servesClients()) {
      return;
    }
    for (Setting s : ChronyFacts.settings(context, ChronyDirectiveKind.SMOOTHTIME)) {
      boolean leaponly = false;
      for (Word w : s.syntax().arguments()) {
        if (w.text().equalsIgnoreCase("leaponly")) {
          leaponly = true;
        }
      }
      if (!leaponly) {
        context.report(s.syntax().span(), "this server smooths every correction of its clock, so"
            + " its clients get a time that can differ from real time for hours. Add leaponly to"
            + " smooth only leap seconds.");
      }
    }
  }
}

package dev.ntplint.rules.sources;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.view.TimeServiceView;
import dev.ntplint.view.TimeSource;

/** NTP112: every source is noselect. */
public final class AllSourcesNoselect extends BaseRule {

  public AllSourcesNoselect() {
    super("NTP112", "all-sources-noselect", Scope.CONFIGURATION, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.ERROR)
        .category(Category.SOURCES)
        .tags("reliability")
        .summary("Every time source is marked noselect")
        .description("""
            `noselect` tells the daemon to poll a source (for monitoring) but never to \
            synchronise to it. When every source has it, the clock is never synchronised: \
            chronyd and ntpd only measure.

            Remove `noselect` from the sources the clock should follow.""");
  }

  @Override
  public void check(RuleContext context) {
    TimeServiceView view = context.view();
    if (view.sources().isEmpty() || !view.runtimeSources().isEmpty()) {
      return;
    }
    for (TimeSource s : view.sources()) {
      if (!s.noselect()) {
        return;
      }
    }
    context.report(view.sources().get(0).span(), "every time source (" + view.sources().size()
        + ") is marked noselect: the clock is measured but never synchronised. Remove noselect"
        + " from the sources to follow.");
  }
}

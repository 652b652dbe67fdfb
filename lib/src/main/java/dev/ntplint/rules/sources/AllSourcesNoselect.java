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
import java.util.List;

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

            A line the daemon ignores because an earlier one names the same address \
            (`duplicate-source`) does not count, whatever its options.

            Remove `noselect` from the sources the clock should follow.""");
  }

  @Override
  public void check(RuleContext context) {
    TimeServiceView view = context.view();
    if (view.sources().isEmpty() || !view.runtimeSources().isEmpty()) {
      return;
    }
    List<TimeSource> kept = RepeatedSources.kept(context);
    for (TimeSource s : kept) {
      if (!s.noselect()) {
        return;
      }
    }
    int ignored = view.sources().size() - kept.size();
    String repeats = ignored == 0 ? "" : ignored == 1
        ? "; the daemon ignores the line that repeats an address, with its options"
        : "; the daemon ignores the " + ignored + " lines that repeat an address, with their options";
    context.report(kept.get(0).span(), "every time source (" + kept.size()
        + ") is marked noselect" + repeats + ": the clock is measured but never synchronised."
        + " Remove noselect from the sources to follow.");
  }
}

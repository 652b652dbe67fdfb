package dev.ntplint.rules.sources;

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

/** NTP112: every source is noselect. */
public final class AllSourcesNoselect extends BaseRule implements TimeSourceRule {

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
  public SourceJudge sourceJudge(RuleContext context) {
    return new Selectable(context);
  }

  /** Counts the sources and the kept ones, and whether one of those is selectable; then judges. */
  private static final class Selectable implements SourceJudge {
    private final RuleContext context;
    private int sources;
    private int kept;
    private TimeSource firstKept;
    private boolean anySelectable;

    Selectable(RuleContext context) {
      this.context = context;
    }

    @Override
    public void judge(TimeSource s, boolean isKept) {
      sources++;
      if (!isKept) {
        return;
      }
      kept++;
      if (firstKept == null) {
        firstKept = s;
      }
      anySelectable |= !s.noselect();
    }

    @Override
    public void finish() {
      if (sources == 0 || anySelectable || !context.view().runtimeSources().isEmpty()) {
        return;
      }
      int ignored = sources - kept;
      String repeats = ignored == 0 ? "" : ignored == 1
          ? "; the daemon ignores the line that repeats an address, with its options"
          : "; the daemon ignores the " + ignored
              + " lines that repeat an address, with their options";
      context.report(firstKept.span(), "every time source (" + kept
          + ") is marked noselect" + repeats + ": the clock is measured but never synchronised."
          + " Remove noselect from the sources to follow.");
    }
  }
}

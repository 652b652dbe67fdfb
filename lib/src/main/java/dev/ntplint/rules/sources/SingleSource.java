package dev.ntplint.rules.sources;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.RuleOption;
import dev.ntplint.rules.Scope;
import dev.ntplint.rules.SourceJudge;
import dev.ntplint.rules.TimeSourceRule;
import dev.ntplint.view.SourceKind;
import dev.ntplint.view.TimeServiceView;
import dev.ntplint.view.TimeSource;
import java.util.ArrayList;
import java.util.List;

/** NTP101: fewer than three usable sources (a pool counts as its maxsources). */
public final class SingleSource extends BaseRule implements TimeSourceRule {

  public SingleSource() {
    super("NTP101", "single-source", Scope.CONFIGURATION, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.SOURCES)
        .tags("reliability")
        .summary("A client that can end up with fewer than 3 usable time sources")
        .description("""
            With one source the daemon follows it blindly, wrong or right. With two that \
            disagree it cannot tell which one is wrong. From three on, a source that drifts away \
            (a *falseticker*) is outvoted, and losing one source still leaves a majority: both \
            chronyd and ntpd select sources by agreement, which needs at least three.

            The count is what the configuration can give: a `server` or `peer` line (or a \
            reference clock) counts as one source, a `pool` as its `maxsources` (chronyd: 4 by \
            default, at most 16), and `noselect` sources do not count, nor do lines the daemon \
            ignores because an earlier line has the same address (`duplicate-source`). So one \
            `server` is reported, and one `pool` with the default `maxsources` is not. Sources a \
            `sourcedir` adds when the daemon runs (from DHCP) cannot be counted; the message \
            mentions them. While a source line is rejected by the parser, nothing is counted \
            (fix that first).

            Fix: add servers, or use a pool (`pool 2.pool.ntp.org iburst`).""")
        .option(RuleOption.integer("min-sources", 3,
            "Report configurations with fewer usable sources than this."));
  }

  @Override
  public SourceJudge sourceJudge(RuleContext context) {
    return new Usable(context);
  }

  /**
   * Counts what the kept sources give the daemon ({@link TimeSource#usableCount}), keeping the
   * selectable ones while the count is below the minimum (only then is there a finding); then
   * judges.
   */
  private static final class Usable implements SourceJudge {
    private final RuleContext context;
    private final int min;
    private int usable;
    private final List<TimeSource> selectable = new ArrayList<>();

    Usable(RuleContext context) {
      this.context = context;
      this.min = context.options().integer("min-sources");
    }

    @Override
    public void judge(TimeSource s, boolean kept) {
      if (!kept || usable >= min) {
        return;
      }
      usable += s.usableCount();
      if (!s.noselect()) {
        selectable.add(s);
      }
    }

    @Override
    public void finish() {
      TimeServiceView view = context.view();
      if (usable == 0 || usable >= min || !view.rejectedSources().isEmpty()) {
        return;
      }
      StringBuilder list = new StringBuilder();
      for (TimeSource s : selectable) {
        if (list.length() > 0) {
          list.append(", ");
        }
        list.append(s.kind() == SourceKind.POOL ? "pool " + s.address() + " with maxsources "
            + s.maxSources() : s.address());
      }
      String runtime = view.runtimeSources().isEmpty() ? ""
          : " (sourcedir may add servers when the daemon runs, but cannot be relied on)";
      context.report(selectable.get(0).syntax().span(), "only " + usable + " usable time source"
          + (usable == 1 ? "" : "s") + " (" + list + ")" + runtime + ": with fewer than " + min
          + " the daemon cannot outvote a source that is wrong, and loses time service when one"
          + " fails. Add servers or use a pool.");
    }
  }
}

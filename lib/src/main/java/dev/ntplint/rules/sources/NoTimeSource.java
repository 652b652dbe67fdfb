package dev.ntplint.rules.sources;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.view.TimeServiceView;

/** NTP104: no source at all, no runtime sources, no local clock. */
public final class NoTimeSource extends BaseRule {

  public NoTimeSource() {
    super("NTP104", "no-time-source", Scope.CONFIGURATION, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.ERROR)
        .category(Category.SOURCES)
        .tags("reliability")
        .summary("A configuration with no time source at all")
        .description("""
            No `server`, `pool`, `peer` or reference clock, no `sourcedir` (chrony: sources from \
            DHCP) and no local-clock fallback: the daemon starts, but never synchronises the \
            clock and has nothing to serve.

            This is usually a configuration whose sources live in a file that was not included \
            (check `include`/`confdir` paths), or a fragment linted as if it were the main file. \
            Not reported while a source line is rejected by the parser (that line has its own \
            finding).""");
  }

  @Override
  public void check(RuleContext context) {
    TimeServiceView view = context.view();
    if (view.sources().isEmpty() && view.runtimeSources().isEmpty() && view.localFallback().isEmpty()
        && view.rejectedSources().isEmpty()) {
      context.report(view.anchor(), "no time source is configured (no server, pool, peer,"
          + " reference clock or sourcedir): the daemon will never synchronise the clock.");
    }
  }
}

package dev.ntplint.rules.local;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.RuleOption;
import dev.ntplint.rules.Scope;
import dev.ntplint.view.LocalFallback;

/** NTP201: a local fallback stratum low enough to outrank real sources. */
public final class LocalStratumTooLow extends BaseRule {

  public LocalStratumTooLow() {
    super("NTP201", "local-stratum-too-low", Scope.DIRECTIVE, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.LOCAL_CLOCK)
        .tags("reliability")
        .summary("A local-clock fallback with a stratum low enough to outrank real sources")
        .description("""
            The local-clock fallback serves the host's own, free-running clock. Its stratum is \
            what clients see: at a low stratum (1 to 7) it looks as good as — or better than — \
            servers that follow real time, so clients (and peers) can select the free-running \
            clock over them, and a host that lost its sources pulls its clients along. chronyd's \
            default `local` stratum is 10; ntpd's LOCAL driver is usually fudged to 10 and orphan \
            mode set to 10 or above.

            Use a stratum well above that of every real source in the network (10 unless the \
            network is deeper).""")
        .option(RuleOption.integer("min-stratum", 8,
            "Report a local fallback whose stratum is below this."));
  }

  @Override
  public void check(RuleContext context) {
    if (context.view().localFallback().isEmpty()) {
      return;
    }
    LocalFallback local = context.view().localFallback().get();
    int min = context.options().integer("min-stratum");
    if (local.stratum() < min) {
      context.report(local.syntax().span(), "the local-clock fallback is served at stratum "
          + local.stratum() + ": it can outrank servers that follow real time, so clients may"
          + " select this host's free-running clock. Use a stratum of " + Math.max(min, 10)
          + " or more.");
    }
  }
}

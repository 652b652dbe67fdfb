package dev.ntplint.rules.discipline;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.edit.Edits;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.Fix;
import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.RuleOption;
import dev.ntplint.rules.Scope;
import dev.ntplint.view.TimeServiceView;
import java.util.Optional;

/** NTP401: no driftfile. */
public final class NoDriftfile extends BaseRule {

  public NoDriftfile() {
    super("NTP401", "no-driftfile", Scope.CONFIGURATION, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.DISCIPLINE)
        .tags("startup")
        .fixable(Fixability.UNSAFE)
        .summary("No driftfile: the clock's frequency error is relearnt after every restart")
        .description("""
            Both daemons measure how fast the system clock runs (its frequency error, often \
            tens of ppm) and correct it continuously. The `driftfile` keeps that value across \
            restarts; without one, every start begins from zero and the clock wanders by up to \
            milliseconds per minute until the error has been measured again, which takes hours \
            to settle.

            The fix (unsafe: it writes a file the daemon must be able to create) appends \
            `driftfile` with the path of the `path` option for chrony.conf \
            (`/var/lib/chrony/drift` by default; Debian uses `/var/lib/chrony/chrony.drift`) or \
            of `ntp-path` for ntp.conf (`/var/lib/ntp/ntp.drift`; NTPsec on Debian uses \
            `/var/lib/ntpsec/ntp.drift`).""")
        .option(RuleOption.string("path", "/var/lib/chrony/drift",
            "The drift file path the fix writes (chrony.conf)."))
        .option(RuleOption.string("ntp-path", "/var/lib/ntp/ntp.drift",
            "The drift file path the fix writes (ntp.conf)."));
  }

  @Override
  public void check(RuleContext context) {
    TimeServiceView view = context.view();
    if (view.driftFile().isPresent()) {
      return;
    }
    String directive = "driftfile " + context.options().string(
        context.dialect() == Dialect.CHRONY ? "path" : "ntp-path");
    Optional<Fix> fix = context.fix(view.mainFile(), "append `" + directive + "`",
        Fixability.UNSAFE, Edits.append(directive));
    context.report(view.anchor(), "no driftfile: the clock's frequency error is lost at every"
        + " restart and has to be measured again, which takes hours to settle. Add `" + directive
        + "`.", fix);
  }
}

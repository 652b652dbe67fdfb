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
import dev.ntplint.rules.Scope;
import java.util.Optional;

/** NTP405: no local source of leap seconds. */
public final class NoLeapSecondSource extends BaseRule {

  public NoLeapSecondSource() {
    super("NTP405", "no-leap-second-source", Scope.CONFIGURATION, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.INFO)
        .category(Category.DISCIPLINE)
        .fixable(Fixability.UNSAFE)
        .summary("No local source of leap seconds")
        .description("""
            Without a local leap-second table the daemon learns of a coming leap second only \
            from its sources' leap flags, which a single wrong or missing source can get wrong, \
            and it cannot tell TAI from UTC (chrony's `tai` refclocks need the table). chrony \
            reads the table from the system time zone database (`leapsectz right/UTC`) or, since \
            4.6, from a `leap-seconds.list` file (`leapseclist`); ntpd from `leapfile`.

            The fix appends `leapsectz right/UTC` to chrony.conf, or `leapfile \
            /usr/share/zoneinfo/leap-seconds.list` (the list tzdata installs) to ntp.conf; unsafe: \
            the zone or file must exist on the machine, and a leap file must be kept up to date \
            (it expires).""");
  }

  @Override
  public void check(RuleContext context) {
    if (!context.view().leapSources().isEmpty()) {
      return;
    }
    String directive = context.dialect() == Dialect.CHRONY ? "leapsectz right/UTC"
        : "leapfile /usr/share/zoneinfo/leap-seconds.list";
    Optional<Fix> fix = context.fix(context.view().mainFile(), "append `" + directive + "`",
        Fixability.UNSAFE, Edits.append(directive));
    context.report(context.view().anchor(), "no local leap-second table: leap seconds are known"
        + " only from the sources' flags. Add `" + directive + "`.", fix);
  }
}

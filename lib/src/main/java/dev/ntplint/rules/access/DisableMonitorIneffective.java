package dev.ntplint.rules.access;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.ntp.NtpFlavour;
import dev.ntplint.ntp.catalog.RestrictFlag;
import dev.ntplint.ntp.catalog.SystemFlag;
import dev.ntplint.ntp.model.AddressFamily;
import dev.ntplint.ntp.model.Option;
import dev.ntplint.ntp.model.Restrict;
import dev.ntplint.ntp.model.SystemFlags;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.NtpFacts;
import dev.ntplint.rules.NtpFacts.RestrictEntry;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import java.util.List;
import java.util.Optional;

/** NTP318: {@code disable monitor} while a {@code limited} restriction keeps the monitor on. */
public final class DisableMonitorIneffective extends BaseRule {

  public DisableMonitorIneffective() {
    super("NTP318", "disable-monitor-ineffective", Scope.CONFIGURATION, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.INFO)
        .category(Category.ACCESS)
        .summary("disable monitor has no effect while a restriction has limited")
        .description("""
            `disable monitor` turns off the MRU list in which ntpd records the hosts that \
            sent it packets (the list `ntpq -c mrulist` shows, and the old `monlist` \
            answered). Rate limiting needs that list, so as long as any restriction has \
            `limited`, ntpd keeps the monitor running and `disable monitor` has no \
            effect; both daemons document this. NTPsec's built-in default restriction \
            already has `limited`, so there `disable monitor` never takes effect unless \
            `unrestrict default limited` removes it.

            The line is harmless, but it suggests a protection that is not there: keep \
            hosts from reading the list with `noquery` (or `nomrulist`) on the \
            restrictions instead, or drop `limited` if rate limiting is not wanted.""");
  }

  @Override
  public void check(RuleContext context) {
    List<SystemFlags> lines = NtpFacts.directives(context, SystemFlags.class);
    boolean disabled = false;
    for (SystemFlags line : lines) {
      if (!line.enable() && line.has(SystemFlag.MONITOR)) {
        disabled = true;
      }
    }
    if (!disabled) {
      return;
    }
    Optional<String> limitedBy = limitedRestriction(context);
    if (limitedBy.isEmpty()) {
      return;
    }
    for (SystemFlags line : lines) {
      if (line.enable()) {
        continue;
      }
      for (Option<SystemFlag> flag : line.flags()) {
        if (flag.kind() == SystemFlag.MONITOR) {
          context.report(flag.span(), "ntpd keeps the monitor running because " + limitedBy.get()
              + " has limited (rate limiting needs its list): `disable monitor` has no effect"
              + " (harmless; noquery is what keeps the list from other hosts).");
        }
      }
    }
  }

  /** Describes the first restriction with {@code limited}, configured or built in. */
  private static Optional<String> limitedRestriction(RuleContext context) {
    NtpFlavour flavour = NtpFacts.flavour(context);
    List<RestrictEntry> entries = NtpFacts.restrictEntries(context, flavour);
    for (RestrictEntry e : entries) {
      if (!e.has(RestrictFlag.LIMITED)) {
        continue;
      }
      for (Restrict line : e.lines()) {
        if (line.has(RestrictFlag.LIMITED)) {
          return Optional.of("`" + line.syntax().span().text().strip() + "`");
        }
      }
      // Without a line of its own, limited comes from NTPsec's built-in default.
      return Optional.of("the default restriction (`"
          + e.lastLine().syntax().span().text().strip()
          + "` adds to NTPsec's built-in noquery limited)");
    }
    if (flavour == NtpFlavour.NTPSEC) {
      for (AddressFamily family : AddressFamily.values()) {
        if (NtpFacts.defaultEntry(entries, family).isEmpty()) {
          return Optional.of("NTPsec's built-in default (noquery limited)");
        }
      }
    }
    return Optional.empty();
  }
}

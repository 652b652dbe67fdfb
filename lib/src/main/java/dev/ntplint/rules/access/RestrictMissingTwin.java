package dev.ntplint.rules.access;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.edit.Edits;
import dev.ntplint.ntp.NtpFlavour;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.RestrictFlag;
import dev.ntplint.ntp.model.AddressFamily;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Restrict;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.Fix;
import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.NtpFacts;
import dev.ntplint.rules.NtpFacts.Loopback;
import dev.ntplint.rules.NtpFacts.RestrictEntry;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** NTP311: a default or loopback restriction for one address family only. */
public final class RestrictMissingTwin extends BaseRule {

  public RestrictMissingTwin() {
    super("NTP311", "restrict-missing-twin", Scope.CONFIGURATION, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.ACCESS)
        .fixable(Fixability.UNSAFE)
        .summary("A restrict default or loopback line for one address family only")
        .description("""
            `restrict -4 default` sets only the IPv4 default and `restrict -6 default` only the \
            IPv6 one (a plain `restrict default` sets both). When the other family has no \
            `restrict` default of its own, ntpd keeps its built-in one for it: in classic ntpd \
            that has no flags at all, so every IPv6 (or IPv4) host may use and query the server \
            with `ntpq` however strict the line for the other family is; NTPsec's built-in \
            default is `noquery limited`, and the rule reports there only when the configured \
            line has flags that change more than those (`ignore`, `noserve`, `kod` ...; \
            `nomodify` adds nothing to `noquery`, which refuses every control message).

            The loopback addresses are the other half of the pattern: a default with \
            `noquery` (or `ignore`) is usually opened again for `restrict 127.0.0.1` so that \
            `ntpq` works on the host. Without `restrict ::1`, an `ntpq` that reaches ntpd over \
            IPv6 (`localhost` often resolves to `::1` first) is refused (and the other way \
            round).

            The fix inserts the missing twin right after the line, with the same flags. It is \
            unsafe because it changes who may reach the server over the other family.""");
  }

  /** Flags NTPsec accepts and ignores: a twin without them changes nothing there. */
  private static final Set<RestrictFlag> IGNORED_BY_NTPSEC =
      EnumSet.of(RestrictFlag.NOPEER, RestrictFlag.NOTRAP);

  @Override
  public void check(RuleContext context) {
    NtpFlavour flavour = NtpFacts.flavour(context);
    List<RestrictEntry> entries = NtpFacts.restrictEntries(context, flavour);
    Set<NtpDirective> partial = NtpFacts.partlyApplied(context);
    for (AddressFamily family : AddressFamily.values()) {
      AddressFamily other = family == AddressFamily.IPV4 ? AddressFamily.IPV6 : AddressFamily.IPV4;
      Optional<RestrictEntry> entry = NtpFacts.defaultEntry(entries, family);
      if (entry.isEmpty() || NtpFacts.defaultEntry(entries, other).isPresent()) {
        continue;
      }
      Set<RestrictFlag> otherDefault = NtpFacts.defaultFlags(entries, other, flavour);
      if (otherDefault.contains(RestrictFlag.IGNORE)) {
        continue;
      }
      EnumSet<RestrictFlag> lacking = EnumSet.noneOf(RestrictFlag.class);
      lacking.addAll(entry.get().flags());
      lacking.removeAll(otherDefault);
      if (flavour == NtpFlavour.NTPSEC) {
        lacking.removeAll(IGNORED_BY_NTPSEC);
      }
      if (otherDefault.contains(RestrictFlag.NOQUERY)) {
        // noquery already refuses every control message, changes included.
        lacking.remove(RestrictFlag.NOMODIFY);
      }
      if (lacking.isEmpty()) {
        continue;
      }
      Restrict line = entry.get().lastLine();
      String twin = "restrict " + option(other) + " default" + spacedFlagWords(entry.get());
      String builtIn = flavour == NtpFlavour.NTPSEC
          ? "NTPsec's built-in `noquery limited`" : "ntpd's built-in default, which allows"
              + " everything (ntpq queries included) in classic ntpd";
      context.report(line.syntax().span(), "the " + name(family) + " default is set but not the "
          + name(other) + " one: " + name(other) + " hosts get " + builtIn + ". Add `" + twin
          + "`.", twinFix(context, line, twin, partial));
    }
    // Loopback: ntpq on the host may reach ntpd over either address.
    if (NtpFacts.hasLocalhostEntry(entries)) {
      return;
    }
    for (Loopback loopback : Loopback.BOTH) {
      Optional<RestrictEntry> entry = NtpFacts.hostEntry(entries, loopback);
      Loopback twin = loopback.twin();
      if (entry.isEmpty() || entry.get().has(RestrictFlag.NOQUERY)
          || entry.get().has(RestrictFlag.IGNORE)
          || NtpFacts.hostEntry(entries, twin).isPresent()) {
        continue;
      }
      Set<RestrictFlag> twinDefault = NtpFacts.defaultFlags(entries, twin.family(), flavour);
      if (!twinDefault.contains(RestrictFlag.NOQUERY) && !twinDefault.contains(RestrictFlag.IGNORE)) {
        continue;
      }
      Restrict line = entry.get().lastLine();
      String twinLine = "restrict " + twin.literal() + spacedFlagWords(entry.get());
      context.report(line.syntax().span(), loopback.literal() + " may query ntpd but "
          + twin.literal() + " may not: it falls under the " + name(twin.family())
          + " default (" + (twinDefault.contains(RestrictFlag.IGNORE) ? "ignore" : "noquery")
          + "), so ntpq on this host is refused when it connects over " + twin.literal()
          + ". Add `" + twinLine + "`.", twinFix(context, line, twinLine, partial));
    }
  }

  private static Optional<Fix> twinFix(RuleContext context, Restrict after, String twin,
      Set<NtpDirective> partial) {
    if (partial.contains(after) || after.command() != NtpDirectiveKind.RESTRICT) {
      return Optional.empty();
    }
    return context.fix(after.syntax().span().file(), "insert `" + twin + "` after this line",
        Fixability.UNSAFE, Edits.insertAfter(after.syntax(), twin));
  }

  /** The entry's flags as written, each after a space. */
  private static String spacedFlagWords(RestrictEntry entry) {
    StringBuilder out = new StringBuilder();
    for (String word : entry.flagWords()) {
      out.append(' ').append(word);
    }
    return out.toString();
  }

  private static String name(AddressFamily family) {
    return family == AddressFamily.IPV4 ? "IPv4" : "IPv6";
  }

  private static String option(AddressFamily family) {
    return family == AddressFamily.IPV4 ? "-4" : "-6";
  }
}

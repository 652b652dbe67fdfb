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
import dev.ntplint.rules.NtpFacts.RestrictEntry;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** NTP310: a restrict default that still answers ntpq (mode 6) queries. */
public final class OpenRestrictDefault extends BaseRule {

  public OpenRestrictDefault() {
    super("NTP310", "open-restrict-default", Scope.CONFIGURATION, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.ACCESS)
        .tags("security")
        .fixable(Fixability.UNSAFE)
        .summary("A restrict default without noquery: every host may query the server with ntpq")
        .description("""
            ntpd answers a control (mode 6, `ntpq`) or private (mode 7, `ntpdc`) message unless \
            the restriction matching the sender has `ignore` or `noquery`; `noserve` does not \
            help here (it drops every other packet but lets these through). A `restrict default` \
            without either lets any host on the network read the system and peer variables \
            (software version, peers and their addresses) and use the server as an amplifier: \
            the answers are much larger than spoofed requests. The monlist attacks of \
            CVE-2013-5211 used mode 7, which ntpd 4.2.8 only answers after `enable mode7`, but \
            the large mode 6 answers remain. Without `noquery`, only `nomodify` stands between \
            a host and authenticated runtime changes.

            Flags of repeated `restrict` lines for the same address are OR'd together, and \
            NTPsec's built-in default already carries `noquery`: the rule judges the default \
            after all lines (for the accept-either target as classic ntpd, whose built-in \
            default has no flags). A line whose flags ntpd rejected (`restrict default \
            NOQUERY` is a syntax error of which ntpd still applies `restrict default`) is \
            reported too, without a fix: correct the flag.

            The fix adds `noquery` (and `nomodify` when missing) to the last `restrict default` \
            line. It is unsafe because hosts that monitor this server with `ntpq` need their \
            own `restrict ADDRESS` line afterwards.""");
  }

  @Override
  public void check(RuleContext context) {
    NtpFlavour flavour = NtpFacts.flavour(context);
    List<RestrictEntry> entries = NtpFacts.restrictEntries(context, flavour);
    Set<NtpDirective> partial = NtpFacts.partlyApplied(context);
    Map<AddressFamily, RestrictEntry> open = new LinkedHashMap<>();
    for (AddressFamily family : AddressFamily.values()) {
      Optional<RestrictEntry> entry = NtpFacts.defaultEntry(entries, family);
      if (entry.isPresent() && !entry.get().has(RestrictFlag.IGNORE)
          && !entry.get().has(RestrictFlag.NOQUERY)) {
        open.put(family, entry.get());
      }
    }
    // The line to report on and fix for each open family: its entry's last line, or, when both
    // families are open, the last plain `restrict default` line (one fix closes both).
    Optional<Restrict> shared = Optional.empty();
    boolean unrestricted = false;
    for (RestrictEntry entry : open.values()) {
      for (Restrict line : entry.lines()) {
        if (line.command() == NtpDirectiveKind.UNRESTRICT) {
          unrestricted = true;
        }
      }
    }
    if (open.size() == 2 && !unrestricted) {
      List<Restrict> ipv6 = open.get(AddressFamily.IPV6).lines();
      for (Restrict line : open.get(AddressFamily.IPV4).lines()) {
        if (indexOfSame(ipv6, line) >= 0 && line.command() == NtpDirectiveKind.RESTRICT) {
          shared = Optional.of(line);
        }
      }
    }
    // The open lines in order, each with its families and first entry. Lines are compared by
    // identity (the entries share the model's objects), not as map keys: Restrict is a record,
    // and the first record equals/hashCode of a run links ObjectMethods, which spins ~90
    // method-handle classes outside the AppCDS archive (~0.1 s of an ntp.conf check, issue 8).
    List<Restrict> openLines = new ArrayList<>();
    List<List<AddressFamily>> familiesOf = new ArrayList<>();
    List<RestrictEntry> entryOf = new ArrayList<>();
    for (Map.Entry<AddressFamily, RestrictEntry> e : open.entrySet()) {
      Restrict line = shared.orElse(e.getValue().lastLine());
      int known = indexOfSame(openLines, line);
      if (known < 0) {
        openLines.add(line);
        familiesOf.add(new ArrayList<>());
        entryOf.add(e.getValue());
        known = openLines.size() - 1;
      }
      familiesOf.get(known).add(e.getKey());
    }
    for (int i = 0; i < openLines.size(); i++) {
      Restrict line = openLines.get(i);
      RestrictEntry entry = entryOf.get(i);
      List<AddressFamily> families = familiesOf.get(i);
      List<String> missing = new ArrayList<>(List.of(RestrictFlag.NOQUERY.keyword()));
      if (!entry.has(RestrictFlag.NOMODIFY)) {
        missing.add(RestrictFlag.NOMODIFY.keyword());
      }
      String which = families.size() == 2 ? "the default restriction"
          : "the " + (families.get(0) == AddressFamily.IPV4 ? "IPv4" : "IPv6")
              + " default restriction";
      String why = which + " lets every host query this server with ntpq (mode 6: system and"
          + " peer variables, large answers to spoofed requests)";
      if (flavour == NtpFlavour.NTPSEC && line.command() == NtpDirectiveKind.UNRESTRICT) {
        why += ": this `unrestrict` removed the `noquery` of NTPsec's built-in default";
      } else if (NtpFacts.eitherFlavour(context)) {
        why += " in classic ntpd (NTPsec's built-in default adds noquery)";
      }
      if (partial.contains(line)) {
        context.report(line.syntax().span(), why + ": ntpd rejected this line at a word it does"
            + " not know and applied only the words before it. Correct the misspelt flag.");
        continue;
      }
      Optional<Fix> fix = line.command() == NtpDirectiveKind.RESTRICT
          ? context.fix(line.syntax().span().file(), "add " + String.join(" ", missing),
              Fixability.UNSAFE,
              Edits.addWords(line.syntax(), missing.toArray(new String[0])))
          : Optional.empty();
      context.report(line.syntax().span(), why + ". Add " + String.join(" and ", missing) + ".",
          fix);
    }
  }

  /** The position of {@code line} itself (not of an equal record) in {@code lines}, or -1. */
  private static int indexOfSame(List<Restrict> lines, Restrict line) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i) == line) {
        return i;
      }
    }
    return -1;
  }
}

package dev.ntplint.rules.access;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.edit.Edits;
import dev.ntplint.ntp.model.Association;
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
import dev.ntplint.source.DirectiveSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** NTP309: an ntp.conf without {@code restrict default}, which classic ntpd leaves open. */
public final class NoRestrictDefault extends BaseRule {

  /** The default the fix adds: no nopeer, which would keep pool servers out (classic). */
  static final String SUGGESTED_DEFAULT = "restrict default kod limited nomodify noquery";

  public NoRestrictDefault() {
    super("NTP309", "no-restrict-default", Scope.CONFIGURATION, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.ACCESS)
        .tags("security")
        .fixable(Fixability.UNSAFE)
        .summary("No restrict default: classic ntpd answers everyone, ntpq queries included")
        .description("""
            Without a `restrict default` (or `restrict -4 default` / `restrict -6 default`) line, \
            classic ntpd uses its built-in default restriction, which has no flags: every host \
            may use the server for time **and** query it with `ntpq` (mode 6 control messages). \
            Those answers reveal the system and peer variables (versions, peers, addresses), \
            and their size makes the server a traffic amplifier for spoofed requests. NTPsec's \
            built-in default is `noquery limited`, so this rule does not report for the \
            `ntpsec-1.2` target.

            Add a default that keeps time service but refuses queries and changes, and open the \
            loopback addresses again so that `ntpq` works on the host itself:

            ```
            restrict default kod limited nomodify noquery
            restrict 127.0.0.1
            restrict ::1
            ```

            `nopeer` is left out on purpose: in classic ntpd it also keeps the servers of a \
            `pool` line out unless a `restrict source` line lets them in. The fix inserts these \
            lines before the first `restrict` line, else after the last server, else at the end \
            of the file (only the loopback lines that are missing). It is unsafe because it \
            changes who may query the server: monitoring from other hosts needs its own \
            `restrict ADDRESS` line afterwards.""");
  }

  @Override
  public void check(RuleContext context) {
    if (NtpFacts.ntpsecOnly(context)) {
      return;
    }
    List<RestrictEntry> entries = NtpFacts.restrictEntries(context, NtpFacts.flavour(context));
    for (RestrictEntry entry : entries) {
      if (entry.isDefault()) {
        return;
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(SUGGESTED_DEFAULT);
    boolean localhost = NtpFacts.hasLocalhostEntry(entries);
    for (Loopback loopback : Loopback.BOTH) {
      if (!localhost && NtpFacts.hostEntry(entries, loopback).isEmpty()) {
        lines.add("restrict " + loopback.literal());
      }
    }
    String ntpsec = NtpFacts.eitherFlavour(context)
        ? " (NTPsec's built-in default is `noquery limited`)" : "";
    context.report(context.view().anchor(), "no `restrict default`: classic ntpd then lets"
        + " every host query this server with ntpq (mode 6: system and peer variables, an"
        + " amplifier for spoofed requests)" + ntpsec + ". Add `" + SUGGESTED_DEFAULT + "`.",
        fix(context, lines));
  }

  private static Optional<Fix> fix(RuleContext context, List<String> lines) {
    String description = "insert `" + String.join("`, `", lines) + "`";
    List<Restrict> restricts = NtpFacts.directives(context, Restrict.class);
    if (!restricts.isEmpty()) {
      DirectiveSyntax anchor = restricts.get(0).syntax();
      return context.fix(anchor.span().file(), description, Fixability.UNSAFE,
          Edits.insertBefore(anchor, lines));
    }
    List<Association> associations = NtpFacts.directives(context, Association.class);
    if (!associations.isEmpty()) {
      DirectiveSyntax anchor = associations.get(associations.size() - 1).syntax();
      return context.fix(anchor.span().file(), description, Fixability.UNSAFE,
          Edits.insertAfter(anchor, lines));
    }
    return context.fix(context.view().mainFile(), description, Fixability.UNSAFE,
        Edits.append(lines));
  }
}

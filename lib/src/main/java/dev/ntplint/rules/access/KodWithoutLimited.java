package dev.ntplint.rules.access;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.edit.Edits;
import dev.ntplint.ntp.NtpFlavour;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.RestrictFlag;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Option;
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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/** NTP316: {@code kod} on a restriction without {@code limited}, where it does nothing. */
public final class KodWithoutLimited extends BaseRule {

  public KodWithoutLimited() {
    super("NTP316", "kod-without-limited", Scope.CONFIGURATION, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.ACCESS)
        .fixable(Fixability.UNSAFE)
        .supersedes("NP207")
        .summary("kod without limited, where it does nothing")
        .description("""
            `kod` makes ntpd answer a client that exceeds the rate limits with a Kiss-o'-Death \
            packet (asking it to slow down) instead of silently dropping its packets. Rate \
            limits only apply to addresses whose restriction has `limited`, so `kod` alone does \
            nothing: both daemons log it at startup (classic: "'kod' does nothing without \
            'limited'", NTPsec: "KOD does nothing without LIMITED").

            The flags of repeated `restrict` lines for one address are OR'd together, and \
            NTPsec's built-in default already has `limited`: the rule reports only when the \
            restriction as ntpd builds it lacks `limited` (for the accept-either target, as \
            classic ntpd builds it). It replaces the parser's per-line NP207 there.

            The fix adds `limited`. It is unsafe because it changes what ntpd does: clients \
            of this restriction that poll faster than `discard average`/`minimum` (NTPsec: \
            `limit`) allow are then rate-limited. Remove `kod` instead if that is not wanted.""");
  }

  @Override
  public void check(RuleContext context) {
    NtpFlavour flavour = NtpFacts.flavour(context);
    Set<NtpDirective> partial = NtpFacts.partlyApplied(context);
    // A plain `restrict default` line is in both families' entries (the same object): report its
    // kod once. By identity, not a HashSet of Span records: the first record hashCode of a run
    // links ObjectMethods, ~30 method-handle classes spun outside the AppCDS archive (issue 8).
    Set<Option<RestrictFlag>> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (RestrictEntry entry : NtpFacts.restrictEntries(context, flavour)) {
      if (entry.has(RestrictFlag.LIMITED)) {
        continue;
      }
      for (Restrict line : entry.lines()) {
        if (line.command() != NtpDirectiveKind.RESTRICT) {
          continue;
        }
        for (Option<RestrictFlag> kod : line.flags()) {
          if (kod.kind() != RestrictFlag.KOD || !reported.add(kod)) {
            continue;
          }
          String ntpsec = entry.isDefault() && NtpFacts.eitherFlavour(context)
              ? " (in classic ntpd; NTPsec's built-in default has limited)" : "";
          Optional<Fix> fix = partial.contains(line) ? Optional.empty()
              : context.fix(line.syntax().span().file(), "add limited", Fixability.UNSAFE,
                  Edits.addWords(line.syntax(), RestrictFlag.LIMITED.keyword()));
          context.report(kod.span(), "kod does nothing without limited" + ntpsec + ": only"
              + " rate-limited clients get Kiss-o'-Death packets. Add limited (clients that"
              + " poll too fast are then rate-limited), or remove kod.", fix);
        }
      }
    }
  }
}

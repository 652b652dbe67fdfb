package dev.ntplint.rules.access;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.model.NtpAddress;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Restrict;
import dev.ntplint.ntp.model.RestrictTarget;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.NtpDirectiveRule;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import java.util.List;
import java.util.Locale;

/** NTP317: a host name in restrict, resolved once when ntpd starts. */
public final class RestrictHostname extends BaseRule implements NtpDirectiveRule.Each {

  public RestrictHostname() {
    super("NTP317", "restrict-hostname", Scope.DIRECTIVE, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.INFO)
        .category(Category.ACCESS)
        .summary("A host name in restrict, resolved only once when ntpd starts")
        .description("""
            ntpd resolves a host name in a `restrict` line once, while it reads the \
            configuration at startup (waiting for DNS), makes one entry for every address the \
            name has at that moment, and never looks it up again. When the name later points \
            elsewhere, as the names of public and pool servers do, the new addresses fall \
            under `restrict default` instead; when the name cannot be resolved at startup (no \
            network yet), ntpd logs "address/host '...' unusable" and skips the line. Classic \
            ntpd also ignores a `mask` given with a host name.

            For the servers this host uses, `restrict source` (both daemons) is the robust \
            form: ntpd applies it to the address of every association it makes, whatever the \
            name resolves to. For clients and networks, use their numeric addresses. \
            `localhost` is not reported: it resolves from the hosts file.""");
  }

  @Override
  public List<Class<? extends NtpDirective>> judgedFamilies() {
    return FAMILIES;
  }

  private static final List<Class<? extends NtpDirective>> FAMILIES = List.of(Restrict.class);

  @Override
  public void judge(RuleContext context, NtpDirective directive) {
    Restrict r = (Restrict) directive;
    if (r.command() == NtpDirectiveKind.DELRESTRICT
        || !(r.target() instanceof RestrictTarget.Address a)) {
      return;
    }
    NtpAddress address = a.address();
    if (address.isNumeric() || address.prefixLength().isPresent()
        || address.text().toLowerCase(Locale.ROOT).equals("localhost")) {
      return;
    }
    context.report(address.span(), "ntpd resolves `" + address.text() + "` once, at startup,"
        + " and keeps the addresses it had then (a name it cannot resolve yet is skipped)."
        + " Use `restrict source` for the servers this host uses, numeric addresses for"
        + " clients.");
  }
}

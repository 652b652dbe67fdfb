package dev.ntplint.rules.access;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.view.AccessEntry;
import dev.ntplint.view.AddressFamily;
import dev.ntplint.view.TimeServiceView;

/** NTP305: a server without rate limiting. */
public final class NoRateLimit extends BaseRule {

  public NoRateLimit() {
    super("NTP305", "no-rate-limit", Scope.CONFIGURATION, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.INFO)
        .category(Category.ACCESS)
        .tags("security")
        .summary("A server that answers clients without rate limiting")
        .description("""
            Without rate limiting a server answers every request: one misconfigured client \
            polling in a loop, or spoofed requests used to flood a victim with replies, cost it \
            as much as the attacker wants. chrony's `ratelimit` (and ntpd's `restrict ... \
            limited` with `discard`) drops requests from an address that polls too often, and \
            with `kod` tells well-behaved clients to slow down.

            Reported as info for a server of some networks, and as a warning when the server is \
            open to every address. chrony: add `ratelimit interval 3 burst 8` (chronyd's defaults \
            once enabled); ntpd: add `limited kod` to the `restrict` lines that let clients in \
            (the rate is set by `discard`, classic, or `limit`, NTPsec).""");
  }

  @Override
  public void check(RuleContext context) {
    TimeServiceView view = context.view();
    if (!view.servesClients() || !view.rateLimits().isEmpty()) {
      return;
    }
    boolean open = view.clientAccess().allowsEverything(AddressFamily.IPV4)
        || view.clientAccess().allowsEverything(AddressFamily.IPV6);
    for (AccessEntry e : view.clientAccess().allowEntries()) {
      if (!e.builtIn() && view.clientAccess().effective(e)) {
        context.report(open ? Severity.WARNING : Severity.INFO, e.syntax().get().span(),
            "this host serves time to " + (open ? "every address" : "clients") + " without rate"
                + " limiting. " + (context.dialect() == Dialect.CHRONY
                    ? "Add `ratelimit interval 3 burst 8`." : "Add `limited kod` to this line."),
            java.util.Optional.empty());
        return;
      }
    }
  }
}

package dev.ntplint.rules.access;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.model.Setting;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.view.chrony.ChronyViewBuilder;
import java.net.InetAddress;
import java.util.Optional;

/** NTP304: the command port bound to every interface. */
public final class BindcmdaddressWildcard extends BaseRule {

  public BindcmdaddressWildcard() {
    super("NTP304", "bindcmdaddress-wildcard", Scope.DIRECTIVE, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.ACCESS)
        .tags("security")
        .summary("The command port listening on every interface")
        .description("""
            By default chronyd's command port (UDP 323) listens on 127.0.0.1 and ::1 only. \
            `bindcmdaddress 0.0.0.0` or `bindcmdaddress ::` makes it listen on every interface: \
            together with `cmdallow` other hosts can query the daemon, and even without it the \
            port is reachable and answers (with refusals). ntp2chrony writes these lines when it \
            converts an ntp.conf without `noquery`, which is how many hosts got them.

            Remove the line, or bind to one internal address.""");
  }

  @Override
  public void check(RuleContext context) {
    for (Setting s : ChronyFacts.settings(context, ChronyDirectiveKind.BINDCMDADDRESS)) {
      String value = s.text();
      Optional<InetAddress> address = ChronyViewBuilder.numericAddress(value);
      if (address.isPresent() && address.get().isAnyLocalAddress()) {
        context.report(s.syntax().span(), "the command port listens on every "
            + (value.contains(":") ? "IPv6" : "IPv4") + " interface (" + value + "). Remove the"
            + " line or bind to an internal address.");
      }
    }
  }
}

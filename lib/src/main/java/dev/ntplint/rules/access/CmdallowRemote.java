package dev.ntplint.rules.access;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.view.AccessEntry;
import dev.ntplint.view.AccessPolicy;
import dev.ntplint.view.AddressRange;

/** NTP303: cmdallow beyond localhost. */
public final class CmdallowRemote extends BaseRule {

  public CmdallowRemote() {
    super("NTP303", "cmdallow-remote", Scope.DIRECTIVE, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.ACCESS)
        .tags("security")
        .summary("chronyc command access allowed from other hosts")
        .description("""
            chronyd answers monitoring commands (`chronyc sources`, `tracking`, `clients`...) on \
            UDP port 323 from localhost only. `cmdallow` opens that to other addresses: they can \
            read the server's state and its client list, and the port answers small requests \
            with larger replies. Remote monitoring is rarely needed — run `chronyc` on the host, \
            or over ssh.

            Remove the `cmdallow` lines for other hosts (they also need `bindcmdaddress` to \
            reach the port, see `bindcmdaddress-wildcard`).""");
  }

  @Override
  public void check(RuleContext context) {
    AccessPolicy policy = context.view().monitorAccess();
    for (AccessEntry e : policy.allowEntries()) {
      if (e.builtIn() || !policy.effective(e)) {
        continue;
      }
      boolean remote = e.ranges().isEmpty();
      for (AddressRange r : e.ranges()) {
        if (!r.isLoopback()) {
          remote = true;
        }
      }
      if (remote) {
        context.report(e.syntax().get().span(), "this gives command access (chronyc monitoring)"
            + " to " + e.describe() + ", beyond localhost. Remove it unless remote monitoring is"
            + " needed.");
      }
    }
  }
}

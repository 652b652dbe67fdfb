package dev.ntplint.rules.local;

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
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.view.AccessEntry;
import dev.ntplint.view.AddressFamily;
import dev.ntplint.view.AddressRange;
import dev.ntplint.view.SourceKind;
import dev.ntplint.view.TimeServiceView;
import java.util.List;
import java.util.Optional;

/** NTP102: a server role with no local-clock fallback. */
public final class MissingLocalFallback extends BaseRule {

  public MissingLocalFallback() {
    super("NTP102", "missing-local-fallback", Scope.CONFIGURATION, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.LOCAL_CLOCK)
        .tags("reliability")
        .fixable(Fixability.UNSAFE)
        .summary("A server (clients allowed, peers or broadcast) without a local-clock fallback")
        .description("""
            A host that other machines take time from — it allows clients, has peers, or \
            broadcasts — stops being a usable server when all its own sources become \
            unreachable: it soon reports itself unsynchronised, and its clients (which often \
            have no other source on an internal network) drift apart. A local-clock fallback \
            keeps serving the host's own clock, at a high stratum, until the sources come back: \
            chrony `local stratum 10` (add `orphan` in a group of servers that peer with each \
            other), ntpd orphan mode (`tos orphan 10`) or the LOCAL driver (`server 127.127.1.0` \
            with `fudge 127.127.1.0 stratum 10`).

            Not reported for a server open to every address (`allow` to the whole Internet): \
            serving a free-running clock to anyone who asks helps nobody.

            The fix (unsafe: it changes what clients get during an outage) adds `local stratum \
            10` — with `orphan` when the host has peers — after the directive that makes it a \
            server.""");
  }

  @Override
  public void check(RuleContext context) {
    TimeServiceView view = context.view();
    if (!view.serverRole() || view.localFallback().isPresent()) {
      return;
    }
    boolean peers = view.hasPeers();
    boolean open = view.clientAccess().allowsEverything(AddressFamily.IPV4)
        || view.clientAccess().allowsEverything(AddressFamily.IPV6);
    if (open && !peers && view.broadcasts().isEmpty()) {
      return;
    }
    DirectiveSyntax anchor = null;
    String role = null;
    for (AccessEntry e : view.clientAccess().allowEntries()) {
      if (!e.builtIn() && !onlyLoopback(e.ranges()) && view.clientAccess().effective(e)) {
        anchor = e.syntax().get();
        role = "allows clients (" + e.describe() + ")";
        break;
      }
    }
    if (anchor == null && peers) {
      anchor = view.sources(SourceKind.PEER).get(0).syntax();
      role = "has peers";
    }
    if (anchor == null && !view.broadcasts().isEmpty()) {
      anchor = view.broadcasts().get(0);
      role = "broadcasts time";
    }
    if (anchor == null) {
      return;
    }
    String directive = context.dialect() == Dialect.CHRONY
        ? "local stratum 10" + (peers ? " orphan" : "") : "tos orphan 10";
    final DirectiveSyntax at = anchor;
    Optional<Fix> fix = context.dialect() == Dialect.CHRONY
        ? context.fix(at.span().file(), "add `" + directive + "`", Fixability.UNSAFE,
            Edits.insertAfter(at, directive))
        : Optional.empty();
    context.report(at.span(), "this host " + role + " but has no local-clock fallback: when its"
        + " own sources are unreachable, the machines that take time from it lose their time"
        + " source. Add `" + directive + "`.", fix);
  }

  private static boolean onlyLoopback(List<AddressRange> ranges) {
    for (AddressRange r : ranges) {
      if (!r.isLoopback()) {
        return false;
      }
    }
    return true;
  }
}

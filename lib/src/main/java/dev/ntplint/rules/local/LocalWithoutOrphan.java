package dev.ntplint.rules.local;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.edit.Edits;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.view.LocalFallback;
import dev.ntplint.view.TimeServiceView;
import java.util.Optional;

/** NTP202: a local fallback without orphan in a group of peers. */
public final class LocalWithoutOrphan extends BaseRule {

  public LocalWithoutOrphan() {
    super("NTP202", "local-without-orphan", Scope.CONFIGURATION, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.LOCAL_CLOCK)
        .tags("reliability")
        .fixable(Fixability.UNSAFE)
        .summary("A local-clock fallback without orphan mode in a group of peers")
        .description("""
            Servers that peer with each other and all have a local-clock fallback should agree \
            on one clock when they lose their sources. Without orphan mode each of them serves \
            its own free-running clock at the same stratum, the peers see each other as equally \
            good and drift apart, and clients of different servers disagree. With orphan mode \
            (chrony `local ... orphan`, ntpd `tos orphan`) the group elects one server (the one \
            with the smallest reference id) and the others follow it.

            The fix adds `orphan` to chrony's `local` line (unsafe: it changes what the group \
            serves during an outage).""");
  }

  @Override
  public void check(RuleContext context) {
    TimeServiceView view = context.view();
    if (view.localFallback().isEmpty() || !view.hasPeers() || view.localFallback().get().orphan()) {
      return;
    }
    LocalFallback local = view.localFallback().get();
    context.report(local.syntax().span(), "this host has peers and a local-clock fallback without"
        + " orphan: when the group loses its sources each peer serves its own clock and they"
        + " drift apart. Add orphan so the peers follow one of them.",
        context.dialect() == Dialect.CHRONY
            ? context.fix(local.syntax().span().file(), "add orphan", Fixability.UNSAFE,
                Edits.addWords(local.syntax(), "orphan"))
            : Optional.empty());
  }
}

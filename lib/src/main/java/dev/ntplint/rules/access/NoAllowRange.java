package dev.ntplint.rules.access;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.view.LocalFallback;
import dev.ntplint.view.TimeServiceView;

/** NTP103: a local-clock fallback no client may reach. */
public final class NoAllowRange extends BaseRule {

  public NoAllowRange() {
    super("NTP103", "no-allow-range", Scope.CONFIGURATION, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.ACCESS)
        .summary("A local-clock fallback that no client may reach")
        .description("""
            A local-clock (or orphan) fallback exists to keep serving time to other machines. \
            But chronyd answers no NTP client unless an `allow` directive lets it in (and ntpd \
            none when `restrict default ignore`/`noserve` is not opened by a more specific \
            `restrict`), and this host has no peers or broadcast either: nobody can use the \
            fallback, which usually means the `allow` line was forgotten or is in a file that is \
            not included.

            Open the client networks (chrony: `allow 192.168.0.0/16`; ntpd: `restrict \
            192.168.0.0 mask 255.255.0.0 nomodify noquery`), or remove the fallback if the host \
            is only a client. Access for the host itself (`127.0.0.1`, `::1`) does not count.""");
  }

  @Override
  public void check(RuleContext context) {
    TimeServiceView view = context.view();
    if (view.localFallback().isEmpty() || view.serverRole()) {
      return;
    }
    LocalFallback local = view.localFallback().get();
    boolean chrony = context.dialect() == Dialect.CHRONY;
    String how = chrony ? "chronyd answers no client without an `allow` directive"
        : "the restrict lines let no client in";
    String example = chrony ? "allow 192.168.0.0/16"
        : "restrict 192.168.0.0 mask 255.255.0.0 nomodify noquery";
    context.report(local.syntax().span(), "this local-clock fallback serves nobody: " + how
        + ", and the host has no peers or broadcast. Allow the client networks (e.g. `"
        + example + "`) or remove the fallback.");
  }
}

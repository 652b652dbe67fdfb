package dev.ntplint.rules.discipline;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.view.TimeSource;

/** NTP412: NTS sources without ntsdumpdir. */
public final class NtsWithoutDumpdir extends BaseRule {

  public NtsWithoutDumpdir() {
    super("NTP412", "nts-without-dumpdir", Scope.CONFIGURATION, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.INFO)
        .category(Category.DISCIPLINE)
        .tags("startup")
        .summary("NTS sources without ntsdumpdir: a new key exchange after every restart")
        .description("""
            An NTS client gets keys and cookies from the server's NTS-KE service (a TLS \
            connection) before it can send authenticated NTP requests. With `ntsdumpdir`, \
            chronyd saves them and uses them again after a restart; without it, every start \
            needs a new key exchange, which delays the first synchronisation and fails while the \
            NTS-KE server is unreachable. Add `ntsdumpdir /var/lib/chrony`.""");
  }

  @Override
  public void check(RuleContext context) {
    if (ChronyFacts.has(context, ChronyDirectiveKind.NTSDUMPDIR)
        || ChronyFacts.has(context, ChronyDirectiveKind.NTSCACHEDIR)) {
      return;
    }
    for (TimeSource s : context.view().sources()) {
      if (s.nts()) {
        context.report(s.span(), s.address() + " uses NTS but there is no ntsdumpdir: every restart"
            + " needs a new NTS key exchange. Add `ntsdumpdir /var/lib/chrony`.");
        return;
      }
    }
  }
}

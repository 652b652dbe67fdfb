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
import dev.ntplint.rules.SourceJudge;
import dev.ntplint.rules.TimeSourceRule;
import dev.ntplint.view.TimeSource;

/** NTP412: NTS sources without ntsdumpdir. */
public final class NtsWithoutDumpdir extends BaseRule implements TimeSourceRule {

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
  public SourceJudge sourceJudge(RuleContext context) {
    return new FirstNtsSource(context);
  }

  /** Reports the first source that uses NTS, unless a directory keeps the NTS keys. */
  private static final class FirstNtsSource implements SourceJudge {
    private final RuleContext context;
    /** True when there is nothing (more) to report: a directory is set, or one source reported. */
    private boolean done;

    FirstNtsSource(RuleContext context) {
      this.context = context;
      this.done = ChronyFacts.has(context, ChronyDirectiveKind.NTSDUMPDIR)
          || ChronyFacts.has(context, ChronyDirectiveKind.NTSCACHEDIR);
    }

    @Override
    public void judge(TimeSource s, boolean kept) {
      if (done || !s.nts()) {
        return;
      }
      done = true;
      context.report(s.span(), s.address() + " uses NTS but there is no ntsdumpdir: every restart"
          + " needs a new NTS key exchange. Add `ntsdumpdir /var/lib/chrony`.");
    }
  }
}

package dev.ntplint.rules.refclocks;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.ntp.model.Association;
import dev.ntplint.ntp.model.Fudge;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Refclock;
import dev.ntplint.ntp.model.RefclockAddress;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.DirectiveJudge;
import dev.ntplint.rules.NtpDirectiveRule;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** NTP506: a fudge line for a reference clock that no server or refclock line configures. */
public final class FudgeWithoutRefclock extends BaseRule implements NtpDirectiveRule {

  public FudgeWithoutRefclock() {
    super("NTP506", "fudge-without-refclock", Scope.CONFIGURATION, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.REFCLOCKS)
        .summary("A fudge for a reference clock that is not configured")
        .description("""
            `fudge 127.127.T.U ...` calibrates a reference clock that a `server 127.127.T.U` \
            line (or, in NTPsec, `refclock NAME unit U`) configures. ntpd applies the fudge \
            lines after the associations, whatever their order in the file, and looks up the \
            running clock with that address; when there is none it silently skips the line. \
            So a fudge without its server line does nothing, and usually means a typo in the \
            type or unit number (`127.127.28.0` against `127.127.28.1`), or a server line \
            that was removed or commented out while its fudge stayed.

            Correct the address, add the missing `server` (or `refclock`) line, or remove the \
            fudge. There is no automatic fix: the rule cannot tell which of these was meant.""");
  }

  @Override
  public List<Class<? extends NtpDirective>> judgedFamilies() {
    return FAMILIES;
  }

  private static final List<Class<? extends NtpDirective>> FAMILIES =
      List.of(Association.class, Refclock.class, Fudge.class);

  @Override
  public DirectiveJudge<NtpDirective> judge(RuleContext context) {
    return new ClockJudge(context);
  }

  /**
   * Compares by type and unit (the driver table entry follows from the type). A fudge whose clock
   * is configured before it is settled when it is shown; only the others wait for the end, so a
   * large file's fudges are not read again after the walk (issue 8, P4).
   */
  private static final class ClockJudge implements DirectiveJudge<NtpDirective> {
    private final RuleContext context;
    private final Set<String> configured = new HashSet<>();
    private final List<Fudge> unsettled = new ArrayList<>();

    ClockJudge(RuleContext context) {
      this.context = context;
    }

    @Override
    public void judge(NtpDirective d) {
      if (d instanceof Association a) {
        if (a.refclock().isPresent()) {
          configured.add(a.refclock().get().address());
        }
      } else if (d instanceof Refclock r) {
        if (r.address().isPresent()) {
          configured.add(r.address().get().address());
        }
      } else if (d instanceof Fudge fudge && fudge.refclock().isPresent()
          && !configured.contains(fudge.refclock().get().address())) {
        unsettled.add(fudge);
      }
    }

    @Override
    public void finish() {
      for (Fudge fudge : unsettled) {
        RefclockAddress clock = fudge.refclock().get();
        if (configured.contains(clock.address())) {
          continue;
        }
        context.report(fudge.address().span(), "no server line configures the reference clock "
            + clock.address() + (clock.driver().isPresent()
                ? " (" + clock.driver().get().description() + ")" : "")
            + ": ntpd skips this fudge without a word. Correct the address, add `server "
            + clock.address() + "`, or remove the fudge.");
      }
    }
  }
}

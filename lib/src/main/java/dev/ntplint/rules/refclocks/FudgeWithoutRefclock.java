package dev.ntplint.rules.refclocks;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.ntp.model.Association;
import dev.ntplint.ntp.model.Fudge;
import dev.ntplint.ntp.model.Refclock;
import dev.ntplint.ntp.model.RefclockAddress;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.NtpFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import java.util.HashSet;
import java.util.Set;

/** NTP506: a fudge line for a reference clock that no server or refclock line configures. */
public final class FudgeWithoutRefclock extends BaseRule {

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
  public void check(RuleContext context) {
    // Compared by type and unit: the driver table entry follows from the type. Only the families
    // it judges: two visits of every directive were memory-bound walks of a large file (issue 8).
    Set<String> configured = new HashSet<>();
    for (Association a : NtpFacts.directives(context, Association.class)) {
      if (a.refclock().isPresent()) {
        configured.add(a.refclock().get().address());
      }
    }
    for (Refclock r : NtpFacts.directives(context, Refclock.class)) {
      if (r.address().isPresent()) {
        configured.add(r.address().get().address());
      }
    }
    for (Fudge fudge : NtpFacts.directives(context, Fudge.class)) {
      if (fudge.refclock().isPresent() && !configured.contains(fudge.refclock().get().address())) {
        RefclockAddress clock = fudge.refclock().get();
        context.report(fudge.address().span(), "no server line configures the reference clock "
            + clock.address() + (clock.driver().isPresent()
                ? " (" + clock.driver().get().description() + ")" : "")
            + ": ntpd skips this fudge without a word. Correct the address, add `server "
            + clock.address() + "`, or remove the fudge.");
      }
    }
  }

}

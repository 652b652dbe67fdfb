package dev.ntplint.rules.access;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.source.Word;
import dev.ntplint.view.AccessEntry;
import dev.ntplint.view.AccessPolicy;
import dev.ntplint.view.AddressRange;

/** NTP301: time service open to every address. */
public final class AllowAll extends BaseRule {

  public AllowAll() {
    super("NTP301", "allow-all", Scope.DIRECTIVE, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.ACCESS)
        .tags("security")
        .summary("Time service open to every address")
        .description("""
            `allow` without an address, `allow all`, `allow 0/0` or `allow ::/0` lets every \
            host on the Internet use this server (ntpd serves everyone unless `restrict default` \
            says otherwise). That is right for a public server — which then wants rate limiting \
            — but usually a host only serves its own networks, and an open server is found and \
            used (or abused for traffic) within days.

            Allow the client networks instead (`allow 192.168.0.0/16`, `allow 2001:db8::/32`), \
            or switch this rule off for public servers.

            In ntp.conf, `restrict default` sets ntpd's baseline (open unless it says `ignore` \
            or `noserve`, as ntpd is by design); it is judged by the rules about `restrict \
            default` and rate limiting. This rule reports an explicit entry for every address \
            (`restrict 0.0.0.0 mask 0.0.0.0`, `restrict ::/0`) that reopens time service.""");
  }

  @Override
  public void check(RuleContext context) {
    AccessPolicy policy = context.view().clientAccess();
    // Only the written allow rules for a whole family: a walk of every entry fetched each back
    // from memory on a large file (issue 8, P4).
    for (int i : policy.writtenAllowsOfEverything()) {
      AccessEntry e = policy.entries().get(i);
      if (isNtpDefault(context, e)) {
        continue;
      }
      boolean stillOpen = false;
      for (AddressRange r : e.ranges()) {
        if (r.isEverything() && policy.allowsEverything(r.family())) {
          stillOpen = true;
        }
      }
      if (stillOpen) {
        context.report(e.syntax().get().span(), "this opens time service to every address ("
            + e.describe() + ")" + (context.view().rateLimits().isEmpty()
                ? ", without rate limiting" : "") + ". Allow only the client networks.");
      }
    }
  }

  /** {@code restrict [-4|-6] default ...}: ntpd's baseline, not an opening. */
  private static boolean isNtpDefault(RuleContext context, AccessEntry e) {
    if (context.dialect() != Dialect.NTP) {
      return false;
    }
    for (Word w : e.syntax().get().arguments()) {
      if (w.text().equals("default")) {
        return true;
      }
    }
    return false;
  }
}

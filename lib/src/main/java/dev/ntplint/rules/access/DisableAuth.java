package dev.ntplint.rules.access;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.ntp.catalog.SystemFlag;
import dev.ntplint.ntp.model.Option;
import dev.ntplint.ntp.model.SystemFlags;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.NtpFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;

/** NTP314: classic {@code disable auth}: unauthenticated hosts may mobilize associations. */
public final class DisableAuth extends BaseRule {

  public DisableAuth() {
    super("NTP314", "disable-auth", Scope.DIRECTIVE, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.ACCESS)
        .tags("security")
        .fixable(Fixability.UNSAFE)
        .summary("disable auth lets unauthenticated hosts set up associations")
        .description("""
            With `enable auth`, classic ntpd's default, a remote host can only make ntpd set up \
            a new association (a symmetric passive peer answering its symmetric active \
            packets, a broadcast client) when its packets are authenticated with a trusted key. \
            `disable auth` drops that requirement: any host that can reach the server may \
            become a peer and, if it looks better than the configured servers, steer this \
            host's clock. ntpd applies every `disable` after every `enable`, so a separate \
            `enable auth` does not undo it. NTPsec has no `auth` flag (a syntax error there).

            Remove `auth` from the `disable` line (the whole line when it is the only flag); \
            peers that need to mobilize associations should use symmetric keys (`keys`, \
            `trustedkey`, `peer ... key N`). Restricting who may peer (`restrict default \
            nopeer` in classic ntpd) is a second line of defence. The fix is unsafe because \
            unauthenticated peers that relied on this stop being accepted.""");
  }

  @Override
  public void check(RuleContext context) {
    for (SystemFlags line : NtpFacts.directives(context, SystemFlags.class)) {
      if (line.enable()) {
        continue;
      }
      for (Option<SystemFlag> flag : line.flags()) {
        if (flag.kind() == SystemFlag.AUTH) {
          context.report(flag.span(), "`disable auth` lets any host that reaches classic ntpd"
              + " set up an association with it without a trusted key (a symmetric peer that"
              + " can steer the clock). Remove it; authenticate peers with keys instead.",
              context.fix(line.syntax().span().file(), "remove auth", Fixability.UNSAFE,
                  NtpFacts.removingFlag(line.syntax(), line.flags(), flag)));
        }
      }
    }
  }
}

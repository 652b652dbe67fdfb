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
import java.util.List;

/** NTP312: classic {@code enable mode7}, which turns ntpdc's mode 7 protocol back on. */
public final class EnableMode7 extends BaseRule {

  public EnableMode7() {
    super("NTP312", "enable-mode7", Scope.CONFIGURATION, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.ERROR)
        .category(Category.ACCESS)
        .tags("security")
        .fixable(Fixability.UNSAFE)
        .summary("enable mode7 turns the mode 7 (ntpdc) protocol back on")
        .description("""
            Mode 7 ("private") messages are the protocol of `ntpdc`. Its `monlist` request was \
            the amplifier of the CVE-2013-5211 attacks, and the mode 7 code has a long list of \
            further vulnerabilities. Classic ntpd 4.2.7p26 dropped monlist, and ntpd 4.2.8 \
            ignores every mode 7 message unless the file says `enable mode7`; `ntpq` (mode 6) \
            does everything `ntpdc` did. NTPsec has no mode 7 at all and rejects `mode7` as a \
            syntax error.

            Remove `mode7` from the `enable` line (the whole line when it is the only flag). \
            ntpd applies every `disable` after every `enable`, so a `disable mode7` anywhere \
            in the configuration also turns it off; the rule then stays quiet. The fix is \
            unsafe because scripts that still call `ntpdc` stop getting answers.""");
  }

  @Override
  public void check(RuleContext context) {
    List<SystemFlags> lines = NtpFacts.directives(context, SystemFlags.class);
    for (SystemFlags line : lines) {
      if (!line.enable() && line.has(SystemFlag.MODE7)) {
        return;
      }
    }
    for (SystemFlags line : lines) {
      if (!line.enable()) {
        continue;
      }
      for (Option<SystemFlag> flag : line.flags()) {
        if (flag.kind() != SystemFlag.MODE7) {
          continue;
        }
        context.report(flag.span(), "`enable mode7` makes classic ntpd answer ntpdc's mode 7"
            + " requests again, a protocol with a history of amplification and other"
            + " vulnerabilities (NTPsec rejects the keyword). Remove it and use ntpq.",
            context.fix(line.syntax().span().file(), "remove mode7", Fixability.UNSAFE,
                NtpFacts.removingFlag(line.syntax(), line.flags(), flag)));
      }
    }
  }
}

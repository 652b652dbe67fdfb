package dev.ntplint.rules.access;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.ntp.catalog.AssociationOption;
import dev.ntplint.ntp.model.Association;
import dev.ntplint.ntp.model.Crypto;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Option;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.NtpDirectiveRule;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import java.util.List;
import java.util.Optional;

/** NTP315: Autokey ({@code crypto}, the {@code autokey} association option). */
public final class Autokey extends BaseRule implements NtpDirectiveRule.Each {

  public Autokey() {
    super("NTP315", "autokey", Scope.DIRECTIVE, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.ACCESS)
        .tags("security")
        .summary("Autokey (crypto, autokey): a broken public-key scheme NTPsec removed")
        .description("""
            Autokey (RFC 5906) is classic ntpd's public-key authentication: `crypto` sets it \
            up and the `autokey` option of `server`/`peer` uses it. An analysis of the protocol \
            (S. Röttger, 2012) showed that the 32-bit cookie protecting a client's packets can \
            be found by brute force from one captured exchange, after which an attacker can \
            forge authenticated time; ntpd's Autokey code has also had several \
            vulnerabilities of its own. RFC 5906 remained Informational, and NTPsec removed \
            Autokey entirely: `crypto` and `autokey` are syntax errors there.

            Use symmetric keys instead (`keys`, `trustedkey`, `server ... key N`, with a \
            SHA1 or AES-CMAC key shared with the server), or Network Time Security \
            (`server ... nts` in NTPsec, or chrony). There is no automatic fix: keys have to \
            be exchanged with the server's operator.""");
  }

  @Override
  public List<Class<? extends NtpDirective>> judgedFamilies() {
    return FAMILIES;
  }

  private static final List<Class<? extends NtpDirective>> FAMILIES =
      List.of(Crypto.class, Association.class);

  @Override
  public void judge(RuleContext context, NtpDirective directive) {
    if (directive instanceof Crypto crypto) {
      context.report(crypto.syntax().span(), "`crypto` sets up Autokey, whose protocol is"
          + " known to be breakable (NTPsec removed it). Use symmetric keys or NTS instead.");
    } else if (directive instanceof Association a) {
      Optional<Option<AssociationOption>> autokey = a.option(AssociationOption.AUTOKEY);
      if (autokey.isPresent()) {
        context.report(autokey.get().span(), "Autokey authentication of " + a.address().text()
            + " is known to be breakable (NTPsec removed it). Use a symmetric key (`key N`) or"
            + " NTS instead.");
      }
    }
  }
}

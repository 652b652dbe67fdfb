package dev.ntplint.rules.access;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.view.KeyEntry;
import dev.ntplint.view.KeyFile;

/** NTP308: keys shorter than 80 bits, or MD5 keys. */
public final class WeakKey extends BaseRule {

  /** chronyd warns about keys shorter than this (keys.c MIN_SECURE_KEY_LENGTH, 10 bytes). */
  static final int MIN_BITS = 80;

  public WeakKey() {
    super("NTP308", "weak-key", Scope.DIRECTIVE, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.ACCESS)
        .tags("security")
        .summary("A symmetric key that is too short or uses MD5")
        .description("""
            A symmetric key authenticates the time a host accepts: anyone who can guess or \
            brute-force it can feed the host a wrong time. chronyd warns about keys shorter than \
            80 bits (`Key N is too short`), and MD5 — the default type when a key line has none — \
            is no longer a sound MAC. Use at least 128 random bits with a modern type: `AES128`, \
            or `SHA256` and up (`chronyc keygen 1 SHA256 256`).

            Checked when the keys file can be read (on this machine, or under `--root`); the \
            finding points at the key's line in the keys file.""");
  }

  @Override
  public void check(RuleContext context) {
    if (context.view().keyFile().isEmpty()) {
      return;
    }
    KeyFile keys = context.view().keyFile().get();
    for (KeyEntry k : keys.keys()) {
      if (k.bits() < MIN_BITS) {
        context.report(k.span(), "key " + k.id() + " has only " + k.bits() + " bits"
            + (context.dialect() == Dialect.CHRONY ? ": chronyd warns that it is too short" : "")
            + "; use at least 128 random bits.");
      } else if (k.type().equals("MD5") || k.type().equals("M")) {
        context.report(k.span(), "key " + k.id() + " uses MD5"
            + (k.span().text().split("\\s+").length == 2 ? " (the default type when none is given)" : "")
            + ", which is no longer a sound MAC; use AES128 or SHA256.");
      }
    }
  }
}

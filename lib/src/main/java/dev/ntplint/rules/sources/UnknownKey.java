package dev.ntplint.rules.sources;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.rules.TimeSourceRule;
import dev.ntplint.view.KeyFile;
import dev.ntplint.view.TimeSource;
import java.util.Optional;

/** NTP118: key N with no keys file, or a keys file without key N. */
public final class UnknownKey extends BaseRule implements TimeSourceRule.Each {

  public UnknownKey() {
    super("NTP118", "unknown-key", Scope.DIRECTIVE, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.ERROR)
        .category(Category.SOURCES)
        .tags("security", "reliability")
        .summary("A source authenticated with a key the daemon does not have")
        .description("""
            `key N` makes every packet to and from the source carry a MAC computed with key N of \
            the keys file. When there is no keys file, or it has no key N, chronyd logs a warning \
            and the source's replies can never be authenticated: the source is never used.

            Reported when the configuration names no keys file at all (not for a fragment linted \
            alone: its main file may name one), and when the keys file could be read (on this \
            machine, or under `--root`) and lacks the key. A keys file that cannot be read is not \
            guessed about.""");
  }

  @Override
  public void judge(RuleContext context, TimeSource s, boolean kept) {
    if (s.key().isEmpty()) {
      return;
    }
    Optional<KeyFile> keys = context.view().keyFile();
    String keyDirective = context.dialect() == Dialect.CHRONY ? "keyfile" : "keys";
    long id = s.key().getAsLong();
    if (keys.isEmpty()) {
      if (!context.wholeConfiguration()) {
        return;
      }
      context.report(s.span(), s.address() + " uses key " + id + " but no " + keyDirective
          + " is configured: its packets can never be authenticated, so it is never used.");
    } else if (keys.get().readable() && keys.get().key(id).isEmpty()) {
      context.report(s.span(), s.address() + " uses key " + id + ", which "
          + keys.get().setting().value() + " does not define: its packets can never be"
          + " authenticated, so it is never used.");
    }
  }
}

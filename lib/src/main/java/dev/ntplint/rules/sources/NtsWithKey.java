package dev.ntplint.rules.sources;

import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.chrony.model.NtpSource;
import dev.ntplint.chrony.model.SourceType;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;

/** NTP120: nts and key on one source: the key is not used. */
public final class NtsWithKey extends BaseRule {

  public NtsWithKey() {
    super("NTP120", "nts-with-key", Scope.DIRECTIVE, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.INFO)
        .category(Category.SOURCES)
        .tags("security")
        .summary("A source with both nts and key: the key is not used")
        .description("""
            A source can be authenticated with NTS or with a symmetric key, not both. When a \
            `server` or `pool` line has `nts` and `key`, chronyd uses NTS and ignores the key; \
            the line suggests a fallback that does not exist. Keep one of the two.""");
  }

  @Override
  public void check(RuleContext context) {
    // The key chronyd reads is a line's last; the shared option table says which lines also have
    // nts, so only those lines are visited (issue 8, P3).
    ChronyFacts.SourceOptions options = ChronyFacts.sourceOptions(context);
    for (int i = 0; i < options.count(SourceOption.KEY); i++) {
      if (!options.lastOnItsLine(SourceOption.KEY, i)
          || !options.lineHas(SourceOption.KEY, i, SourceOption.NTS)) {
        continue;
      }
      NtpSource s = options.source(SourceOption.KEY, i);
      if (s.type() != SourceType.PEER) {
        context.report(options.option(SourceOption.KEY, i).span(), s.host().text() + " has both nts"
            + " and key: chronyd uses NTS and ignores the key. Keep one of them.");
      }
    }
  }
}

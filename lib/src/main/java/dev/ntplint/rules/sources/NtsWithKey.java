package dev.ntplint.rules.sources;

import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.NtpSource;
import dev.ntplint.chrony.model.Option;
import dev.ntplint.chrony.model.SourceType;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import java.util.List;

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
    for (ChronyDirective d : ChronyFacts.everyDirective(context)) {
      if (!(d instanceof NtpSource s) || s.type() == SourceType.PEER) {
        continue;
      }
      // One pass over the options for both (the last key is the one chronyd reads), not a scan
      // per option asked for (issue 8, P3).
      boolean nts = false;
      Option<SourceOption> key = null;
      List<Option<SourceOption>> options = s.options();
      for (int i = 0; i < options.size(); i++) {
        Option<SourceOption> option = options.get(i);
        if (option.kind() == SourceOption.NTS) {
          nts = true;
        } else if (option.kind() == SourceOption.KEY) {
          key = option;
        }
      }
      if (nts && key != null) {
        context.report(key.span(), s.host().text() + " has both nts"
            + " and key: chronyd uses NTS and ignores the key. Keep one of them.");
      }
    }
  }
}

package dev.ntplint.rules.sources;

import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.chrony.model.NtpSource;
import dev.ntplint.chrony.model.Option;
import dev.ntplint.chrony.model.SourceType;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.edit.Edits;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.source.Span;
import java.util.Locale;

/** NTP116: maxsources on a server or peer, or above 16 on a pool. */
public final class MaxsourcesIgnored extends BaseRule {

  public MaxsourcesIgnored() {
    super("NTP116", "maxsources-ignored", Scope.DIRECTIVE, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.SOURCES)
        .fixable(Fixability.SAFE)
        .summary("maxsources where chronyd ignores or clamps it")
        .description("""
            `maxsources` is how many servers of a `pool` chronyd uses. On `server` and `peer` \
            lines chronyd accepts it and ignores it (a server is one source); on a pool, chronyd \
            clamps it to 1..16 when it starts, so `maxsources 20` gives 16 sources.

            The fix removes `maxsources` from a server or peer line (it has no effect there).""");
  }

  @Override
  public void check(RuleContext context) {
    // Only the lines with maxsources, from the shared option table (issue 8, P3).
    ChronyFacts.SourceOptions options = ChronyFacts.sourceOptions(context);
    for (int i = 0; i < options.count(SourceOption.MAXSOURCES); i++) {
      NtpSource s = options.source(SourceOption.MAXSOURCES, i);
      if (s.type() != SourceType.POOL) {
        Option<SourceOption> o = options.option(SourceOption.MAXSOURCES, i);
        context.report(o.span(), "maxsources has no effect on a "
            + s.type().name().toLowerCase(Locale.ROOT) + " line (it counts the servers of a"
            + " pool); chronyd ignores it.",
            context.fix(s.span().file(), "remove maxsources", Fixability.SAFE,
                Edits.removeWords(s.syntax(), o.span())));
      } else if (options.isInteger(SourceOption.MAXSOURCES, i)
          && options.integer(SourceOption.MAXSOURCES, i) > 16) {
        long value = options.integer(SourceOption.MAXSOURCES, i);
        Span span = options.option(SourceOption.MAXSOURCES, i).value().orElseThrow().span();
        context.report(span, "maxsources " + value + " is above 16: chronyd uses at"
            + " most 16 servers of a pool.");
      }
    }
  }
}

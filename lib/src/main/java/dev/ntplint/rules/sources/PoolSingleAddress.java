package dev.ntplint.rules.sources;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.edit.Edits;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.rules.TimeSourceRule;
import dev.ntplint.view.SourceKind;
import dev.ntplint.view.TimeSource;
import dev.ntplint.view.chrony.ChronyViewBuilder;

/** NTP121: a pool of one numeric address. */
public final class PoolSingleAddress extends BaseRule implements TimeSourceRule.Each {

  public PoolSingleAddress() {
    super("NTP121", "pool-single-address", Scope.DIRECTIVE, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.SOURCES)
        .tags("reliability")
        .fixable(Fixability.SAFE)
        .summary("A pool of a numeric address, which is one server")
        .description("""
            `pool` takes a DNS name that resolves to many servers and uses several of them \
            (`maxsources`). A numeric address resolves to itself: the pool is one server, and \
            the configuration has fewer sources than `pool` suggests (`single-source` counts it \
            as one). `maxsources` and the replacement of unreachable pool servers do nothing.

            The fix writes `server` instead of `pool` (the daemon does the same either way).""");
  }

  @Override
  public void judge(RuleContext context, TimeSource s, boolean kept) {
    if (s.kind() == SourceKind.POOL
        && ChronyViewBuilder.numericAddress(s.address()).isPresent()) {
      context.report(s.addressSpan(), "pool " + s.address() + " is one server: a"
          + " numeric address does not resolve to several. Use `server`, or a pool name.",
          context.fix(s.span().file(), "write server instead of pool", Fixability.SAFE,
              Edits.replaceWord(s.syntax().name(), "server")));
    }
  }
}

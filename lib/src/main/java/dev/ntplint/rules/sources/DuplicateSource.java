package dev.ntplint.rules.sources;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.Fixability;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.view.TimeSource;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** NTP110: the same host configured twice. */
public final class DuplicateSource extends BaseRule {

  public DuplicateSource() {
    super("NTP110", "duplicate-source", Scope.DIRECTIVE, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.SOURCES)
        .tags("reliability")
        .fixable(Fixability.SAFE)
        .summary("The same time source is configured twice")
        .description("""
            Two `server`/`pool`/`peer` lines name the same host. chronyd adds the first and \
            refuses the second (`Could not add source ... Already in use`, logged only), so the \
            second line and its options do nothing, and the configuration has one source fewer \
            than it seems (`single-source` counts what is really there). This happens across \
            files too: a host in chrony.conf and again in a `.sources` file of `sourcedir`.

            The fix removes the later line, which chronyd ignores anyway; merge its options into \
            the first one by hand if they were meant.""");
  }

  @Override
  public void check(RuleContext context) {
    Map<String, TimeSource> seen = new HashMap<>();
    for (TimeSource s : context.view().sources()) {
      if (!s.kind().network()) {
        continue;
      }
      String key = s.address().toLowerCase(Locale.ROOT);
      TimeSource first = seen.putIfAbsent(key, s);
      if (first == null) {
        continue;
      }
      context.report(s.addressWord().span(), s.address() + " is already configured at "
          + ChronyFacts.at(first.span()) + "; the daemon ignores this second " + s.kind().name()
              .toLowerCase(Locale.ROOT) + " line (Already in use). Remove it.",
          context.fix(s.span().file(), "remove the duplicate line", Fixability.SAFE,
              e -> e.removeDirective(s.syntax())));
    }
  }
}

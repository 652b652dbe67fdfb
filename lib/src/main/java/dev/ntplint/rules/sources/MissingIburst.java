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
import java.util.Locale;

/** NTP117: server or pool without iburst. */
public final class MissingIburst extends BaseRule implements TimeSourceRule.Each {

  public MissingIburst() {
    super("NTP117", "missing-iburst", Scope.DIRECTIVE, Dialect.CHRONY, Dialect.NTP);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.INFO)
        .category(Category.SOURCES)
        .tags("startup")
        .fixable(Fixability.SAFE)
        .summary("A server or pool without iburst")
        .description("""
            Without `iburst` the daemon sends one request per poll interval (64 s at first), so \
            it needs several minutes after a start or a reconnect before the clock is \
            synchronised. With `iburst` it sends a quick burst of requests when the source is \
            first used and has a time in seconds. The NTP Pool and both daemons' documentation \
            recommend it for `server` and `pool`; it is not used with `peer`.

            A line that the daemon ignores because an earlier one names the same address is left \
            to `duplicate-source`, whose fix removes it.

            The fix adds `iburst` at the end of the line.""");
  }

  @Override
  public void judge(RuleContext context, TimeSource s, boolean kept) {
    if (!kept || (s.kind() != SourceKind.SERVER && s.kind() != SourceKind.POOL) || s.iburst()) {
      return;
    }
    context.report(s.span(), s.kind().name().toLowerCase(Locale.ROOT) + " " + s.address()
        + " has no iburst: the first synchronisation takes minutes instead of seconds.",
        context.fix(s.span().file(), "add iburst", Fixability.SAFE,
            Edits.addWords(s.syntax(), "iburst")));
  }
}

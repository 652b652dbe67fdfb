package dev.ntplint.rules.sources;

import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.source.Span;

/** NTP115: minpoll/maxpoll values chronyd silently replaces when it starts. */
public final class PollClamped extends BaseRule {

  public PollClamped() {
    super("NTP115", "poll-clamped", Scope.DIRECTIVE, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.SOURCES)
        .summary("A minpoll or maxpoll value chronyd silently replaces")
        .description("""
            chronyd accepts any `minpoll`/`maxpoll` when it reads the file, but when it adds the \
            source it replaces values outside -7..24 without a message: a minpoll below -7 \
            becomes **6** (the default, not the smallest value), a maxpoll below -7 becomes 10, \
            and anything above 24 becomes 24 (ntp_core.c). The source is then polled at an \
            interval the file does not show.

            Use values from -7 to 24 (log2 seconds; -7 is 1/128 s, 24 is about 194 days).""");
  }

  @Override
  public void check(RuleContext context) {
    ChronyFacts.SourceOptions options = ChronyFacts.sourceOptions(context);
    check(context, options, SourceOption.MINPOLL, "minpoll", 6);
    check(context, options, SourceOption.MAXPOLL, "maxpoll", 10);
  }

  /**
   * Reports each line's last {@code kind} option (the one chronyd uses) if chronyd replaces its
   * value. The values are read from the shared option table: no source is visited for its options
   * (issue 8, P3).
   */
  private static void check(RuleContext context, ChronyFacts.SourceOptions options,
      SourceOption kind, String name, int lowReplacement) {
    for (int i = 0; i < options.count(kind); i++) {
      if (!options.lastOnItsLine(kind, i) || !options.isInteger(kind, i)) {
        continue;
      }
      long value = options.integer(kind, i);
      if (value >= -7 && value <= 24) {
        continue;
      }
      Span span = options.option(kind, i).value().orElseThrow().span();
      if (value < -7) {
        context.report(span, name + " " + value + " is below -7: chronyd silently uses "
            + lowReplacement + " instead (its default, not the smallest interval).");
      } else {
        context.report(span, name + " " + value + " is above 24: chronyd silently uses 24.");
      }
    }
  }
}

package dev.ntplint.rules.sources;

import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.NtpSource;
import dev.ntplint.chrony.model.Option;
import dev.ntplint.chrony.model.Value;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import java.util.Optional;

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
    for (ChronyDirective d : ChronyFacts.everyDirective(context)) {
      if (!(d instanceof NtpSource s)) {
        continue;
      }
      check(context, s.option(SourceOption.MINPOLL), "minpoll", 6);
      check(context, s.option(SourceOption.MAXPOLL), "maxpoll", 10);
    }
  }

  private static void check(RuleContext context, Optional<Option<SourceOption>> option, String name,
      int lowReplacement) {
    if (option.isEmpty() || !(option.get().value().orElse(null) instanceof Value.IntValue v)) {
      return;
    }
    long value = v.value();
    if (value < -7) {
      context.report(v.span(), name + " " + value + " is below -7: chronyd silently uses "
          + lowReplacement + " instead (its default, not the smallest interval).");
    } else if (value > 24) {
      context.report(v.span(), name + " " + value + " is above 24: chronyd silently uses 24.");
    }
  }
}

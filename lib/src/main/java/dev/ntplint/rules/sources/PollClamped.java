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
import java.util.List;

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
      // One pass over the options for both (the last of each is the one chronyd uses), not a
      // scan per option asked for (issue 8, P3).
      Option<SourceOption> minpoll = null;
      Option<SourceOption> maxpoll = null;
      List<Option<SourceOption>> options = s.options();
      for (int i = 0; i < options.size(); i++) {
        Option<SourceOption> option = options.get(i);
        if (option.kind() == SourceOption.MINPOLL) {
          minpoll = option;
        } else if (option.kind() == SourceOption.MAXPOLL) {
          maxpoll = option;
        }
      }
      check(context, minpoll, "minpoll", 6);
      check(context, maxpoll, "maxpoll", 10);
    }
  }

  /** Reports {@code option} (null when absent) if chronyd replaces its value. */
  private static void check(RuleContext context, Option<SourceOption> option, String name,
      int lowReplacement) {
    if (option == null || !(option.value().orElse(null) instanceof Value.IntValue v)) {
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

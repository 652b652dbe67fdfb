package dev.ntplint.rules.discipline;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.catalog.RateLimitOption;
import dev.ntplint.chrony.catalog.RefclockOption;
import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.Option;
import dev.ntplint.chrony.model.RateLimit;
import dev.ntplint.chrony.model.Refclock;
import dev.ntplint.chrony.model.Setting;
import dev.ntplint.chrony.model.Value;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyDirectiveRule;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.DirectiveJudge;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.source.Span;
import java.util.List;
import java.util.Optional;

/** NTP411: values chronyd silently clamps or ignores when it starts. */
public final class ValueClamped extends BaseRule implements ChronyDirectiveRule {

  public ValueClamped() {
    super("NTP411", "value-clamped", Scope.DIRECTIVE, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.DISCIPLINE)
        .summary("A value chronyd silently clamps or ignores when it starts")
        .description("""
            `chronyd -p` accepts these values, but when chronyd starts it quietly replaces them \
            with the nearest value it supports, or switches the feature off — the file then says \
            something the daemon does not do (chrony-spec §10.3):

            - `clockprecision` is clamped to 1e-9..1 s, `maxdrift` to 0..100000 ppm (chrony HEAD; \
            4.3 does not clamp it);
            - `smoothtime` with a maximum frequency or wander of 0 or less is disabled;
            - `broadcast` intervals are clamped to 1..2^24 s;
            - source options: `maxdelay` to 0..1000 s, `maxdelayratio` and `maxdelaydevratio` to \
            0..1e6, `maxdelayquant` (when above 0) to 0.05..0.95, `polltarget` to at least 1, \
            `version` to 1..4, `minstratum` 16 means 15;
            - refclock `rate` below 1 means 1;
            - `ratelimit`/`ntsratelimit`/`cmdratelimit`: `interval` to -19..12, `burst` to \
            1..255, `leak` to 1..4, `kod` to 0..4.

            (Poll intervals have their own rule, `poll-clamped`; pool sizes `maxsources-ignored`.) \
            Write the value chronyd really uses.""");
  }

  @Override
  public List<Class<? extends ChronyDirective>> judgedFamilies() {
    return List.of(Setting.class, Refclock.class, RateLimit.class);
  }

  @Override
  public DirectiveJudge<ChronyDirective> judge(RuleContext context) {
    return new Judge(context);
  }

  /**
   * Judges each setting, refclock and ratelimit while the linter's walk holds it (on a large file,
   * a walk of each family of its own fetched every directive back from memory; issue 8, P4), then
   * the sources' options from the shared option table, read in that same walk. The findings are
   * sorted into reading order by the linter.
   */
  private record Judge(RuleContext context) implements DirectiveJudge<ChronyDirective> {
    @Override
    public void judge(ChronyDirective d) {
      if (d instanceof Setting s) {
        setting(context, s);
      } else if (d instanceof Refclock r) {
        for (Option<RefclockOption> o : r.options()) {
          if (o.kind() == RefclockOption.RATE) {
            range(context, o, 1, Double.MAX_VALUE, null, "rate");
          }
        }
      } else if (d instanceof RateLimit r) {
        for (Option<RateLimitOption> o : r.options()) {
          switch (o.kind()) {
            case INTERVAL -> range(context, o, -19, 12, r, "interval");
            case BURST -> range(context, o, 1, 255, r, "burst");
            case LEAK -> range(context, o, 1, 4, r, "leak");
            case KOD -> range(context, o, 0, 4, r, "kod");
            default -> { }
          }
        }
      }
    }

    @Override
    public void finish() {
      ChronyFacts.SourceOptions options = ChronyFacts.sourceOptions(context);
      sourceRange(context, options, SourceOption.MAXDELAY, 0, 1000, "maxdelay");
      sourceRange(context, options, SourceOption.MAXDELAYRATIO, 0, 1e6, "maxdelayratio");
      sourceRange(context, options, SourceOption.MAXDELAYDEVRATIO, 0, 1e6, "maxdelaydevratio");
      sourceRange(context, options, SourceOption.MAXDELAYQUANT, 0.05, 0.95, "maxdelayquant");
      sourceRange(context, options, SourceOption.POLLTARGET, 1, Double.MAX_VALUE, "polltarget");
      sourceRange(context, options, SourceOption.VERSION, 1, 4, "version");
      sourceRange(context, options, SourceOption.MINSTRATUM, Double.NEGATIVE_INFINITY, 15,
          "minstratum");
    }
  }

  /**
   * Every {@code kind} option of the sources outside [min, max]; maxdelayquant only when positive
   * (chronyd ignores it otherwise). A value that is no number (text, NaN) is not judged.
   */
  private static void sourceRange(RuleContext context, ChronyFacts.SourceOptions options,
      SourceOption kind, double min, double max, String name) {
    for (int i = 0; i < options.count(kind); i++) {
      double value = options.number(kind, i);
      if (kind == SourceOption.MAXDELAYQUANT && !(value > 0)) {
        continue;
      }
      if (value < min || value > max) {
        report(context, options.option(kind, i).value().orElseThrow(), value, min, max, name);
      }
    }
  }

  private static void setting(RuleContext context, Setting s) {
    ChronyDirectiveKind kind = s.directive();
    if (kind == ChronyDirectiveKind.CLOCKPRECISION) {
      checkFirst(context, s, 1e-9, 1, "clockprecision");
    } else if (kind == ChronyDirectiveKind.MAXDRIFT
        && context.chronyTarget().atLeast(dev.ntplint.chrony.ChronyVersion.HEAD)) {
      checkFirst(context, s, 0, 100000, "maxdrift");
    } else if (kind == ChronyDirectiveKind.BROADCAST) {
      checkFirst(context, s, 1, 1 << 24, "broadcast interval");
    } else if (kind == ChronyDirectiveKind.SMOOTHTIME) {
      for (int i = 0; i < 2 && i < s.values().size(); i++) {
        Optional<Value> v = value(s, i);
        if (v.isPresent() && number(v.get()) <= 0) {
          context.report(v.get().span(), "smoothtime with a maximum " + (i == 0 ? "frequency"
              : "wander") + " of " + v.get().span().text() + ": chronyd silently disables"
              + " smoothing.");
          return;
        }
      }
    }
  }

  private static void checkFirst(RuleContext context, Setting s, double min, double max,
      String name) {
    Optional<Value> v = value(s, 0);
    if (v.isPresent()) {
      check(context, v.get(), min, max, name);
    }
  }

  private static Optional<Value> value(Setting s, int index) {
    if (index >= s.values().size()) {
      return Optional.empty();
    }
    Value v = s.value(index);
    return v instanceof Value.TextValue ? Optional.empty() : Optional.of(v);
  }

  private static double number(Value v) {
    return v instanceof Value.DoubleValue d ? d.value() : ((Value.IntValue) v).value();
  }

  /**
   * Reports {@code o} when its number is outside [min, max], named {@code option} after its
   * directive's name ({@code owner}, when not null). The name is made only for a report: a string
   * per ratelimit option showed in the profile of a large file (issue 8, P3).
   */
  private static void range(RuleContext context, Option<?> o, double min, double max,
      ChronyDirective owner, String option) {
    Value v = o.valueOrNull();
    if (v != null && !(v instanceof Value.TextValue)) {
      double value = number(v);
      // NaN is no number: not judged (both comparisons are false).
      if (value < min || value > max) {
        report(context, v, value, min, max, owner == null ? option : owner.name() + " " + option);
      }
    }
  }

  private static void check(RuleContext context, Value v, double min, double max, String name) {
    double value = number(v);
    if (Double.isNaN(value)) {
      return;
    }
    if (value < min || value > max) {
      report(context, v, value, min, max, name);
    }
  }

  /** Reports {@code v}, whose number {@code value} is outside [min, max]. */
  private static void report(RuleContext context, Value v, double value, double min, double max,
      String name) {
    Span span = v.span();
    String used = value < min ? format(min) : format(max);
    context.report(span, name + " " + span.text() + " is " + (value < min ? "below" : "above")
        + " " + used + ": chronyd silently uses " + used + ".");
  }

  private static String format(double d) {
    if (d == Double.MAX_VALUE || d == Double.NEGATIVE_INFINITY) {
      return d > 0 ? "∞" : "-∞";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.valueOf((long) d);
    }
    return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toString()
        .replace("E", "e");
  }
}

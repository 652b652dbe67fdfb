package dev.ntplint.rules;

import dev.ntplint.view.TimeSource;

/**
 * A rule that judges the view's time sources one at a time (see {@link SourceJudge}), in either
 * dialect. The engine shows every such rule's judge the sources in one walk; {@link #check} shows
 * them to one new judge, for a caller that runs this rule alone.
 */
public interface TimeSourceRule extends Rule {

  /** A new judge for one lint, which reports through {@code context}. */
  SourceJudge sourceJudge(RuleContext context);

  /** Shows a new judge every source, then finishes it: the same findings as the engine's walk. */
  @Override
  default void check(RuleContext context) {
    SourceJudge judge = sourceJudge(context);
    SourceFacts.show(context, judge);
    judge.finish();
  }

  /** A rule that judges each source on its own, keeping nothing from one to the next. */
  interface Each extends TimeSourceRule {

    /** Judges one source; {@code kept} as in {@link SourceJudge#judge}. */
    void judge(RuleContext context, TimeSource source, boolean kept);

    @Override
    default SourceJudge sourceJudge(RuleContext context) {
      return new EachSource(this, context);
    }
  }

  /** The judge of an {@link Each} rule: a class, not a lambda (ShortCheckLambdaTest). */
  record EachSource(Each rule, RuleContext context) implements SourceJudge {
    @Override
    public void judge(TimeSource source, boolean kept) {
      rule.judge(context, source, kept);
    }
  }
}

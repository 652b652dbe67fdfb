package dev.ntplint.rules;

import java.util.List;

/**
 * A rule that judges a configuration one directive at a time (see {@link DirectiveJudge}), in one
 * dialect: {@link ChronyDirectiveRule} or {@link NtpDirectiveRule}. Its judge is shown the
 * directives of the {@linkplain #judgedFamilies families} it judges, during the walk the engine
 * makes of them for the view.
 *
 * @param <D> the dialect's directive type
 */
public interface DirectiveRule<D> extends Rule {

  /** A new judge for one lint, which reports through {@code context}. */
  DirectiveJudge<D> judge(RuleContext context);

  /**
   * The families of directives the judge is shown (the others are not shown to it): on a large
   * file, a call per rule for every directive cost what the shared walk saved (issue 8, P4).
   */
  List<Class<? extends D>> judgedFamilies();

  /**
   * Whether the judge is shown the directives of class {@code type}: it is of one of the {@link
   * #judgedFamilies}.
   */
  default boolean judges(Class<?> type) {
    for (Class<? extends D> family : judgedFamilies()) {
      if (family.isAssignableFrom(type)) {
        return true;
      }
    }
    return false;
  }

  /** Shows {@code judge} those of {@code directives} that it judges, in order. */
  default void show(DirectiveJudge<D> judge, List<? extends D> directives) {
    for (D d : directives) {
      if (judges(d.getClass())) {
        judge.judge(d);
      }
    }
  }

  /**
   * A rule that judges each directive on its own, keeping nothing from one to the next: what the
   * dialects' {@code Each} rules share.
   */
  interface Each<D> extends DirectiveRule<D> {

    /** Judges one directive; see {@link DirectiveJudge} for what it may read. */
    void judge(RuleContext context, D directive);

    @Override
    default DirectiveJudge<D> judge(RuleContext context) {
      return new EachDirective<>(this, context);
    }
  }

  /** The judge of an {@link Each} rule: a class, not a lambda (ShortCheckLambdaTest). */
  record EachDirective<D>(Each<D> rule, RuleContext context) implements DirectiveJudge<D> {
    @Override
    public void judge(D directive) {
      rule.judge(context, directive);
    }
  }
}

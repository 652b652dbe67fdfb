package dev.ntplint.rules;

import dev.ntplint.chrony.include.IncludedFile;
import dev.ntplint.chrony.model.ChronyDirective;
import java.util.List;

/**
 * A chrony.conf rule that judges the configuration one directive at a time (see {@link
 * DirectiveRule}). Its judge is shown the directives of the {@linkplain #judgedFamilies families}
 * it judges: first the configuration's as chronyd reads it ({@link
 * ChronyFacts#directives(RuleContext)}, in that order, where an {@code include} or {@code confdir}
 * line stands for the directives of the files it names and is not shown itself), then those of
 * the {@code .sources} files, which hold only sources. Such a rule checks chrony.conf only (its
 * metadata lists no other dialect).
 */
public interface ChronyDirectiveRule extends DirectiveRule<ChronyDirective> {

  /**
   * Shows a new judge the directives, then finishes it: the same findings as the engine's shared
   * walk, for a caller that runs this rule alone.
   */
  @Override
  default void check(RuleContext context) {
    DirectiveJudge<ChronyDirective> judge = judge(context);
    show(judge, ChronyFacts.directives(context));
    for (IncludedFile f : ChronyFacts.tree(context).sourcesFiles()) {
      show(judge, f.result().config().directives());
    }
    judge.finish();
  }

  /** A rule that judges each directive on its own, keeping nothing from one to the next. */
  interface Each extends ChronyDirectiveRule, DirectiveRule.Each<ChronyDirective> {}
}

package dev.ntplint.rules;

import dev.ntplint.ntp.model.NtpDirective;

/**
 * An ntp.conf rule that judges the configuration one directive at a time (see {@link
 * DirectiveRule}). Its judge is shown the directives of the {@linkplain #judgedFamilies families}
 * it judges among the commands as ntpd applies them ({@link NtpFacts#directives(RuleContext)}), in
 * that order: included files in place, the part ntpd applies of a rejected command. Such a rule
 * checks ntp.conf only (its metadata lists no other dialect).
 */
public interface NtpDirectiveRule extends DirectiveRule<NtpDirective> {

  /**
   * Shows a new judge the directives, then finishes it: the same findings as the engine's shared
   * walk, for a caller that runs this rule alone.
   */
  @Override
  default void check(RuleContext context) {
    DirectiveJudge<NtpDirective> judge = judge(context);
    show(judge, NtpFacts.directives(context));
    judge.finish();
  }

  /** A rule that judges each directive on its own, keeping nothing from one to the next. */
  interface Each extends NtpDirectiveRule, DirectiveRule.Each<NtpDirective> {}
}

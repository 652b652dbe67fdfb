package dev.ntplint.rules;

/**
 * What a rule that judges a configuration one directive at a time makes for one lint: shown every
 * directive, in reading order, then finished. The engine shows the directives during the walk it
 * makes of them anyway (the view's), while each is in the cache, as ESLint's rules listen to its
 * one traversal. A rule that read its directives in a walk of its own fetched each of them back
 * from memory on a large file (issue 8, P4).
 *
 * <p>While it is shown directives, a judge may read the directive, its rule's options and targets
 * from its context, and report; it must not read {@link RuleContext#view()} or {@link
 * RuleContext#shared shared facts}, which that walk is still building. {@link #finish} may read
 * them. A judge is a class, not a lambda: a short check links no lambda call site
 * (ShortCheckLambdaTest).
 *
 * @param <D> the dialect's directive type
 */
public interface DirectiveJudge<D> extends Judge {

  /** Judges the next directive. */
  void judge(D directive);
}

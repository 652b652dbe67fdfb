package dev.ntplint.rules;

/**
 * What a rule that judges part of a configuration one element at a time makes for one lint: it is
 * shown the elements during a walk the engine makes for every such rule at once, then finished
 * (see {@link DirectiveJudge} and {@link SourceJudge}).
 */
public interface Judge {

  /** After the last element: reports what needed them all. */
  default void finish() {}
}

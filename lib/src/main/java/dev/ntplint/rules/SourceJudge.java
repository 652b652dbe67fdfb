package dev.ntplint.rules;

import dev.ntplint.view.TimeSource;

/**
 * What a {@link TimeSourceRule} makes for one lint: shown every time source of the view, in reading
 * order, then finished. The engine shows each source to every rule's judge in one walk of the
 * view's sources: a rule that walked them on its own fetched each source back from memory on a
 * large file, a walk per rule (issue 8, P4).
 *
 * <p>The view and the shared facts are complete when the judges are shown the sources: a judge may
 * read them at any time. A judge is a class, not a lambda: a short check links no lambda call site
 * (ShortCheckLambdaTest).
 */
public interface SourceJudge extends Judge {

  /**
   * Judges the next source.
   *
   * @param kept false when the daemon ignores the source because an earlier one has its address
   *     ({@link SourceFacts#repeated}); the rules that judge what the daemon does with its sources
   *     look at the kept ones only
   */
  void judge(TimeSource source, boolean kept);
}

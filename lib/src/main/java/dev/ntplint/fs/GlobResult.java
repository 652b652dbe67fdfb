package dev.ntplint.fs;

import java.util.List;
import java.util.Objects;

/** The outcome of {@code glob(3)}: {@link Matches} (possibly none) or {@link Aborted}. */
public sealed interface GlobResult {

  /** The pattern as given. */
  String pattern();

  /**
   * What the pattern matched ({@code 0} or {@code GLOB_NOMATCH}: an empty list means no match).
   *
   * @param paths the matches, spelled as glibc spells them (the pattern's directory part as
   *     written, then the names found), in C byte order unless {@link GlobFlag#NOSORT} was given
   * @param skipped paths the search could not look into because they leave the root (with a
   *     root only; glibc would have looked into them on the target machine)
   */
  record Matches(String pattern, List<String> paths, List<FsProblem> skipped)
      implements GlobResult {
    public Matches {
      Objects.requireNonNull(pattern, "pattern");
      paths = List.copyOf(paths);
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * {@code GLOB_ABORTED}: with {@link GlobFlag#ERR}, a directory the pattern needs to read could
   * not be read (it does not exist, is not searchable, leaves the root...).
   */
  record Aborted(String pattern, FsProblem problem) implements GlobResult {
    public Aborted {
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(problem, "problem");
    }
  }
}

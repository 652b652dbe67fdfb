package dev.ntplint.fs;

/** The {@code glob(3)} flags {@link ConfinedFileSystem#glob(String, java.util.Set)} supports. */
public enum GlobFlag {
  /** {@code GLOB_ERR}: stop with {@link GlobResult.Aborted} when a needed directory cannot be read. */
  ERR,
  /**
   * {@code GLOB_NOMAGIC}: a final component without wildcards is returned as is, without checking
   * that it exists (so a literal path always "matches").
   */
  NOMAGIC,
  /** {@code GLOB_NOSORT}: do not sort the matches. */
  NOSORT,
  /** {@code GLOB_MARK}: append a slash to every match that is a directory. */
  MARK
}

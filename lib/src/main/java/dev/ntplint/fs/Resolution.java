package dev.ntplint.fs;

import java.nio.file.Path;
import java.util.Objects;

/** Where a configuration path leads on this machine: {@link Resolved} or {@link Unresolved}. */
public sealed interface Resolution {

  /** The path as given. */
  String path();

  /**
   * The path leads to an existing object.
   *
   * @param path the path as given
   * @param realPath where it is on this machine (with a root: inside the root, every symbolic link
   *     already followed, so it is never outside the root)
   * @param kind its type; {@link FileKind#SYMLINK} only when the final link was not followed
   */
  record Resolved(String path, Path realPath, FileKind kind) implements Resolution {
    public Resolved {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(realPath, "realPath");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /** The path does not lead to anything usable: why. */
  record Unresolved(String path, FsProblem problem) implements Resolution {
    public Unresolved {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(problem, "problem");
    }
  }
}

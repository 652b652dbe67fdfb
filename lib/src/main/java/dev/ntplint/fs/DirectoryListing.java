package dev.ntplint.fs;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The outcome of listing a directory: {@link Listed} or {@link Refused}. */
public sealed interface DirectoryListing {

  /** The path as given. */
  String path();

  /**
   * The directory's entries.
   *
   * @param names entry names (without {@code .} and {@code ..}), in C byte order
   */
  record Listed(String path, Path realPath, List<String> names) implements DirectoryListing {
    public Listed {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(realPath, "realPath");
      names = List.copyOf(names);
    }
  }

  /** Not listed, and why. */
  record Refused(String path, FsProblem problem) implements DirectoryListing {
    public Refused {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(problem, "problem");
    }
  }
}

package dev.ntplint.fs;

import java.nio.file.Path;
import java.util.Objects;

/** The outcome of reading a file: {@link Contents} or {@link Refused}. */
public sealed interface FileRead {

  /** The path as given. */
  String path();

  /**
   * The file's bytes.
   *
   * @param path the path as given
   * @param realPath the regular file read, on this machine (every symbolic link followed: two
   *     paths naming the same file give equal real paths, which makes cycles detectable)
   * @param bytes the whole content (never more than the file system's size limit)
   */
  record Contents(String path, Path realPath, byte[] bytes) implements FileRead {
    public Contents {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(realPath, "realPath");
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  /** Not read, and why (missing, a directory, a FIFO, too large, outside the root...). */
  record Refused(String path, FsProblem problem) implements FileRead {
    public Refused {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(problem, "problem");
    }
  }
}

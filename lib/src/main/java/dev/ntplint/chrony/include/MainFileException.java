package dev.ntplint.chrony.include;

import dev.ntplint.fs.FsProblem;
import java.util.Objects;

/**
 * The main configuration file could not be read, so there is nothing to lint: the caller's error
 * (a wrong path, a directory, a FIFO...), which a command line tool reports as a usage/input error
 * (exit status 2) rather than as a finding. Problems with included files are diagnostics, never
 * this exception.
 */
public final class MainFileException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final transient FsProblem problem;

  public MainFileException(String path, FsProblem problem) {
    super("Could not open " + path + " : " + Objects.requireNonNull(problem, "problem").detail());
    this.path = Objects.requireNonNull(path, "path");
    this.problem = problem;
  }

  /** The main file's path as given. */
  public String path() {
    return path;
  }

  /** Why it could not be read. */
  public FsProblem problem() {
    return problem;
  }
}

package dev.ntplint.cli;

/** The exit codes of every ntplint command, listed in the help text. */
public final class ExitCode {
  /** Success: nothing found that fails the command. */
  public static final int OK = 0;
  /** The input has problems: the daemon would reject it, or findings at or above the fail level. */
  public static final int PROBLEMS = 1;
  /** Usage error, unreadable input, or an internal error. */
  public static final int ERROR = 2;

  private ExitCode() {}
}

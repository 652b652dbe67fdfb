package dev.ntplint.cli;

/** A problem caused by the user's input or flags: printed as one line, exit code 2. */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message, null, false, false);
  }
}

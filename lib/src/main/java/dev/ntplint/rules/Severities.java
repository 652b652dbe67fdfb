package dev.ntplint.rules;

import dev.ntplint.diag.Severity;
import java.util.Locale;
import java.util.Optional;

/** Ordering and names of severities. */
public final class Severities {

  private Severities() {}

  /** 3 for error, 2 for warning, 1 for info. */
  public static int rank(Severity s) {
    return switch (s) {
      case ERROR -> 3;
      case WARNING -> 2;
      case INFO -> 1;
    };
  }

  /** True when {@code s} is {@code level} or more serious. */
  public static boolean atLeast(Severity s, Severity level) {
    return rank(s) >= rank(level);
  }

  /** {@code error}, {@code warning} (or {@code warn}), {@code info}. */
  public static Optional<Severity> parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "error" -> Optional.of(Severity.ERROR);
      case "warning", "warn" -> Optional.of(Severity.WARNING);
      case "info" -> Optional.of(Severity.INFO);
      default -> Optional.empty();
    };
  }
}

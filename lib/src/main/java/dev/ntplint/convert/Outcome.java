package dev.ntplint.convert;

import java.util.Locale;

/** What happened to one input construct. */
public enum Outcome {
  /** The output means the same. */
  CONVERTED,
  /** The output is close but behaves differently in a way the report explains. */
  APPROXIMATED,
  /** Nothing in the output does it; the report says what to do instead. */
  DROPPED;

  /** {@code converted}, {@code approximated}, {@code dropped}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

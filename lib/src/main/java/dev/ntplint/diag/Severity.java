package dev.ntplint.diag;

import java.util.Locale;

/** How serious a diagnostic is. */
public enum Severity {
  ERROR, WARNING, INFO;

  /** Made once: every finding a report prints asks for it (issue 8, P2). */
  private final String label = name().toLowerCase(Locale.ROOT);

  /** The name in lower case, as reports print it. */
  public String label() {
    return label;
  }
}

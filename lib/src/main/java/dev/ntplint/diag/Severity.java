package dev.ntplint.diag;

/** How serious a diagnostic is. */
public enum Severity {
  ERROR, WARNING, INFO;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

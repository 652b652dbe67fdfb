package dev.ntplint.rules;

import java.util.Locale;

/** Whether a rule's findings come with a fix, and whether applying it can change behaviour. */
public enum Fixability {
  /** No fix is offered. */
  NONE,
  /** The fix keeps what the daemon does, or repairs what it rejects; {@code --fix} applies it. */
  SAFE,
  /** The fix changes what the daemon does (on purpose); applied only when asked for. */
  UNSAFE;

  /** Made once: every fixable finding a report prints asks for it (issue 8, P2). */
  private final String label = name().toLowerCase(Locale.ROOT);

  /** The name in lower case, as reports print it. */
  public String label() {
    return label;
  }
}

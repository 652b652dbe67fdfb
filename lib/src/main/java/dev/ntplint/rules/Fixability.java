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

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

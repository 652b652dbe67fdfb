package dev.ntplint.view;

import java.util.Objects;

/**
 * A time source the daemon ignores because an earlier one has its address.
 *
 * @param repeat the later source, which the daemon ignores
 * @param first the source configured first with that address, which the daemon keeps
 */
public record RepeatedSource(TimeSource repeat, TimeSource first) {

  public RepeatedSource {
    Objects.requireNonNull(repeat, "repeat");
    Objects.requireNonNull(first, "first");
  }
}

package dev.ntplint.view;

import dev.ntplint.dialect.Dialect;
import java.util.Objects;
import java.util.Optional;

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

  /**
   * What the daemon logs when it ignores the repeat, in its own words: chronyd "Already in use",
   * ntpd "Ignoring duplicate"; empty for an ntp.conf pool, of which NTPsec logs nothing.
   */
  public Optional<String> logged() {
    if (repeat.dialect() == Dialect.CHRONY) {
      return Optional.of("Already in use");
    }
    return repeat.kind() == SourceKind.POOL ? Optional.empty() : Optional.of("Ignoring duplicate");
  }
}

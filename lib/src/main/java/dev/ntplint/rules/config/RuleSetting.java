package dev.ntplint.rules.config;

import dev.ntplint.diag.Severity;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a configuration sets up one rule.
 *
 * @param enabled false for {@code off}
 * @param severity a severity replacing the rule's own
 * @param options option values, already checked against the rule's metadata
 */
public record RuleSetting(boolean enabled, Optional<Severity> severity, Map<String, Object> options) {

  public RuleSetting {
    Objects.requireNonNull(severity, "severity");
    options = Map.copyOf(options);
  }

  public static final RuleSetting OFF = new RuleSetting(false, Optional.empty(), Map.of());

  public static RuleSetting severity(Severity severity) {
    return new RuleSetting(true, Optional.of(severity), Map.of());
  }
}

package dev.ntplint.convert;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of a conversion.
 *
 * @param output the converted configuration file
 * @param keys the converted keys file, when the input named one that could be read (it holds key
 *     material: write it with restrictive permissions, never log it)
 * @param report what happened to every input construct
 */
public record Conversion(String output, Optional<String> keys, ConversionReport report) {

  public Conversion {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(report, "report");
  }

  /** True when every construct was converted exactly. */
  public boolean exact() {
    return report.exact();
  }
}

package dev.ntplint.chrony.catalog;

import dev.ntplint.chrony.ChronyVersion;

/** What chronyd knows of one option of an option-style directive. */
public interface OptionSpec {

  /** The option name as documented (compared case-insensitively unless said otherwise). */
  String keyword();

  ChronyVersion since();

  ValueKind valueKind();

  /** Lowest accepted value; enforced from {@link #rangeCheckedSince()}. */
  long min();

  /** Highest accepted value; enforced from {@link #rangeCheckedSince()}. */
  long max();

  /** The first release that rejects values outside [min, max] when parsing. */
  default ChronyVersion rangeCheckedSince() {
    return ChronyVersion.V4_7;
  }

  /** True when the option has a range at all. */
  default boolean hasRange() {
    return min() != Long.MIN_VALUE || max() != Long.MAX_VALUE;
  }
}

package dev.ntplint.chrony.catalog;

import dev.ntplint.chrony.ChronyVersion;

/** An option of an option-style directive; each option enum constant carries its {@link OptionInfo}. */
public interface OptionSpec {

  OptionInfo info();

  /** The option name as documented (compared case-insensitively unless said otherwise). */
  default String keyword() {
    return info().keyword();
  }

  default ChronyVersion since() {
    return info().since();
  }

  default ValueKind valueKind() {
    return info().valueKind();
  }

  /** Lowest accepted value; enforced from {@link #rangeCheckedSince()}. */
  default long min() {
    return info().min();
  }

  /** Highest accepted value; enforced from {@link #rangeCheckedSince()}. */
  default long max() {
    return info().max();
  }

  /** The first release that rejects values outside [min, max] when parsing. */
  default ChronyVersion rangeCheckedSince() {
    return info().rangeCheckedSince();
  }

  /** True when the option has a range at all. */
  default boolean hasRange() {
    return min() != Long.MIN_VALUE || max() != Long.MAX_VALUE;
  }
}

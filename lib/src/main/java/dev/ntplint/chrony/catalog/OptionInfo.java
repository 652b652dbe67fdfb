package dev.ntplint.chrony.catalog;

import dev.ntplint.chrony.ChronyVersion;

/**
 * What chronyd knows of one option: its keyword, the release that introduced it, how its value is
 * scanned, its range, and the first release that rejects values outside the range.
 */
public record OptionInfo(String keyword, ChronyVersion since, ValueKind valueKind, long min,
    long max, ChronyVersion rangeCheckedSince) {

  /** An option without a range (a flag, a double, a keyword...). */
  public static OptionInfo option(String keyword, ChronyVersion since, ValueKind valueKind) {
    return new OptionInfo(keyword, since, valueKind, Long.MIN_VALUE, Long.MAX_VALUE,
        ChronyVersion.V4_7);
  }

  /** An integer option whose range chronyd checks since 4.7 (the "sanity checks" release). */
  public static OptionInfo option(String keyword, ChronyVersion since, ValueKind valueKind,
      long min, long max) {
    return new OptionInfo(keyword, since, valueKind, min, max, ChronyVersion.V4_7);
  }

  /** The same option with its range checked from {@code release} on. */
  public OptionInfo rangeCheckedFrom(ChronyVersion release) {
    return new OptionInfo(keyword, since, valueKind, min, max, release);
  }
}

package dev.ntplint.chrony.catalog;

import static dev.ntplint.chrony.ChronyVersion.*;
import static dev.ntplint.chrony.catalog.OptionInfo.option;

/** Options of {@code ratelimit}, {@code ntsratelimit}, {@code cmdratelimit}: -32..32 since 4.7. */
public enum RateLimitOption implements OptionSpec {
  INTERVAL(option("interval", V2_3, ValueKind.INT, -32, 32)),
  BURST(option("burst", V2_3, ValueKind.INT, -32, 32)),
  LEAK(option("leak", V2_3, ValueKind.INT, -32, 32)),
  /** Only {@code ratelimit} has it. */
  KOD(option("kod", V4_6, ValueKind.INT, -32, 32));

  private final OptionInfo info;

  RateLimitOption(OptionInfo info) {
    this.info = info;
  }

  @Override
  public OptionInfo info() {
    return info;
  }
}

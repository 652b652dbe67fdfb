package dev.ntplint.chrony.catalog;

import static dev.ntplint.chrony.ChronyVersion.*;

import dev.ntplint.chrony.ChronyVersion;

/** Options of {@code ratelimit}, {@code ntsratelimit}, {@code cmdratelimit}. */
public enum RateLimitOption implements OptionSpec {
  INTERVAL("interval", V2_3),
  BURST("burst", V2_3),
  LEAK("leak", V2_3),
  /** Only {@code ratelimit} has it. */
  KOD("kod", V4_6);

  private final String keyword;
  private final ChronyVersion since;

  RateLimitOption(String keyword, ChronyVersion since) {
    this.keyword = keyword;
    this.since = since;
  }

  @Override
  public String keyword() {
    return keyword;
  }

  @Override
  public ChronyVersion since() {
    return since;
  }

  @Override
  public ValueKind valueKind() {
    return ValueKind.INT;
  }

  @Override
  public long min() {
    return -32;
  }

  @Override
  public long max() {
    return 32;
  }
}

package dev.ntplint.chrony.catalog;

import static dev.ntplint.chrony.ChronyVersion.*;

import dev.ntplint.chrony.ChronyVersion;

/** Options of {@code local} (cmdparse.c CPS_ParseLocal). */
public enum LocalOption implements OptionSpec {
  /** 1..15 is checked by every release. */
  STRATUM("stratum", V1_20, ValueKind.INT, 1, 15),
  ORPHAN("orphan", V2_4, ValueKind.NONE),
  DISTANCE("distance", V2_4, ValueKind.DOUBLE),
  ACTIVATE("activate", V4_6, ValueKind.DOUBLE),
  WAITSYNCED("waitsynced", V4_7, ValueKind.DOUBLE),
  WAITUNSYNCED("waitunsynced", V4_7, ValueKind.DOUBLE);

  private final String keyword;
  private final ChronyVersion since;
  private final ValueKind valueKind;
  private final long min;
  private final long max;

  LocalOption(String keyword, ChronyVersion since, ValueKind valueKind) {
    this(keyword, since, valueKind, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  LocalOption(String keyword, ChronyVersion since, ValueKind valueKind, long min, long max) {
    this.keyword = keyword;
    this.since = since;
    this.valueKind = valueKind;
    this.min = min;
    this.max = max;
  }

  @Override
  public ChronyVersion rangeCheckedSince() {
    return V1_20;
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
    return valueKind;
  }

  @Override
  public long min() {
    return min;
  }

  @Override
  public long max() {
    return max;
  }
}

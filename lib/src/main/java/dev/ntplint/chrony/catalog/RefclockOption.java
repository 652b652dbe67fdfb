package dev.ntplint.chrony.catalog;

import static dev.ntplint.chrony.ChronyVersion.*;

import dev.ntplint.chrony.ChronyVersion;

/** Options of {@code refclock} after the driver and its parameter (conf.c parse_refclock). */
public enum RefclockOption implements OptionSpec {
  DELAY("delay", V1_24, ValueKind.DOUBLE),
  DPOLL("dpoll", V1_24, ValueKind.INT, -32, 32),
  FILTER("filter", V1_24, ValueKind.INT, 0, Integer.MAX_VALUE),
  LOCAL("local", V4_3, ValueKind.NONE),
  LOCK("lock", V1_24, ValueKind.REFID),
  MAXDISPERSION("maxdispersion", V1_30, ValueKind.DOUBLE),
  MAXLOCKAGE("maxlockage", V3_0, ValueKind.INT, 0, Integer.MAX_VALUE),
  MAXSAMPLES("maxsamples", V2_0, ValueKind.INT, 0, Integer.MAX_VALUE),
  MAXUNREACH("maxunreach", V4_8, ValueKind.INT, 0, Integer.MAX_VALUE),
  MINSAMPLES("minsamples", V2_0, ValueKind.INT, 0, Integer.MAX_VALUE),
  NOSELECT("noselect", V1_25, ValueKind.NONE),
  OFFSET("offset", V1_24, ValueKind.DOUBLE),
  POLL("poll", V1_24, ValueKind.INT, -32, 32),
  PPS("pps", V3_2, ValueKind.NONE),
  PRECISION("precision", V1_25, ValueKind.DOUBLE),
  PREFER("prefer", V1_25, ValueKind.NONE),
  RATE("rate", V1_24, ValueKind.INT, 1, Integer.MAX_VALUE),
  REFID("refid", V1_24, ValueKind.REFID),
  REQUIRE("require", V2_3, ValueKind.NONE),
  /** 0..15 is checked by every release (4.3 included). */
  STRATUM("stratum", V3_3, ValueKind.INT, 0, 15) {
    @Override
    public ChronyVersion rangeCheckedSince() {
      return V1_20;
    }
  },
  TAI("tai", V3_3, ValueKind.NONE),
  TRUST("trust", V2_3, ValueKind.NONE),
  WIDTH("width", V3_2, ValueKind.DOUBLE);

  private final String keyword;
  private final ChronyVersion since;
  private final ValueKind valueKind;
  private final long min;
  private final long max;

  RefclockOption(String keyword, ChronyVersion since, ValueKind valueKind) {
    this(keyword, since, valueKind, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  RefclockOption(String keyword, ChronyVersion since, ValueKind valueKind, long min, long max) {
    this.keyword = keyword;
    this.since = since;
    this.valueKind = valueKind;
    this.min = min;
    this.max = max;
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

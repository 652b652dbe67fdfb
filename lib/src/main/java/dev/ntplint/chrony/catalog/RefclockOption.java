package dev.ntplint.chrony.catalog;

import static dev.ntplint.chrony.ChronyVersion.*;
import static dev.ntplint.chrony.catalog.OptionInfo.option;

/** Options of {@code refclock} after the driver and its parameter (conf.c parse_refclock). */
public enum RefclockOption implements OptionSpec {
  DELAY(option("delay", V1_24, ValueKind.DOUBLE)),
  DPOLL(option("dpoll", V1_24, ValueKind.INT, -32, 32)),
  FILTER(option("filter", V1_24, ValueKind.INT, 0, Integer.MAX_VALUE)),
  LOCAL(option("local", V4_3, ValueKind.NONE)),
  LOCK(option("lock", V1_24, ValueKind.REFID)),
  MAXDISPERSION(option("maxdispersion", V1_30, ValueKind.DOUBLE)),
  MAXLOCKAGE(option("maxlockage", V3_0, ValueKind.INT, 0, Integer.MAX_VALUE)),
  MAXSAMPLES(option("maxsamples", V2_0, ValueKind.INT, 0, Integer.MAX_VALUE)),
  MAXUNREACH(option("maxunreach", V4_8, ValueKind.INT, 0, Integer.MAX_VALUE)),
  MINSAMPLES(option("minsamples", V2_0, ValueKind.INT, 0, Integer.MAX_VALUE)),
  NOSELECT(option("noselect", V1_25, ValueKind.NONE)),
  OFFSET(option("offset", V1_24, ValueKind.DOUBLE)),
  POLL(option("poll", V1_24, ValueKind.INT, -32, 32)),
  PPS(option("pps", V3_2, ValueKind.NONE)),
  PRECISION(option("precision", V1_25, ValueKind.DOUBLE)),
  PREFER(option("prefer", V1_25, ValueKind.NONE)),
  RATE(option("rate", V1_24, ValueKind.INT, 1, Integer.MAX_VALUE)),
  REFID(option("refid", V1_24, ValueKind.REFID)),
  REQUIRE(option("require", V2_3, ValueKind.NONE)),
  /** 0..15 is checked by every release (4.3 included). */
  STRATUM(option("stratum", V3_3, ValueKind.INT, 0, 15).rangeCheckedFrom(V1_20)),
  TAI(option("tai", V3_3, ValueKind.NONE)),
  TRUST(option("trust", V2_3, ValueKind.NONE)),
  WIDTH(option("width", V3_2, ValueKind.DOUBLE));

  private final OptionInfo info;

  RefclockOption(OptionInfo info) {
    this.info = info;
  }

  @Override
  public OptionInfo info() {
    return info;
  }
}

package dev.ntplint.chrony.catalog;

import static dev.ntplint.chrony.ChronyVersion.*;
import static dev.ntplint.chrony.catalog.OptionInfo.option;

/** Options of {@code local} (cmdparse.c CPS_ParseLocal). */
public enum LocalOption implements OptionSpec {
  /** 1..15 is checked by every release. */
  STRATUM(option("stratum", V1_20, ValueKind.INT, 1, 15).rangeCheckedFrom(V1_20)),
  ORPHAN(option("orphan", V2_4, ValueKind.NONE)),
  DISTANCE(option("distance", V2_4, ValueKind.DOUBLE)),
  ACTIVATE(option("activate", V4_6, ValueKind.DOUBLE)),
  WAITSYNCED(option("waitsynced", V4_7, ValueKind.DOUBLE)),
  WAITUNSYNCED(option("waitunsynced", V4_7, ValueKind.DOUBLE));

  private final OptionInfo info;

  LocalOption(OptionInfo info) {
    this.info = info;
  }

  @Override
  public OptionInfo info() {
    return info;
  }
}

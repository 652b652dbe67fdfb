package dev.ntplint.chrony.catalog;

import static dev.ntplint.chrony.ChronyVersion.*;
import static dev.ntplint.chrony.catalog.OptionInfo.option;

import java.util.List;

/** Options of {@code hwtimestamp IFACE} (conf.c parse_hwtimestamp). */
public enum HwTimestampOption implements OptionSpec {
  MAXSAMPLES(option("maxsamples", V3_4, ValueKind.INT, 0, Integer.MAX_VALUE)),
  MINPOLL(option("minpoll", V3_1, ValueKind.INT, -32, 32)),
  MAXPOLL(option("maxpoll", V4_4, ValueKind.INT, -32, 32)),
  MINSAMPLES(option("minsamples", V3_4, ValueKind.INT, 0, Integer.MAX_VALUE)),
  PRECISION(option("precision", V3_1, ValueKind.DOUBLE)),
  RXCOMP(option("rxcomp", V3_0, ValueKind.DOUBLE)),
  TXCOMP(option("txcomp", V3_0, ValueKind.DOUBLE)),
  RXFILTER(option("rxfilter", V3_2, ValueKind.KEYWORD)),
  NOCROSSTS(option("nocrossts", V3_1, ValueKind.NONE));

  /** Values of {@code rxfilter}, compared case-insensitively on at most 4 characters. */
  public static final List<String> RXFILTERS = List.of("all", "ntp", "ptp", "none");

  private final OptionInfo info;

  HwTimestampOption(OptionInfo info) {
    this.info = info;
  }

  @Override
  public OptionInfo info() {
    return info;
  }
}

package dev.ntplint.chrony.catalog;

import static dev.ntplint.chrony.ChronyVersion.*;

import dev.ntplint.chrony.ChronyVersion;
import java.util.List;

/** Options of {@code hwtimestamp IFACE} (conf.c parse_hwtimestamp). */
public enum HwTimestampOption implements OptionSpec {
  MAXSAMPLES("maxsamples", V3_4, ValueKind.INT, 0, Integer.MAX_VALUE),
  MINPOLL("minpoll", V3_1, ValueKind.INT, -32, 32),
  MAXPOLL("maxpoll", V4_4, ValueKind.INT, -32, 32),
  MINSAMPLES("minsamples", V3_4, ValueKind.INT, 0, Integer.MAX_VALUE),
  PRECISION("precision", V3_1, ValueKind.DOUBLE),
  RXCOMP("rxcomp", V3_0, ValueKind.DOUBLE),
  TXCOMP("txcomp", V3_0, ValueKind.DOUBLE),
  RXFILTER("rxfilter", V3_2, ValueKind.KEYWORD),
  NOCROSSTS("nocrossts", V3_1, ValueKind.NONE);

  /** Values of {@code rxfilter}, compared case-insensitively on at most 4 characters. */
  public static final List<String> RXFILTERS = List.of("all", "ntp", "ptp", "none");

  private final String keyword;
  private final ChronyVersion since;
  private final ValueKind valueKind;
  private final long min;
  private final long max;

  HwTimestampOption(String keyword, ChronyVersion since, ValueKind valueKind) {
    this(keyword, since, valueKind, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  HwTimestampOption(String keyword, ChronyVersion since, ValueKind valueKind, long min, long max) {
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

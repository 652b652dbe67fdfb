package dev.ntplint.chrony.catalog;

import static dev.ntplint.chrony.ChronyVersion.*;

import dev.ntplint.chrony.ChronyVersion;

/** Options of {@code server}, {@code pool} and {@code peer} (cmdparse.c CPS_ParseNTPSourceAdd). */
public enum SourceOption implements OptionSpec {
  ASYMMETRY("asymmetry", V3_2, ValueKind.DOUBLE),
  AUTO_OFFLINE("auto_offline", V1_20, ValueKind.NONE),
  BURST("burst", V3_3, ValueKind.NONE),
  CERTSET("certset", V4_1, ValueKind.UINT32),
  COPY("copy", V4_1, ValueKind.NONE),
  EXTFIELD("extfield", V4_2, ValueKind.HEX),
  FILTER("filter", V3_4, ValueKind.INT, 0, Integer.MAX_VALUE),
  IBURST("iburst", V1_25, ValueKind.NONE),
  IPV4("ipv4", V4_6, ValueKind.NONE),
  IPV6("ipv6", V4_6, ValueKind.NONE),
  KEY("key", V1_20, ValueKind.UINT32),
  MAXDELAY("maxdelay", V1_20, ValueKind.DOUBLE),
  MAXDELAYDEVRATIO("maxdelaydevratio", V1_25, ValueKind.DOUBLE),
  MAXDELAYQUANT("maxdelayquant", V4_3, ValueKind.DOUBLE),
  MAXDELAYRATIO("maxdelayratio", V1_20, ValueKind.DOUBLE),
  MAXPOLL("maxpoll", V1_20, ValueKind.INT, -32, 32),
  MAXSAMPLES("maxsamples", V2_0, ValueKind.INT, 0, Integer.MAX_VALUE),
  MAXSOURCES("maxsources", V2_0, ValueKind.INT, 1, Integer.MAX_VALUE),
  MAXUNREACH("maxunreach", V4_8, ValueKind.INT, 0, Integer.MAX_VALUE),
  MINDELAY("mindelay", V3_2, ValueKind.DOUBLE),
  MINPOLL("minpoll", V1_20, ValueKind.INT),
  MINSAMPLES("minsamples", V2_0, ValueKind.INT, 0, Integer.MAX_VALUE),
  MINSTRATUM("minstratum", V1_25, ValueKind.INT, 0, 16),
  NOSELECT("noselect", V1_25, ValueKind.NONE),
  NTS("nts", V4_0, ValueKind.NONE),
  NTSPORT("ntsport", V4_0, ValueKind.INT, 0, 65535),
  OFFLINE("offline", V1_20, ValueKind.NONE),
  OFFSET("offset", V3_0, ValueKind.DOUBLE),
  POLLTARGET("polltarget", V1_25, ValueKind.INT, 1, Integer.MAX_VALUE),
  PORT("port", V1_20, ValueKind.INT, 0, 65535),
  PREFER("prefer", V1_25, ValueKind.NONE),
  PRESEND("presend", V1_20, ValueKind.INT, -32, 32),
  REQUIRE("require", V2_3, ValueKind.NONE),
  TRUST("trust", V2_3, ValueKind.NONE),
  VERSION("version", V2_0, ValueKind.INT, 1, 4),
  XLEAVE("xleave", V3_0, ValueKind.NONE);

  private final String keyword;
  private final ChronyVersion since;
  private final ValueKind valueKind;
  private final long min;
  private final long max;

  SourceOption(String keyword, ChronyVersion since, ValueKind valueKind) {
    this(keyword, since, valueKind, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  SourceOption(String keyword, ChronyVersion since, ValueKind valueKind, long min, long max) {
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

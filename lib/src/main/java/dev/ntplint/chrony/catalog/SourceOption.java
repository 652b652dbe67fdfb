package dev.ntplint.chrony.catalog;

import static dev.ntplint.chrony.ChronyVersion.*;
import static dev.ntplint.chrony.catalog.OptionInfo.option;

/** Options of {@code server}, {@code pool} and {@code peer} (cmdparse.c CPS_ParseNTPSourceAdd). */
public enum SourceOption implements OptionSpec {
  ASYMMETRY(option("asymmetry", V3_2, ValueKind.DOUBLE)),
  AUTO_OFFLINE(option("auto_offline", V1_20, ValueKind.NONE)),
  BURST(option("burst", V3_3, ValueKind.NONE)),
  CERTSET(option("certset", V4_1, ValueKind.UINT32)),
  COPY(option("copy", V4_1, ValueKind.NONE)),
  EXTFIELD(option("extfield", V4_2, ValueKind.HEX)),
  FILTER(option("filter", V3_4, ValueKind.INT, 0, Integer.MAX_VALUE)),
  IBURST(option("iburst", V1_25, ValueKind.NONE)),
  IPV4(option("ipv4", V4_6, ValueKind.NONE)),
  IPV6(option("ipv6", V4_6, ValueKind.NONE)),
  KEY(option("key", V1_20, ValueKind.UINT32)),
  MAXDELAY(option("maxdelay", V1_20, ValueKind.DOUBLE)),
  MAXDELAYDEVRATIO(option("maxdelaydevratio", V1_25, ValueKind.DOUBLE)),
  MAXDELAYQUANT(option("maxdelayquant", V4_3, ValueKind.DOUBLE)),
  MAXDELAYRATIO(option("maxdelayratio", V1_20, ValueKind.DOUBLE)),
  MAXPOLL(option("maxpoll", V1_20, ValueKind.INT, -32, 32)),
  MAXSAMPLES(option("maxsamples", V2_0, ValueKind.INT, 0, Integer.MAX_VALUE)),
  MAXSOURCES(option("maxsources", V2_0, ValueKind.INT, 1, Integer.MAX_VALUE)),
  MAXUNREACH(option("maxunreach", V4_8, ValueKind.INT, 0, Integer.MAX_VALUE)),
  MINDELAY(option("mindelay", V3_2, ValueKind.DOUBLE)),
  MINPOLL(option("minpoll", V1_20, ValueKind.INT)),
  MINSAMPLES(option("minsamples", V2_0, ValueKind.INT, 0, Integer.MAX_VALUE)),
  MINSTRATUM(option("minstratum", V1_25, ValueKind.INT, 0, 16)),
  NOSELECT(option("noselect", V1_25, ValueKind.NONE)),
  NTS(option("nts", V4_0, ValueKind.NONE)),
  NTSPORT(option("ntsport", V4_0, ValueKind.INT, 0, 65535)),
  OFFLINE(option("offline", V1_20, ValueKind.NONE)),
  OFFSET(option("offset", V3_0, ValueKind.DOUBLE)),
  POLLTARGET(option("polltarget", V1_25, ValueKind.INT, 1, Integer.MAX_VALUE)),
  PORT(option("port", V1_20, ValueKind.INT, 0, 65535)),
  PREFER(option("prefer", V1_25, ValueKind.NONE)),
  PRESEND(option("presend", V1_20, ValueKind.INT, -32, 32)),
  REQUIRE(option("require", V2_3, ValueKind.NONE)),
  TRUST(option("trust", V2_3, ValueKind.NONE)),
  VERSION(option("version", V2_0, ValueKind.INT, 1, 4)),
  XLEAVE(option("xleave", V3_0, ValueKind.NONE));

  private final OptionInfo info;

  SourceOption(OptionInfo info) {
    this.info = info;
  }

  @Override
  public OptionInfo info() {
    return info;
  }
}

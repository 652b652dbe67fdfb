package dev.ntplint.chrony.catalog;

import static dev.ntplint.chrony.ChronyVersion.*;

import dev.ntplint.chrony.ChronyVersion;
import java.util.Optional;

/** Names accepted by {@code log}; chronyd compares them case-sensitively. */
public enum LogKind {
  MEASUREMENTS("measurements", V1_20),
  RAWMEASUREMENTS("rawmeasurements", V3_1),
  STATISTICS("statistics", V1_20),
  TRACKING("tracking", V1_20),
  RTC("rtc", V1_20),
  REFCLOCKS("refclocks", V1_24),
  TEMPCOMP("tempcomp", V1_25),
  SELECTION("selection", V4_3);

  private final String keyword;
  private final ChronyVersion since;

  LogKind(String keyword, ChronyVersion since) {
    this.keyword = keyword;
    this.since = since;
  }

  public String keyword() {
    return keyword;
  }

  public ChronyVersion since() {
    return since;
  }

  /** Exact, case-sensitive lookup, as chronyd's strcmp. */
  public static Optional<LogKind> byKeyword(String word) {
    for (LogKind kind : values()) {
      if (kind.keyword.equals(word)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}

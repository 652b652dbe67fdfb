package dev.ntplint.ntp.catalog;


/** Statistics names of {@code statistics} and {@code filegen}. */
public enum StatisticsType implements NtpOptionSpec {
  CLOCKSTATS("clockstats", ValueKind.NONE, Availability.BOTH),
  CRYPTOSTATS("cryptostats", ValueKind.NONE, Availability.CLASSIC),
  LOOPSTATS("loopstats", ValueKind.NONE, Availability.BOTH),
  PEERSTATS("peerstats", ValueKind.NONE, Availability.BOTH),
  PROTOSTATS("protostats", ValueKind.NONE, Availability.BOTH),
  RAWSTATS("rawstats", ValueKind.NONE, Availability.BOTH),
  SYSSTATS("sysstats", ValueKind.NONE, Availability.BOTH),
  TIMINGSTATS("timingstats", ValueKind.NONE, Availability.CLASSIC),
  USESTATS("usestats", ValueKind.NONE, Availability.NTPSEC),
  NTSSTATS("ntsstats", ValueKind.NONE, Availability.ntpsecSince("1.2.3")),
  NTSKESTATS("ntskestats", ValueKind.NONE, Availability.ntpsecSince("1.2.3")),
  NTSKELOG("ntskelog", ValueKind.NONE, Availability.ntpsecSince("1.2.5"));

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  StatisticsType(String keyword, ValueKind valueKind, Availability availability) {
    this.keyword = keyword;
    this.valueKind = valueKind;
    this.availability = availability;
  }

  @Override
  public String keyword() {
    return keyword;
  }

  @Override
  public ValueKind valueKind() {
    return valueKind;
  }

  @Override
  public Availability availability() {
    return availability;
  }

  /** The constant spelled {@code keyword}, if any (whichever daemon has it). */
  public static java.util.Optional<StatisticsType> byKeyword(String keyword) {
    for (StatisticsType v : values()) {
      if (v.keyword.equals(keyword)) {
        return java.util.Optional.of(v);
      }
    }
    return java.util.Optional.empty();
  }

  @Override
  public String toString() {
    return keyword;
  }
}

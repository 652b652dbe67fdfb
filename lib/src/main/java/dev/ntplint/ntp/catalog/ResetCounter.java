package dev.ntplint.ntp.catalog;


/** Counters of {@code reset}. */
public enum ResetCounter implements NtpOptionSpec {
  ALLPEERS("allpeers", ValueKind.NONE, Availability.BOTH),
  AUTH("auth", ValueKind.NONE, Availability.BOTH),
  CTL("ctl", ValueKind.NONE, Availability.BOTH),
  IO("io", ValueKind.NONE, Availability.BOTH),
  MEM("mem", ValueKind.NONE, Availability.BOTH),
  SYS("sys", ValueKind.NONE, Availability.BOTH),
  TIMER("timer", ValueKind.NONE, Availability.BOTH);

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  ResetCounter(String keyword, ValueKind valueKind, Availability availability) {
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
  public static java.util.Optional<ResetCounter> byKeyword(String keyword) {
    for (ResetCounter v : values()) {
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

package dev.ntplint.ntp.catalog;


/** Items of classic {@code device} (4.2.8p16 and later). */
public enum DeviceItem implements NtpOptionSpec {
  TIMEDATA("timedata", ValueKind.STRING, Availability.classicSince("4.2.8p16")),
  PPSDATA("ppsdata", ValueKind.STRING, Availability.classicSince("4.2.8p16"));

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  DeviceItem(String keyword, ValueKind valueKind, Availability availability) {
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
  public static java.util.Optional<DeviceItem> byKeyword(String keyword) {
    for (DeviceItem v : values()) {
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

package dev.ntplint.ntp.catalog;


/** Values of {@code filegen ... type}. */
public enum FilegenType implements NtpOptionSpec {
  NONE("none", ValueKind.NONE, Availability.BOTH),
  PID("pid", ValueKind.NONE, Availability.BOTH),
  DAY("day", ValueKind.NONE, Availability.BOTH),
  WEEK("week", ValueKind.NONE, Availability.BOTH),
  MONTH("month", ValueKind.NONE, Availability.BOTH),
  YEAR("year", ValueKind.NONE, Availability.BOTH),
  AGE("age", ValueKind.NONE, Availability.BOTH);

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  FilegenType(String keyword, ValueKind valueKind, Availability availability) {
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
  public static java.util.Optional<FilegenType> byKeyword(String keyword) {
    for (FilegenType v : values()) {
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

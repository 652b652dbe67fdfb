package dev.ntplint.ntp.catalog;


/** Options of classic {@code trap}. */
public enum TrapOption implements NtpOptionSpec {
  PORT("port", ValueKind.INTEGER, Availability.CLASSIC),
  INTERFACE("interface", ValueKind.ADDRESS, Availability.CLASSIC);

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  TrapOption(String keyword, ValueKind valueKind, Availability availability) {
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
  public static java.util.Optional<TrapOption> byKeyword(String keyword) {
    for (TrapOption v : values()) {
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

package dev.ntplint.ntp.catalog;


/** Options of classic {@code discard} (integers). */
public enum DiscardOption implements NtpOptionSpec {
  /** log2 seconds, 0..255. */
  AVERAGE("average", ValueKind.INTEGER, Availability.CLASSIC),
  MINIMUM("minimum", ValueKind.INTEGER, Availability.CLASSIC),
  MONITOR("monitor", ValueKind.INTEGER, Availability.CLASSIC);

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  DiscardOption(String keyword, ValueKind valueKind, Availability availability) {
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
  public static java.util.Optional<DiscardOption> byKeyword(String keyword) {
    for (DiscardOption v : values()) {
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

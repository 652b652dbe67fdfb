package dev.ntplint.ntp.catalog;


/** Options of {@code rlimit} (integers). */
public enum RlimitOption implements NtpOptionSpec {
  /** NTPsec: ignored. */
  MEMLOCK("memlock", ValueKind.INTEGER, Availability.BOTH),
  STACKSIZE("stacksize", ValueKind.INTEGER, Availability.BOTH),
  FILENUM("filenum", ValueKind.INTEGER, Availability.BOTH);

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  RlimitOption(String keyword, ValueKind valueKind, Availability availability) {
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
  public static java.util.Optional<RlimitOption> byKeyword(String keyword) {
    for (RlimitOption v : values()) {
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

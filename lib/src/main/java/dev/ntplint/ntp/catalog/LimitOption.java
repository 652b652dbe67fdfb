package dev.ntplint.ntp.catalog;


/** Options of NTPsec {@code limit} (numbers), the successor of classic {@code discard}. */
public enum LimitOption implements NtpOptionSpec {
  AVERAGE("average", ValueKind.NUMBER, Availability.NTPSEC),
  BURST("burst", ValueKind.NUMBER, Availability.NTPSEC),
  KOD("kod", ValueKind.NUMBER, Availability.NTPSEC);

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  LimitOption(String keyword, ValueKind valueKind, Availability availability) {
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
  public static java.util.Optional<LimitOption> byKeyword(String keyword) {
    for (LimitOption v : values()) {
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

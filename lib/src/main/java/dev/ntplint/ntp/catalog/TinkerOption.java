package dev.ntplint.ntp.catalog;


/** Options of {@code tinker} (all numbers). */
public enum TinkerOption implements NtpOptionSpec {
  ALLAN("allan", ValueKind.NUMBER, Availability.BOTH),
  DISPERSION("dispersion", ValueKind.NUMBER, Availability.BOTH),
  FREQ("freq", ValueKind.NUMBER, Availability.BOTH),
  HUFFPUFF("huffpuff", ValueKind.NUMBER, Availability.BOTH),
  PANIC("panic", ValueKind.NUMBER, Availability.BOTH),
  STEP("step", ValueKind.NUMBER, Availability.BOTH),
  STEPBACK("stepback", ValueKind.NUMBER, Availability.BOTH),
  STEPFWD("stepfwd", ValueKind.NUMBER, Availability.BOTH),
  STEPOUT("stepout", ValueKind.NUMBER, Availability.BOTH),
  /** NTPsec 1.2.2 parses it, then says tinker tick is not supported (removed in 1.2.4). */
  TICK("tick", ValueKind.NUMBER, Availability.BOTH);

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  TinkerOption(String keyword, ValueKind valueKind, Availability availability) {
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
  public static java.util.Optional<TinkerOption> byKeyword(String keyword) {
    for (TinkerOption v : values()) {
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

package dev.ntplint.ntp.catalog;


/** Actions of {@code interface}/{@code nic}. */
public enum NicAction implements NtpOptionSpec {
  LISTEN("listen", ValueKind.NONE, Availability.BOTH),
  IGNORE("ignore", ValueKind.NONE, Availability.BOTH),
  DROP("drop", ValueKind.NONE, Availability.BOTH);

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  NicAction(String keyword, ValueKind valueKind, Availability availability) {
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
  public static java.util.Optional<NicAction> byKeyword(String keyword) {
    for (NicAction v : values()) {
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

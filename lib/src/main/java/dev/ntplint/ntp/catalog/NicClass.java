package dev.ntplint.ntp.catalog;


/** Interface classes of {@code interface}/{@code nic} (else a name or address). */
public enum NicClass implements NtpOptionSpec {
  ALL("all", ValueKind.NONE, Availability.BOTH),
  IPV4("ipv4", ValueKind.NONE, Availability.BOTH),
  IPV6("ipv6", ValueKind.NONE, Availability.BOTH),
  WILDCARD("wildcard", ValueKind.NONE, Availability.BOTH);

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  NicClass(String keyword, ValueKind valueKind, Availability availability) {
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
  public static java.util.Optional<NicClass> byKeyword(String keyword) {
    for (NicClass v : values()) {
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

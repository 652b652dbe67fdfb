package dev.ntplint.ntp.catalog;


/** Flags of {@code enable} and {@code disable}. */
public enum SystemFlag implements NtpOptionSpec {
  AUTH("auth", ValueKind.NONE, Availability.CLASSIC),
  BCLIENT("bclient", ValueKind.NONE, Availability.CLASSIC),
  CALIBRATE("calibrate", ValueKind.NONE, Availability.BOTH),
  KERNEL("kernel", ValueKind.NONE, Availability.BOTH),
  MONITOR("monitor", ValueKind.NONE, Availability.BOTH),
  NTP("ntp", ValueKind.NONE, Availability.BOTH),
  STATS("stats", ValueKind.NONE, Availability.BOTH),
  /** Lets classic ntpd answer mode 7 (ntpdc) queries. */
  MODE7("mode7", ValueKind.NONE, Availability.CLASSIC),
  PEER_CLEAR_DIGEST_EARLY("peer_clear_digest_early", ValueKind.NONE, Availability.CLASSIC),
  UNPEER_CRYPTO_EARLY("unpeer_crypto_early", ValueKind.NONE, Availability.CLASSIC),
  UNPEER_CRYPTO_NAK_EARLY("unpeer_crypto_nak_early", ValueKind.NONE, Availability.CLASSIC),
  UNPEER_DIGEST_EARLY("unpeer_digest_early", ValueKind.NONE, Availability.CLASSIC);

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  SystemFlag(String keyword, ValueKind valueKind, Availability availability) {
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
  public static java.util.Optional<SystemFlag> byKeyword(String keyword) {
    for (SystemFlag v : values()) {
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

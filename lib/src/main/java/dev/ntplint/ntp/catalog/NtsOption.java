package dev.ntplint.ntp.catalog;


/** Options of NTPsec {@code nts}. */
public enum NtsOption implements NtpOptionSpec {
  ENABLE("enable", ValueKind.NONE, Availability.NTPSEC),
  DISABLE("disable", ValueKind.NONE, Availability.NTPSEC),
  AEAD("aead", ValueKind.STRING, Availability.NTPSEC),
  CA("ca", ValueKind.STRING, Availability.NTPSEC),
  CERT("cert", ValueKind.STRING, Availability.NTPSEC),
  COOKIE("cookie", ValueKind.STRING, Availability.NTPSEC),
  KEY("key", ValueKind.STRING, Availability.NTPSEC),
  MINTLS("mintls", ValueKind.STRING, Availability.NTPSEC),
  MAXTLS("maxtls", ValueKind.STRING, Availability.NTPSEC),
  TLSCIPHERSUITES("tlsciphersuites", ValueKind.STRING, Availability.NTPSEC),
  TLSECDHCURVES("tlsecdhcurves", ValueKind.STRING, Availability.ntpsecSince("1.2.3")),
  PORT("port", ValueKind.INTEGER, Availability.ntpsecSince("1.2.4")),
  POOL("pool", ValueKind.INTEGER, Availability.ntpsecSince("1.2.4")),
  TLSCIPHERSERVERPREFERENCE("tlscipherserverpreference", ValueKind.NONE, Availability.ntpsecSince("1.2.4"));

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  NtsOption(String keyword, ValueKind valueKind, Availability availability) {
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
  public static java.util.Optional<NtsOption> byKeyword(String keyword) {
    for (NtsOption v : values()) {
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

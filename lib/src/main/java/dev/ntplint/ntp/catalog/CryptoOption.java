package dev.ntplint.ntp.catalog;


/** Options of classic {@code crypto} (Autokey). The {@code pw} value is a secret. */
public enum CryptoOption implements NtpOptionSpec {
  DIGEST("digest", ValueKind.STRING, Availability.CLASSIC),
  HOST("host", ValueKind.STRING, Availability.CLASSIC),
  IDENT("ident", ValueKind.STRING, Availability.CLASSIC),
  PW("pw", ValueKind.STRING, Availability.CLASSIC),
  RANDFILE("randfile", ValueKind.STRING, Availability.CLASSIC),
  /** Deprecated alias of the revoke directive. */
  REVOKE("revoke", ValueKind.INTEGER, Availability.CLASSIC);

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  CryptoOption(String keyword, ValueKind valueKind, Availability availability) {
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
  public static java.util.Optional<CryptoOption> byKeyword(String keyword) {
    for (CryptoOption v : values()) {
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

package dev.ntplint.ntp.catalog;


/** Options of {@code server}, {@code pool}, {@code peer}, {@code broadcast}, {@code manycastclient} and NTPsec's {@code refclock} (ntp_parser.y option_list). */
public enum AssociationOption implements NtpOptionSpec {
  AUTOKEY("autokey", ValueKind.NONE, Availability.CLASSIC),
  BURST("burst", ValueKind.NONE, Availability.BOTH),
  IBURST("iburst", ValueKind.NONE, Availability.BOTH),
  NOSELECT("noselect", ValueKind.NONE, Availability.BOTH),
  PREEMPT("preempt", ValueKind.NONE, Availability.CLASSIC),
  PREFER("prefer", ValueKind.NONE, Availability.BOTH),
  TRUE("true", ValueKind.NONE, Availability.BOTH),
  XLEAVE("xleave", ValueKind.NONE, Availability.CLASSIC),
  XMTNONCE("xmtnonce", ValueKind.NONE, Availability.CLASSIC),
  NOVAL("noval", ValueKind.NONE, Availability.NTPSEC),
  NTS("nts", ValueKind.NONE, Availability.NTPSEC),
  /** Classic: below 2^32-1; NTPsec: below 65535, else the association is dropped. */
  KEY("key", ValueKind.UNSIGNED, Availability.BOTH),
  MINPOLL("minpoll", ValueKind.UNSIGNED, Availability.BOTH),
  MAXPOLL("maxpoll", ValueKind.UNSIGNED, Availability.BOTH),
  /** Broadcast/manycast TTL (below 8; not for refclocks). */
  TTL("ttl", ValueKind.UNSIGNED, Availability.CLASSIC),
  /** Refclock mode (classic: refclocks only; NTPsec: the subtype). */
  MODE("mode", ValueKind.UNSIGNED, Availability.BOTH),
  VERSION("version", ValueKind.UNSIGNED, Availability.BOTH),
  SUBTYPE("subtype", ValueKind.UNSIGNED, Availability.NTPSEC),
  BAUD("baud", ValueKind.UNSIGNED, Availability.NTPSEC),
  /** Removed in NTPsec 1.2.4. */
  HOLDOVER("holdover", ValueKind.UNSIGNED, Availability.NTPSEC),
  /** Autokey group name. */
  IDENT("ident", ValueKind.STRING, Availability.CLASSIC),
  STRATUM("stratum", ValueKind.INTEGER, Availability.NTPSEC),
  TIME1("time1", ValueKind.NUMBER, Availability.NTPSEC),
  TIME2("time2", ValueKind.NUMBER, Availability.NTPSEC),
  BIAS("bias", ValueKind.NUMBER, Availability.NTPSEC),
  FLAG1("flag1", ValueKind.BOOLEAN, Availability.NTPSEC),
  FLAG2("flag2", ValueKind.BOOLEAN, Availability.NTPSEC),
  FLAG3("flag3", ValueKind.BOOLEAN, Availability.NTPSEC),
  FLAG4("flag4", ValueKind.BOOLEAN, Availability.NTPSEC),
  REFID("refid", ValueKind.STRING, Availability.NTPSEC),
  PATH("path", ValueKind.STRING, Availability.NTPSEC),
  PPSPATH("ppspath", ValueKind.STRING, Availability.NTPSEC),
  /** Lexed in token mode: a keyword or number there is a syntax error. */
  CA("ca", ValueKind.STRING, Availability.NTPSEC),
  /** Lexed in token mode: a keyword or number there is a syntax error. */
  CERT("cert", ValueKind.STRING, Availability.NTPSEC),
  AEAD("aead", ValueKind.STRING, Availability.NTPSEC);

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  AssociationOption(String keyword, ValueKind valueKind, Availability availability) {
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
  public static java.util.Optional<AssociationOption> byKeyword(String keyword) {
    for (AssociationOption v : values()) {
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

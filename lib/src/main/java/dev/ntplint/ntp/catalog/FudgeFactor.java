package dev.ntplint.ntp.catalog;


/** Factors of {@code fudge 127.127.T.U}. */
public enum FudgeFactor implements NtpOptionSpec {
  TIME1("time1", ValueKind.NUMBER, Availability.BOTH),
  TIME2("time2", ValueKind.NUMBER, Availability.BOTH),
  MINJITTER("minjitter", ValueKind.NUMBER, Availability.CLASSIC),
  /** 0..16, else ignored with a message. */
  STRATUM("stratum", ValueKind.INTEGER, Availability.BOTH),
  /** First 4 characters. */
  REFID("refid", ValueKind.STRING, Availability.BOTH),
  ABBREV("abbrev", ValueKind.STRING, Availability.CLASSIC),
  FLAG1("flag1", ValueKind.BOOLEAN, Availability.BOTH),
  FLAG2("flag2", ValueKind.BOOLEAN, Availability.BOTH),
  FLAG3("flag3", ValueKind.BOOLEAN, Availability.BOTH),
  FLAG4("flag4", ValueKind.BOOLEAN, Availability.BOTH);

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  FudgeFactor(String keyword, ValueKind valueKind, Availability availability) {
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
  public static java.util.Optional<FudgeFactor> byKeyword(String keyword) {
    for (FudgeFactor v : values()) {
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

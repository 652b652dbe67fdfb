package dev.ntplint.ntp.catalog;


/** Flags of {@code restrict} (and NTPsec's {@code unrestrict}). */
public enum RestrictFlag implements NtpOptionSpec {
  /** Parses in classic 4.2.8p18 but ntpd then exits at startup (config_access: Unknown flag-type-token). */
  EPEER("epeer", ValueKind.NONE, Availability.CLASSIC),
  FLAKE("flake", ValueKind.NONE, Availability.BOTH),
  IGNORE("ignore", ValueKind.NONE, Availability.BOTH),
  KOD("kod", ValueKind.NONE, Availability.BOTH),
  LIMITED("limited", ValueKind.NONE, Availability.BOTH),
  LOWPRIOTRAP("lowpriotrap", ValueKind.NONE, Availability.CLASSIC),
  MSSNTP("mssntp", ValueKind.NONE, Availability.BOTH),
  NOEPEER("noepeer", ValueKind.NONE, Availability.CLASSIC),
  NOMODIFY("nomodify", ValueKind.NONE, Availability.BOTH),
  NOMRULIST("nomrulist", ValueKind.NONE, Availability.BOTH),
  /** NTPsec accepts it and logs that it ignores it. */
  NOPEER("nopeer", ValueKind.NONE, Availability.BOTH),
  NOQUERY("noquery", ValueKind.NONE, Availability.BOTH),
  NOSERVE("noserve", ValueKind.NONE, Availability.BOTH),
  /** NTPsec accepts it and logs that it ignores it. */
  NOTRAP("notrap", ValueKind.NONE, Availability.BOTH),
  NOTRUST("notrust", ValueKind.NONE, Availability.BOTH),
  NTPPORT("ntpport", ValueKind.NONE, Availability.BOTH),
  VERSION("version", ValueKind.NONE, Availability.BOTH),
  /** Two words. */
  SERVERRESPONSE_FUZZ("serverresponse fuzz", ValueKind.NONE, Availability.CLASSIC);

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  RestrictFlag(String keyword, ValueKind valueKind, Availability availability) {
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
  public static java.util.Optional<RestrictFlag> byKeyword(String keyword) {
    for (RestrictFlag v : values()) {
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

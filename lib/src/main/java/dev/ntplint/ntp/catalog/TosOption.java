package dev.ntplint.ntp.catalog;


/** Options of {@code tos}. */
public enum TosOption implements NtpOptionSpec {
  /** Classic: integer; NTPsec: number. */
  MINCLOCK("minclock", ValueKind.INTEGER, Availability.BOTH),
  /** Classic: integer; NTPsec: number. */
  MAXCLOCK("maxclock", ValueKind.INTEGER, Availability.BOTH),
  MINSANE("minsane", ValueKind.INTEGER, Availability.BOTH),
  FLOOR("floor", ValueKind.INTEGER, Availability.BOTH),
  CEILING("ceiling", ValueKind.INTEGER, Availability.BOTH),
  ORPHAN("orphan", ValueKind.INTEGER, Availability.BOTH),
  ORPHANWAIT("orphanwait", ValueKind.INTEGER, Availability.BOTH),
  MINDIST("mindist", ValueKind.NUMBER, Availability.BOTH),
  MAXDIST("maxdist", ValueKind.NUMBER, Availability.BOTH),
  MAXDISP("maxdisp", ValueKind.NUMBER, Availability.NTPSEC),
  BEACON("beacon", ValueKind.INTEGER, Availability.CLASSIC),
  BCPOLLBSTEP("bcpollbstep", ValueKind.INTEGER, Availability.CLASSIC),
  /** NTPsec's grammar has it but its scanner does not spell it: a syntax error there. */
  COHORT("cohort", ValueKind.BOOLEAN, Availability.CLASSIC),
  BASEDATE("basedate", ValueKind.STRING, Availability.CLASSIC);

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  TosOption(String keyword, ValueKind valueKind, Availability availability) {
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
  public ValueKind valueKind(dev.ntplint.ntp.NtpFlavour flavour) {
    if ((this == MINCLOCK || this == MAXCLOCK) && flavour == dev.ntplint.ntp.NtpFlavour.NTPSEC) {
      return ValueKind.NUMBER;
    }
    return valueKind;
  }

  @Override
  public Availability availability() {
    return availability;
  }

  /** The constant spelled {@code keyword}, if any (whichever daemon has it). */
  public static java.util.Optional<TosOption> byKeyword(String keyword) {
    for (TosOption v : values()) {
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

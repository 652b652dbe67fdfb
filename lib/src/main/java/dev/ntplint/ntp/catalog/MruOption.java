package dev.ntplint.ntp.catalog;


/** Options of {@code mru} (integers). */
public enum MruOption implements NtpOptionSpec {
  INCALLOC("incalloc", ValueKind.INTEGER, Availability.BOTH),
  INCMEM("incmem", ValueKind.INTEGER, Availability.BOTH),
  INITALLOC("initalloc", ValueKind.INTEGER, Availability.BOTH),
  INITMEM("initmem", ValueKind.INTEGER, Availability.BOTH),
  MAXAGE("maxage", ValueKind.INTEGER, Availability.BOTH),
  MAXDEPTH("maxdepth", ValueKind.INTEGER, Availability.BOTH),
  MAXMEM("maxmem", ValueKind.INTEGER, Availability.BOTH),
  MINDEPTH("mindepth", ValueKind.INTEGER, Availability.BOTH),
  MINAGE("minage", ValueKind.INTEGER, Availability.NTPSEC);

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  MruOption(String keyword, ValueKind valueKind, Availability availability) {
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
  public static java.util.Optional<MruOption> byKeyword(String keyword) {
    for (MruOption v : values()) {
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

package dev.ntplint.ntp.catalog;


/** Options of {@code filegen STAT}. */
public enum FilegenOption implements NtpOptionSpec {
  /** A name with a / makes both daemons spin in a loop (spec 4.15). */
  FILE("file", ValueKind.STRING, Availability.BOTH),
  TYPE("type", ValueKind.KEYWORD, Availability.BOTH),
  LINK("link", ValueKind.NONE, Availability.BOTH),
  NOLINK("nolink", ValueKind.NONE, Availability.BOTH),
  ENABLE("enable", ValueKind.NONE, Availability.BOTH),
  DISABLE("disable", ValueKind.NONE, Availability.BOTH);

  private final String keyword;
  private final ValueKind valueKind;
  private final Availability availability;

  FilegenOption(String keyword, ValueKind valueKind, Availability availability) {
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
  public static java.util.Optional<FilegenOption> byKeyword(String keyword) {
    for (FilegenOption v : values()) {
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

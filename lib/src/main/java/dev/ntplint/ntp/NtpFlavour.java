package dev.ntplint.ntp;

/** The two ntpd implementations whose ntp.conf language differs. */
public enum NtpFlavour {
  /** Classic ntpd from ntp.org, 4.2.8 (the grammar of 4.2.8p18; p15 to p17 noted where they differ). */
  CLASSIC("ntp-4.2.8", "classic ntpd 4.2.8"),
  /** NTPsec 1.2 (the grammar of 1.2.2, Debian 12's release; later additions noted). */
  NTPSEC("ntpsec-1.2", "NTPsec 1.2");

  private final String targetName;
  private final String displayName;

  NtpFlavour(String targetName, String displayName) {
    this.targetName = targetName;
    this.displayName = displayName;
  }

  /** The {@code --target} name, e.g. {@code ntpsec-1.2}. */
  public String targetName() {
    return targetName;
  }

  /** The name used in messages, e.g. {@code NTPsec 1.2}. */
  public String displayName() {
    return displayName;
  }

  /**
   * The longest word this ntpd reads, in bytes (quoted text counts): on a longer one it logs
   * "configuration item on line N longer than limit of 50" and exits.
   */
  public int maxLexeme() {
    return this == CLASSIC ? 127 : 1024;
  }

  public NtpFlavour other() {
    return this == CLASSIC ? NTPSEC : CLASSIC;
  }
}

package dev.ntplint.ntp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which ntpd a file is read for. A single-flavour target rejects exactly what that daemon's parser
 * rejects; {@link #ANY} accepts what either accepts and says which flavour each flavour-specific
 * construct belongs to.
 */
public enum NtpTarget {
  NTP_4_2_8(NtpFlavour.CLASSIC),
  NTPSEC_1_2(NtpFlavour.NTPSEC),
  ANY(null);

  private final NtpFlavour flavour;

  NtpTarget(NtpFlavour flavour) {
    this.flavour = flavour;
  }

  /** The one daemon this target is, or empty for {@link #ANY}. */
  public Optional<NtpFlavour> flavour() {
    return Optional.ofNullable(flavour);
  }

  /** The daemons whose grammar applies: one, or both for {@link #ANY} (classic first). */
  public List<NtpFlavour> flavours() {
    return flavour == null ? List.of(NtpFlavour.CLASSIC, NtpFlavour.NTPSEC) : List.of(flavour);
  }

  /** {@code ntp-4.2.8}, {@code ntpsec-1.2} or {@code any}. */
  public String targetName() {
    return flavour == null ? "any" : flavour.targetName();
  }

  /** The name used in messages. */
  public String displayName() {
    return flavour == null ? "classic ntpd 4.2.8 or NTPsec 1.2" : flavour.displayName();
  }

  /**
   * Parses a {@code --target} value: {@code ntp-4.2.8} (also {@code ntp}, {@code classic},
   * {@code 4.2.8}), {@code ntpsec-1.2} (also {@code ntpsec}, {@code ntpsec-1.2.2}) or {@code any}.
   */
  public static Optional<NtpTarget> parseTarget(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "ntp-4.2.8": case "ntp": case "classic": case "4.2.8": case "ntpd-4.2.8": case "ntp-4.2":
        return Optional.of(NTP_4_2_8);
      case "ntpsec-1.2": case "ntpsec": case "ntpsec-1.2.2": case "1.2": case "1.2.2":
        return Optional.of(NTPSEC_1_2);
      case "any": case "ntp-any":
        return Optional.of(ANY);
      default:
        if (t.startsWith("ntp-4.2.8p")) {
          return Optional.of(NTP_4_2_8);
        }
        return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return targetName();
  }
}

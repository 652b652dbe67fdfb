package dev.ntplint.ntp.catalog;

import dev.ntplint.ntp.NtpFlavour;
import java.util.Optional;

/**
 * In which daemons a keyword, directive or option exists, and since which release.
 *
 * @param classicSince the classic release that introduced it ("4.2.8" when it predates the
 *     4.2.8 series this project covers); empty when classic ntpd does not have it
 * @param ntpsecSince the NTPsec release that introduced it ("1.2.2" or older is written "1.2");
 *     empty when NTPsec does not have it
 */
public record Availability(Optional<String> classicSince, Optional<String> ntpsecSince) {

  public static final Availability BOTH = new Availability(Optional.of("4.2.8"), Optional.of("1.2"));
  public static final Availability CLASSIC = new Availability(Optional.of("4.2.8"), Optional.empty());
  public static final Availability NTPSEC = new Availability(Optional.empty(), Optional.of("1.2"));

  public static Availability classicSince(String release) {
    return new Availability(Optional.of(release), Optional.empty());
  }

  public static Availability ntpsecSince(String release) {
    return new Availability(Optional.empty(), Optional.of(release));
  }

  /** True when the flavour's reference release (4.2.8p18, NTPsec 1.2.2) has it. */
  public boolean in(NtpFlavour flavour) {
    if (flavour == NtpFlavour.CLASSIC) {
      return classicSince.isPresent();
    }
    // No Optional of the answer: the scanner asks this for nearly every lexeme (issue 8).
    return ntpsecSince.isPresent() && ntpsecSince.get().equals("1.2");
  }

  /** True when only one flavour has it. */
  public boolean flavourSpecific() {
    return !(in(NtpFlavour.CLASSIC) && in(NtpFlavour.NTPSEC));
  }

  /** "classic ntpd only", "NTPsec only", or "" for both. */
  public String belongsTo() {
    boolean c = in(NtpFlavour.CLASSIC);
    boolean n = in(NtpFlavour.NTPSEC);
    if (c && !n) {
      return "classic ntpd only";
    }
    if (n && !c) {
      return "NTPsec only";
    }
    if (!c && !n) {
      return ntpsecSince.map(s -> "NTPsec " + s + " and later").orElse("neither daemon");
    }
    return "";
  }

  /** A classic release later than 4.2.8p15 that introduced it (p16, p18), if any. */
  public Optional<String> classicPatchNote() {
    return classicSince.filter(s -> !s.equals("4.2.8") && !s.equals("4.2.8p15"));
  }
}

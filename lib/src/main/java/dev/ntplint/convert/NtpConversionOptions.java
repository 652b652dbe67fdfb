package dev.ntplint.convert;

import dev.ntplint.ntp.NtpFlavour;
import java.util.Objects;

/**
 * How to write ntp.conf.
 *
 * @param flavour classic ntpd 4.2.8 or NTPsec 1.2 (NTS and the refclock syntax are NTPsec's)
 * @param distro whose file locations to use
 */
public record NtpConversionOptions(NtpFlavour flavour, Distro distro) {

  public NtpConversionOptions {
    Objects.requireNonNull(flavour, "flavour");
    Objects.requireNonNull(distro, "distro");
  }

  /** The drift file of the distribution's ntpd package. */
  public String driftFile() {
    if (flavour == NtpFlavour.NTPSEC) {
      return distro == Distro.DEBIAN ? "/var/lib/ntpsec/ntp.drift" : "/var/lib/ntp/ntp.drift";
    }
    return distro == Distro.DEBIAN ? "/var/lib/ntp/ntp.drift" : "/var/lib/ntp/drift";
  }

  /** The keys file of the distribution's ntpd package. */
  public String keysFile() {
    if (flavour == NtpFlavour.NTPSEC) {
      return distro == Distro.DEBIAN ? "/etc/ntpsec/ntp.keys" : "/etc/ntp.keys";
    }
    return distro == Distro.RHEL ? "/etc/ntp/keys" : "/etc/ntp.keys";
  }
}

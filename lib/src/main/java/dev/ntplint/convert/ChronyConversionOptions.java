package dev.ntplint.convert;

import dev.ntplint.chrony.ChronyVersion;
import java.util.Objects;

/**
 * How to write chrony.conf.
 *
 * @param target the chronyd release the output is for; options it lacks are left out and reported
 * @param distro whose file locations to use
 * @param openCommandPort write {@code cmdallow}/{@code bindcmdaddress} for the hosts ntpd answered
 *     monitoring queries from (by default the command port stays on localhost, and the report says
 *     so)
 * @param clientOnly write no {@code allow}: the converted host serves no NTP clients, whatever
 *     ntpd's restrict lines allowed
 * @param ntpdOptions ntpd's command-line options, when known
 */
public record ChronyConversionOptions(ChronyVersion target, Distro distro, boolean openCommandPort,
    boolean clientOnly, NtpdOptions ntpdOptions) {

  public ChronyConversionOptions {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(distro, "distro");
    Objects.requireNonNull(ntpdOptions, "ntpdOptions");
  }

  /** The newest chrony, Debian paths, command port closed, ntpd's options unknown. */
  public static ChronyConversionOptions defaults() {
    return new ChronyConversionOptions(ChronyVersion.NEWEST, Distro.DEBIAN, false, false,
        NtpdOptions.unknown());
  }

  public ChronyConversionOptions withTarget(ChronyVersion version) {
    return new ChronyConversionOptions(version, distro, openCommandPort, clientOnly, ntpdOptions);
  }

  public ChronyConversionOptions withDistro(Distro d) {
    return new ChronyConversionOptions(target, d, openCommandPort, clientOnly, ntpdOptions);
  }

  public ChronyConversionOptions withOpenCommandPort(boolean open) {
    return new ChronyConversionOptions(target, distro, open, clientOnly, ntpdOptions);
  }

  public ChronyConversionOptions withClientOnly(boolean only) {
    return new ChronyConversionOptions(target, distro, openCommandPort, only, ntpdOptions);
  }

  public ChronyConversionOptions withNtpdOptions(NtpdOptions options) {
    return new ChronyConversionOptions(target, distro, openCommandPort, clientOnly, options);
  }
}

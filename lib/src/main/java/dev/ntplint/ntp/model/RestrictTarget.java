package dev.ntplint.ntp.model;

import java.util.Optional;

/** What a {@code restrict} line applies to. */
public sealed interface RestrictTarget
    permits RestrictTarget.Default, RestrictTarget.Source, RestrictTarget.Address {

  /**
   * {@code default}: every address not matched by a more specific entry; without {@code -4}/{@code
   * -6} both the IPv4 and the IPv6 default.
   */
  record Default(Optional<AddressFamily> family) implements RestrictTarget {}

  /**
   * {@code source}: the template for the addresses of associations ntpd makes (pool servers);
   * classic {@code delrestrict source ADDRESS} names the entry made for one address.
   */
  record Source(Optional<NtpAddress> address) implements RestrictTarget {}

  /** A host name, an address or a network (with {@code mask}, or NTPsec's /prefix). */
  record Address(NtpAddress address) implements RestrictTarget {}
}

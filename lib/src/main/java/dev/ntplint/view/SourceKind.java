package dev.ntplint.view;

/** What kind of time source a configuration line sets up. */
public enum SourceKind {
  /** One NTP server (chrony and ntpd {@code server}). */
  SERVER,
  /** A DNS name that stands for several servers ({@code pool}). */
  POOL,
  /** A symmetric peer ({@code peer}): both sides may synchronise to each other. */
  PEER,
  /** A reference clock: chrony {@code refclock}, ntpd {@code server 127.127.T.U}/NTPsec {@code refclock}. */
  REFCLOCK,
  /** ntpd {@code broadcastclient}/{@code multicastclient}/{@code manycastclient}. */
  BROADCAST_CLIENT;

  /** True for the kinds that exchange NTP packets over the network. */
  public boolean network() {
    return this == SERVER || this == POOL || this == PEER || this == BROADCAST_CLIENT;
  }
}

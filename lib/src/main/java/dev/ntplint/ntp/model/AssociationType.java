package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;

/** The command that made an association. */
public enum AssociationType {
  SERVER(NtpDirectiveKind.SERVER),
  POOL(NtpDirectiveKind.POOL),
  PEER(NtpDirectiveKind.PEER),
  BROADCAST(NtpDirectiveKind.BROADCAST),
  MANYCASTCLIENT(NtpDirectiveKind.MANYCASTCLIENT);

  private final NtpDirectiveKind kind;

  AssociationType(NtpDirectiveKind kind) {
    this.kind = kind;
  }

  public NtpDirectiveKind kind() {
    return kind;
  }
}

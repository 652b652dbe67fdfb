package dev.ntplint.dialect;

/** The configuration languages ntplint reads. */
public enum Dialect {
  /** chrony.conf, included .conf files, and .sources files. */
  CHRONY,
  /** ntp.conf of classic ntpd 4.2.8 and of NTPsec. */
  NTP
}

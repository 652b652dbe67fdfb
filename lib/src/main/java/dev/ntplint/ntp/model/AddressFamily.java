package dev.ntplint.ntp.model;

/** The {@code -4} / {@code -6} qualifier of an address. */
public enum AddressFamily {
  IPV4, IPV6
}

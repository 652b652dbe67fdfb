package dev.ntplint.ntp.keys;

/** How ntpd reads a key: up to 20 characters as ASCII text, longer as hexadecimal (Bug 2537). */
public enum KeyEncoding {
  ASCII, HEX
}

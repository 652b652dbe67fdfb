package dev.ntplint.chrony.catalog;

/** How chronyd scans an option's value (the sscanf conversion it uses). */
public enum ValueKind {
  /** A flag: no value. */
  NONE,
  /** {@code %d}: optional sign and decimal digits; the rest of the word becomes the next option. */
  INT,
  /** {@code %u} (SCNu32): like INT, a minus sign wraps around. */
  UINT32,
  /** {@code %x}: hexadecimal, optional 0x. */
  HEX,
  /** {@code %lf}: a C floating-point number (decimal, hex float, inf, nan). */
  DOUBLE,
  /** A reference id: 1 to 4 characters. */
  REFID,
  /** A keyword from a fixed list (hwtimestamp {@code rxfilter}). */
  KEYWORD
}

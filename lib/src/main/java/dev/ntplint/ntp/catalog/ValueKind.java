package dev.ntplint.ntp.catalog;

/** What ntpd's grammar accepts as the value of an option (the token classes of spec 1.4). */
public enum ValueKind {
  /** A flag: no value. */
  NONE,
  /** {@code T_Integer}: optional '-' and decimal digits, at most 2147483647. */
  INTEGER,
  /** {@code T_Integer} or {@code T_U_int} (a larger decimal or 0x hex): association integers. */
  UNSIGNED,
  /** {@code number}: an integer or a double ({@code 1}, {@code .5}, {@code 1e-3}). */
  NUMBER,
  /** {@code T_Double} only: {@code 1} is not one ({@code driftfile FILE WANDER}). */
  DOUBLE,
  /** {@code boolean}: an integer (0 or 1; others are read as 1 with a message) or {@code true}. */
  BOOLEAN,
  /** {@code T_String}: any word that is not a keyword or a number where it is read in token mode. */
  STRING,
  /** One keyword of a fixed set (filegen {@code type}). */
  KEYWORD,
  /** An address: {@code [-4|-6] STRING} or a bare string. */
  ADDRESS
}

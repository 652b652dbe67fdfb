package dev.ntplint.chrony.keys;

/** How a chrony key is written (keys.c decode_key; both prefixes are case-sensitive). */
public enum KeyNotation {
  /** No prefix: the word's bytes are the key. */
  PLAIN,
  /** {@code ASCII:} followed by the key's bytes. */
  ASCII,
  /** {@code HEX:} followed by two hexadecimal digits per byte. */
  HEX
}

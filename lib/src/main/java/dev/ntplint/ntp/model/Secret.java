package dev.ntplint.ntp.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Key material or a password. It is deliberately not a record: {@link #toString()} never shows the
 * bytes, so secrets cannot leak into diagnostics, logs or JSON written by reflection over the
 * model. Read the bytes only through {@link #reveal()}.
 */
public final class Secret {

  /** What {@link #toString()} prints. */
  public static final String REDACTED = "(redacted)";

  private final byte[] bytes;

  public Secret(byte[] bytes) {
    this.bytes = bytes.clone();
  }

  public static Secret ofLatin1(String text) {
    return new Secret(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** The secret's bytes (a copy). */
  public byte[] reveal() {
    return bytes.clone();
  }

  public int length() {
    return bytes.length;
  }

  /** True when both hold the same bytes (constant-time comparison). */
  public boolean sameAs(Secret other) {
    return MessageDigest.isEqual(bytes, other.bytes);
  }

  /** A short fingerprint (first 8 hex digits of SHA-256) to tell secrets apart without showing them. */
  public String fingerprint() {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        sb.append(String.format("%02x", d[i] & 0xff));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret s && Arrays.equals(bytes, s.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return REDACTED;
  }
}

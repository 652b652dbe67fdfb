package dev.ntplint.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Numeric IP addresses read as {@code inet_pton(3)} reads them (glibc): dotted-quad IPv4 with no
 * leading zeros, and IPv6 with at most one "::" and an optional trailing IPv4 part. Never resolves
 * a name.
 */
public final class IpAddresses {

  private IpAddresses() {}

  /** An IPv4 or IPv6 literal, as inet_pton accepts it; empty for anything else. */
  public static Optional<InetAddress> parse(String text) {
    byte[] bytes = parseIpv4(text);
    if (bytes == null) {
      bytes = parseIpv6(text);
    }
    if (bytes == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByAddress(bytes));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** inet_pton(AF_INET): four decimal parts 0..255, no leading zeros. */
  public static byte[] parseIpv4(String s) {
    byte[] out = new byte[4];
    int part = 0;
    int value = 0;
    int digits = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '.';
      if (c >= '0' && c <= '9') {
        if (digits > 0 && value == 0) {
          return null;
        }
        value = value * 10 + (c - '0');
        digits++;
        if (value > 255) {
          return null;
        }
      } else if (c == '.') {
        if (digits == 0 || part >= 4) {
          return null;
        }
        out[part++] = (byte) value;
        value = 0;
        digits = 0;
      } else {
        return null;
      }
    }
    return part == 4 ? out : null;
  }

  /** inet_pton(AF_INET6). */
  public static byte[] parseIpv6(String s) {
    if (s.isEmpty() || s.indexOf(':') < 0) {
      return null;
    }
    byte[] out = new byte[16];
    int pos = 0;
    int doubleColon = -1;
    int i = 0;
    if (s.startsWith("::")) {
      doubleColon = 0;
      i = 2;
      if (i == s.length()) {
        return out;
      }
    } else if (s.charAt(0) == ':') {
      return null;
    }
    while (i < s.length()) {
      if (pos >= 16) {
        return null;
      }
      int j = i;
      int value = 0;
      while (j < s.length() && j - i < 5 && Character.digit(s.charAt(j), 16) >= 0
          && s.charAt(j) < 0x80) {
        value = value * 16 + Character.digit(s.charAt(j), 16);
        j++;
      }
      if (j < s.length() && s.charAt(j) == '.') {
        byte[] v4 = parseIpv4(s.substring(i));
        if (v4 == null || pos > 12) {
          return null;
        }
        System.arraycopy(v4, 0, out, pos, 4);
        pos += 4;
        i = s.length();
        break;
      }
      int length = j - i;
      if (length == 0 || length > 4) {
        return null;
      }
      out[pos++] = (byte) (value >> 8);
      out[pos++] = (byte) value;
      if (j == s.length()) {
        i = j;
        break;
      }
      if (s.charAt(j) != ':') {
        return null;
      }
      if (j + 1 < s.length() && s.charAt(j + 1) == ':') {
        if (doubleColon >= 0) {
          return null;
        }
        doubleColon = pos;
        i = j + 2;
        if (i == s.length()) {
          break;
        }
      } else {
        i = j + 1;
        if (i == s.length()) {
          return null;
        }
      }
    }
    if (doubleColon >= 0) {
      if (pos == 16) {
        return null;
      }
      int tail = pos - doubleColon;
      System.arraycopy(out, doubleColon, out, 16 - tail, tail);
      java.util.Arrays.fill(out, doubleColon, 16 - tail, (byte) 0);
    } else if (pos != 16) {
      return null;
    }
    return out;
  }
}

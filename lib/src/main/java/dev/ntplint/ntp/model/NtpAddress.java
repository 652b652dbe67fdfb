package dev.ntplint.ntp.model;

import dev.ntplint.net.IpAddresses;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An address argument as written: a host name, an IPv4/IPv6 literal (brackets, a zone id and, for
 * NTPsec's restrict, a /prefix allowed) or a refclock pseudo-address, with its optional
 * {@code -4}/{@code -6} qualifier.
 *
 * @param word the address word as written
 * @param text the address as ntpd reads it (quotes removed, bytes above 127 dropped)
 * @param family the qualifier, if given
 * @param numeric the address when the text is a numeric literal
 * @param prefixLength the /N of a CIDR form, if written
 * @param refclock the refclock type and unit for 127.127.T.U
 */
public record NtpAddress(
    Word word,
    String text,
    Optional<AddressFamily> family,
    Optional<InetAddress> numeric,
    OptionalInt prefixLength,
    Optional<RefclockAddress> refclock) {

  /** Reads {@code text} (the logical text of {@code word}). */
  public static NtpAddress of(Word word, String text, Optional<AddressFamily> family) {
    String host = text;
    OptionalInt prefix = OptionalInt.empty();
    int slash = host.indexOf('/');
    if (slash >= 0) {
      String digits = host.substring(slash + 1);
      if (!digits.isEmpty() && digits.length() <= 3 && allDigits(digits)) {
        prefix = OptionalInt.of(Integer.parseInt(digits));
        host = host.substring(0, slash);
      }
    }
    if (host.length() >= 2 && host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int percent = host.indexOf('%');
    if (percent >= 0 && host.indexOf(':') >= 0) {
      host = host.substring(0, percent);
    }
    Optional<InetAddress> numeric = IpAddresses.parse(host);
    Optional<RefclockAddress> refclock = Optional.empty();
    if (numeric.isPresent() && prefix.isEmpty()) {
      byte[] b = numeric.get().getAddress();
      if (b.length == 4 && (b[0] & 0xff) == 127 && (b[1] & 0xff) == 127) {
        refclock = Optional.of(RefclockAddress.of(b[2] & 0xff, b[3] & 0xff));
      }
    }
    return new NtpAddress(word, text, family, numeric, prefix, refclock);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  public Span span() {
    return word.span();
  }

  public boolean isNumeric() {
    return numeric.isPresent();
  }

  public boolean isIpv6() {
    return numeric.map(a -> a instanceof Inet6Address).orElse(family.orElse(null) == AddressFamily.IPV6);
  }

  /** The host name when the address is not numeric. */
  public Optional<String> hostName() {
    return numeric.isPresent() ? Optional.empty() : Optional.of(text);
  }

  @Override
  public String toString() {
    return family.map(f -> f == AddressFamily.IPV4 ? "-4 " : "-6 ").orElse("") + text;
  }
}

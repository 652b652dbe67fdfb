package dev.ntplint.view;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * A network: family, network address (host bits cleared) and prefix length. {@code 0.0.0.0/0} is
 * every IPv4 address.
 */
public record AddressRange(AddressFamily family, BigInteger network, int prefix)
    implements Comparable<AddressRange> {

  public AddressRange {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(network, "network");
    if (prefix < 0 || prefix > family.bits()) {
      throw new IllegalArgumentException("prefix " + prefix + " out of range for " + family);
    }
    network = network.and(mask(family, prefix));
  }

  /** The whole address space of a family ({@code 0.0.0.0/0} or {@code ::/0}). */
  public static AddressRange all(AddressFamily family) {
    return new AddressRange(family, BigInteger.ZERO, 0);
  }

  /** The network of {@code address} with {@code prefix} bits (extra bits are cleared). */
  public static AddressRange of(InetAddress address, int prefix) {
    AddressFamily family = address instanceof Inet4Address ? AddressFamily.IPV4 : AddressFamily.IPV6;
    return new AddressRange(family, new BigInteger(1, address.getAddress()),
        Math.min(prefix, family.bits()));
  }

  /** One address as a /32 or /128. */
  public static AddressRange host(InetAddress address) {
    return of(address, address instanceof Inet4Address ? 32 : 128);
  }

  /** Parses {@code 10.0.0.0/8}, {@code ::1}, {@code 2001:db8::/32} (numeric forms only). */
  public static AddressRange parse(String text) {
    int slash = text.indexOf('/');
    String addr = slash < 0 ? text : text.substring(0, slash);
    InetAddress address = literal(addr);
    int bits = address instanceof Inet4Address ? 32 : 128;
    return of(address, slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1)));
  }

  private static InetAddress literal(String text) {
    if (!text.matches("[0-9a-fA-F:.]+")) {
      throw new IllegalArgumentException("not a numeric address: " + text);
    }
    try {
      return InetAddress.getByName(text);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not a numeric address: " + text, e);
    }
  }

  static BigInteger mask(AddressFamily family, int prefix) {
    return MASKS[family.ordinal()][prefix];
  }

  /**
   * Every network mask of both families, built once: the access views test containment for
   * every pair of ranges of every configuration, and building the mask each time was ~5% of
   * checking a batch of small files (profiled with JFR). BigInteger is immutable, so the table is
   * safe to share between threads.
   */
  private static final BigInteger[][] MASKS = masks();

  private static BigInteger[][] masks() {
    AddressFamily[] families = AddressFamily.values();
    BigInteger[][] masks = new BigInteger[families.length][];
    for (AddressFamily family : families) {
      BigInteger all = BigInteger.ONE.shiftLeft(family.bits()).subtract(BigInteger.ONE);
      masks[family.ordinal()] = new BigInteger[family.bits() + 1];
      for (int prefix = 0; prefix <= family.bits(); prefix++) {
        BigInteger host = BigInteger.ONE.shiftLeft(family.bits() - prefix)
            .subtract(BigInteger.ONE);
        masks[family.ordinal()][prefix] = all.xor(host);
      }
    }
    return masks;
  }

  /** True when {@code other} lies inside this range (or is it). */
  public boolean contains(AddressRange other) {
    return family == other.family && prefix <= other.prefix
        && other.network.and(mask(family, prefix)).equals(network);
  }

  public boolean contains(InetAddress address) {
    return contains(host(address));
  }

  /** The two halves of this range (one bit longer). */
  AddressRange[] halves() {
    BigInteger bit = BigInteger.ONE.shiftLeft(family.bits() - prefix - 1);
    return new AddressRange[] {new AddressRange(family, network, prefix + 1),
        new AddressRange(family, network.or(bit), prefix + 1)};
  }

  /** True for the whole address space of the family. */
  public boolean isEverything() {
    return prefix == 0;
  }

  /** True when every address is a loopback address (127.0.0.0/8 or ::1). */
  public boolean isLoopback() {
    if (family == AddressFamily.IPV4) {
      return prefix >= 8 && network.shiftRight(24).intValue() == 127;
    }
    return prefix == 128 && network.equals(BigInteger.ONE);
  }

  /** The network address as an {@link InetAddress}. */
  public InetAddress address() {
    byte[] raw = network.toByteArray();
    byte[] bytes = new byte[family.bits() / 8];
    int copy = Math.min(raw.length, bytes.length);
    System.arraycopy(raw, raw.length - copy, bytes, bytes.length - copy, copy);
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public int compareTo(AddressRange o) {
    int c = family.compareTo(o.family);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(prefix, o.prefix);
    return c != 0 ? c : network.compareTo(o.network);
  }

  /** The network address in its usual short form ({@code 10.0.0.0}, {@code 2001:db8::}). */
  public String addressText() {
    InetAddress a = address();
    if (family == AddressFamily.IPV4) {
      return a.getHostAddress();
    }
    byte[] b = a.getAddress();
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; i++) {
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = Math.max(i, j);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLength - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(groups[i]));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return addressText() + "/" + prefix;
  }
}

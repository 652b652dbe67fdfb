package dev.ntplint.view;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * A network: family, network address (host bits cleared) and prefix length. {@code 0.0.0.0/0} is
 * every IPv4 address.
 *
 * <p>The address is held as one unsigned 128-bit number in two longs ({@code high}, {@code low};
 * an IPv4 address is the low 32 bits of {@code low}), not as a {@link BigInteger}: the access
 * views compare, mask and order ranges for every pair of rules of every configuration, and the
 * BigInteger arithmetic and allocation were 5-9% of checking a batch of small files (issue 8, P2).
 * {@link #network()} builds the BigInteger on demand for callers that want it.
 *
 * <p>A class, not a record (it was a record of family, network and prefix: the accessors and the
 * canonical constructor are kept), with equals, hashCode and toString written out.
 */
public final class AddressRange implements Comparable<AddressRange> {

  private static final long IPV4_BITS = 0xffff_ffffL;

  private final AddressFamily family;
  private final long high;
  private final long low;
  private final int prefix;

  /**
   * The network of {@code network} with {@code prefix} bits: bits beyond the family's width and
   * the host bits are cleared (a negative number counts as its two's complement).
   */
  public AddressRange(AddressFamily family, BigInteger network, int prefix) {
    this(checked(family, prefix), Objects.requireNonNull(network, "network").shiftRight(64)
        .longValue(), network.longValue(), prefix);
  }

  /** {@code high}/{@code low} may carry host bits; they are cleared here. */
  private AddressRange(AddressFamily family, long high, long low, int prefix) {
    this.family = family;
    this.prefix = prefix;
    this.high = high & maskHigh(family, prefix);
    this.low = low & maskLow(family, prefix);
  }

  private static AddressFamily checked(AddressFamily family, int prefix) {
    Objects.requireNonNull(family, "family");
    if (prefix < 0 || prefix > family.bits()) {
      throw new IllegalArgumentException("prefix " + prefix + " out of range for " + family);
    }
    return family;
  }

  /** The network of the 128-bit address {@code high}:{@code low} with {@code prefix} bits. */
  static AddressRange ofBits(AddressFamily family, long high, long low, int prefix) {
    return new AddressRange(checked(family, prefix), high, low, prefix);
  }

  private static final AddressRange ALL_IPV4 = ofBits(AddressFamily.IPV4, 0, 0, 0);
  private static final AddressRange ALL_IPV6 = ofBits(AddressFamily.IPV6, 0, 0, 0);

  /** The whole address space of a family ({@code 0.0.0.0/0} or {@code ::/0}). */
  public static AddressRange all(AddressFamily family) {
    return family == AddressFamily.IPV4 ? ALL_IPV4 : ALL_IPV6;
  }

  private static final AddressRange LOOPBACK_IPV4 = ofBits(AddressFamily.IPV4, 0, 0x7f00_0000L, 8);
  private static final AddressRange LOOPBACK_IPV6 = ofBits(AddressFamily.IPV6, 0, 1, 128);

  /** The host's own loopback addresses of a family ({@code 127.0.0.0/8} or {@code ::1}). */
  static AddressRange loopback(AddressFamily family) {
    return family == AddressFamily.IPV4 ? LOOPBACK_IPV4 : LOOPBACK_IPV6;
  }

  /** The network of {@code address} with {@code prefix} bits (extra bits are cleared). */
  public static AddressRange of(InetAddress address, int prefix) {
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      return ofBits(AddressFamily.IPV4, 0, bigEndian(bytes, 0, 4),
          Math.min(prefix, AddressFamily.IPV4.bits()));
    }
    return ofBits(AddressFamily.IPV6, bigEndian(bytes, 0, 8), bigEndian(bytes, 8, 8),
        Math.min(prefix, AddressFamily.IPV6.bits()));
  }

  private static long bigEndian(byte[] bytes, int from, int count) {
    long value = 0;
    for (int i = from; i < from + count; i++) {
      value = (value << 8) | (bytes[i] & 0xff);
    }
    return value;
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
    // Only the characters of a numeric address, so InetAddress never resolves a name. Tested
    // by hand, not with a regular expression: a short check otherwise compiled one at start
    // (issue 8, P1).
    boolean numeric = !text.isEmpty();
    for (int i = 0; i < text.length() && numeric; i++) {
      char c = text.charAt(i);
      numeric = c == ':' || c == '.' || Character.digit(c, 16) >= 0 && c < 128;
    }
    if (!numeric) {
      throw new IllegalArgumentException("not a numeric address: " + text);
    }
    try {
      return InetAddress.getByName(text);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not a numeric address: " + text, e);
    }
  }

  public AddressFamily family() {
    return family;
  }

  /** The network address as a number (built on each call; the range keeps two longs). */
  public BigInteger network() {
    return unsigned(high, low);
  }

  public int prefix() {
    return prefix;
  }

  /** The upper 64 bits of the 128-bit network address (always 0 for IPv4). */
  long high() {
    return high;
  }

  /** The lower 64 bits of the 128-bit network address (an IPv4 address in its low 32 bits). */
  long low() {
    return low;
  }

  private static BigInteger unsigned(long high, long low) {
    byte[] magnitude = new byte[16];
    for (int i = 0; i < 8; i++) {
      magnitude[i] = (byte) (high >>> (56 - 8 * i));
      magnitude[8 + i] = (byte) (low >>> (56 - 8 * i));
    }
    return new BigInteger(1, magnitude);
  }

  /** The network mask of {@code prefix} as a number (for tests; the ranges use the longs). */
  static BigInteger mask(AddressFamily family, int prefix) {
    return unsigned(maskHigh(family, prefix), maskLow(family, prefix));
  }

  /** The upper 64 bits of the mask keeping the first {@code prefix} bits of the family's width. */
  private static long maskHigh(AddressFamily family, int prefix) {
    if (family == AddressFamily.IPV4 || prefix == 0) {
      return 0;
    }
    return prefix >= 64 ? -1L : -1L << (64 - prefix);
  }

  /** The lower 64 bits of that mask. */
  private static long maskLow(AddressFamily family, int prefix) {
    if (family == AddressFamily.IPV4) {
      return prefix == 0 ? 0 : (-1L << (32 - prefix)) & IPV4_BITS;
    }
    if (prefix <= 64) {
      return 0;
    }
    return -1L << (128 - prefix);
  }

  /** True when {@code other} lies inside this range (or is it). */
  public boolean contains(AddressRange other) {
    return family == other.family && prefix <= other.prefix
        && (other.high & maskHigh(family, prefix)) == high
        && (other.low & maskLow(family, prefix)) == low;
  }

  public boolean contains(InetAddress address) {
    return contains(host(address));
  }

  /** The network of this range's address with {@code length} bits (shorter or longer). */
  public AddressRange withPrefix(int length) {
    return ofBits(family, high, low, length);
  }

  /** The two halves of this range (one bit longer). */
  AddressRange[] halves() {
    return new AddressRange[] {subnet(0, prefix + 1), subnet(1, prefix + 1)};
  }

  /**
   * The {@code index}-th subnet of this range with the longer prefix {@code longer} (its network
   * is this network plus {@code index} times the subnet's size); {@code index} is below
   * 2<sup>{@code longer - prefix}</sup>, at most 2<sup>62</sup>.
   */
  AddressRange subnet(long index, int longer) {
    int shift = family.bits() - longer;
    long indexHigh;
    long indexLow;
    if (shift >= 64) {
      indexHigh = index << (shift - 64);
      indexLow = 0;
    } else {
      indexHigh = shift == 0 ? 0 : index >>> (64 - shift);
      indexLow = index << shift;
    }
    // The host bits of this network are zero, so setting them is adding.
    return ofBits(family, high | indexHigh, low | indexLow, longer);
  }

  /**
   * The last address of this range, as a full-length (/32 or /128) range (the constructor clears
   * the bits beyond the family's width that the inverted mask sets).
   */
  public AddressRange lastAddress() {
    return new AddressRange(family, high | ~maskHigh(family, prefix),
        low | ~maskLow(family, prefix), family.bits());
  }

  /**
   * The number of leading bits (of the family's width) that the networks of this range and
   * {@code other} share.
   */
  int commonLeadingBits(AddressRange other) {
    long differingHigh = high ^ other.high;
    long differingLow = low ^ other.low;
    int differingBitLength = differingHigh != 0
        ? 128 - Long.numberOfLeadingZeros(differingHigh)
        : 64 - Long.numberOfLeadingZeros(differingLow);
    return family.bits() - differingBitLength;
  }

  /** Orders by network address alone, as unsigned numbers (same family assumed). */
  int compareNetwork(AddressRange other) {
    int byHigh = Long.compareUnsigned(high, other.high);
    return byHigh != 0 ? byHigh : Long.compareUnsigned(low, other.low);
  }

  /** True for the whole address space of the family. */
  public boolean isEverything() {
    return prefix == 0;
  }

  /** True when every address is a loopback address (127.0.0.0/8 or ::1). */
  public boolean isLoopback() {
    return loopback(family).contains(this);
  }

  /** The network address as an {@link InetAddress}. */
  public InetAddress address() {
    byte[] bytes = new byte[family.bits() / 8];
    for (int i = 0; i < bytes.length; i++) {
      int bitFromEnd = 8 * (bytes.length - 1 - i);
      bytes[i] = (byte) (bitFromEnd >= 64 ? high >>> (bitFromEnd - 64) : low >>> bitFromEnd);
    }
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
    return c != 0 ? c : compareNetwork(o);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AddressRange other && family == other.family && prefix == other.prefix
        && high == other.high && low == other.low;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * family.hashCode() + Long.hashCode(high)) + Long.hashCode(low))
        + prefix;
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

package dev.ntplint.view;

/** IPv4 or IPv6, with the width of its addresses. */
public enum AddressFamily {
  IPV4(32), IPV6(128);

  private final int bits;

  AddressFamily(int bits) {
    this.bits = bits;
  }

  /** Address width in bits. */
  public int bits() {
    return bits;
  }

  public String label() {
    return this == IPV4 ? "IPv4" : "IPv6";
  }
}

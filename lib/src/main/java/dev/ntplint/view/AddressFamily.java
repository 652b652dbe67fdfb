package dev.ntplint.view;

import java.util.List;

/** IPv4 or IPv6, with the width of its addresses. */
public enum AddressFamily {
  IPV4(32), IPV6(128);

  /**
   * Both families, in order: {@code values()} clones its array on every call, which in the
   * C1-compiled code of a batch is a runtime call, paid several times per file (issue 8, P2).
   */
  public static final List<AddressFamily> ALL = List.of(values());

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

package dev.ntplint.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** {@link AddressRange}: network masks of every prefix length, containment. */
class AddressRangeTest {

  @Test
  void theMaskOfAPrefixKeepsExactlyItsLeadingBits() {
    for (AddressFamily family : AddressFamily.values()) {
      for (int prefix = 0; prefix <= family.bits(); prefix++) {
        BigInteger mask = AddressRange.mask(family, prefix);
        assertThat(mask.bitCount()).as("%s /%d", family, prefix).isEqualTo(prefix);
        assertThat(mask.bitLength()).isEqualTo(prefix == 0 ? 0 : family.bits());
        assertThat(mask.getLowestSetBit()).isEqualTo(prefix == 0 ? -1 : family.bits() - prefix);
      }
    }
  }

  @Test
  void clearsTheHostBitsAndContainsItsOwnAddresses() {
    assertThat(AddressRange.parse("10.1.2.3/8")).isEqualTo(AddressRange.parse("10.0.0.0/8"));
    assertThat(AddressRange.parse("2001:db8::1/32").network())
        .isEqualTo(AddressRange.parse("2001:db8::/32").network());
    qt().forAll(integers().between(0, 32), integers().all()).checkAssert((prefix, address) -> {
      AddressRange host = new AddressRange(AddressFamily.IPV4,
          BigInteger.valueOf(Integer.toUnsignedLong(address)), 32);
      AddressRange network = new AddressRange(AddressFamily.IPV4, host.network(), prefix);
      assertThat(network.contains(host)).isTrue();
      assertThat(host.contains(network)).isEqualTo(prefix == 32);
    });
  }
}

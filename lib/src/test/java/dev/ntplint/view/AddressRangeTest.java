package dev.ntplint.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  /** Only numeric forms: a name is refused before InetAddress could resolve it. */
  @ParameterizedTest
  @ValueSource(strings = {"", "localhost", "ntp.example.com", "10.0.0.1 ", "fe80::1%eth0",
      "\uff11.0.0.1", "10.0.0.g/8"})
  void refusesWhatIsNotANumericAddress(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> AddressRange.parse(text))
        .withMessageContaining("not a numeric address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "::1", "::ffff:10.0.0.1", "2001:DB8::/32", "0.0.0.0/0"})
  void acceptsNumericAddresses(String text) {
    assertThat(AddressRange.parse(text).prefix()).isBetween(0, 128);
  }
}

package dev.ntplint.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link AddressRange}'s two-long arithmetic against a {@link BigInteger} reference: masking,
 * containment, ordering, halves, subnets, last address, shared leading bits, loopback and the
 * address bytes, over generated IPv4 and IPv6 addresses and every prefix length.
 */
class AddressRangeArithmeticProperties {

  /** An address and prefix as the reference sees them: plain numbers. */
  private record Sample(AddressFamily family, BigInteger address, int prefix) {
    AddressRange range() {
      return new AddressRange(family, address, prefix);
    }

    BigInteger network() {
      return address.and(referenceMask(family, prefix));
    }
  }

  private static BigInteger referenceMask(AddressFamily family, int prefix) {
    BigInteger all = BigInteger.ONE.shiftLeft(family.bits()).subtract(BigInteger.ONE);
    return all.xor(BigInteger.ONE.shiftLeft(family.bits() - prefix).subtract(BigInteger.ONE));
  }

  private static BigInteger unsigned128(long high, long low) {
    return new BigInteger(Long.toUnsignedString(high)).shiftLeft(64)
        .or(new BigInteger(Long.toUnsignedString(low)));
  }

  /** 128 random bits, cut to the family's width, with a prefix of that family. */
  private static Gen<Sample> samples() {
    return Generate.enumValues(AddressFamily.class).zip(longs().all(), longs().all(),
            integers().between(0, 128), (family, high, low, prefix) -> new Sample(family,
                unsigned128(high, low).and(referenceMask(family, family.bits())),
                prefix % (family.bits() + 1)));
  }

  /**
   * A pair sharing a generated number of leading bits, so that containment and overlap are
   * common (two independent random ranges almost never nest).
   */
  private static Gen<Sample[]> nearbyPairs() {
    return samples().zip(longs().all(), longs().all(), integers().between(0, 128),
        integers().between(0, 128), (first, high, low, shared, prefix) -> {
          int bits = first.family().bits();
          BigInteger noise = unsigned128(high, low).and(referenceMask(first.family(), bits))
              .shiftRight(Math.min(shared, bits));
          return new Sample[] {first,
              new Sample(first.family(), first.address().xor(noise), prefix % (bits + 1))};
        });
  }

  @Test
  void theNetworkKeepsExactlyThePrefixBits() {
    qt().forAll(samples()).checkAssert(sample -> {
      AddressRange range = sample.range();
      assertThat(range.network()).isEqualTo(sample.network());
      assertThat(range.prefix()).isEqualTo(sample.prefix());
      assertThat(new BigInteger(1, range.address().getAddress())).isEqualTo(sample.network());
      assertThat(AddressRange.of(range.address(), sample.prefix())).isEqualTo(range);
      assertThat(AddressRange.mask(sample.family(), sample.prefix()))
          .isEqualTo(referenceMask(sample.family(), sample.prefix()));
    });
  }

  @Test
  void aNegativeOrTooWideNumberIsCutToTheFamilysWidthAsBigIntegerAndWouldCutIt() {
    qt().forAll(samples(), longs().all()).checkAssert((sample, extra) -> {
      BigInteger wide = sample.address().subtract(BigInteger.valueOf(extra).shiftLeft(128));
      assertThat(new AddressRange(sample.family(), wide, sample.prefix()).network())
          .isEqualTo(wide.and(referenceMask(sample.family(), sample.prefix())));
    });
  }

  @Test
  void containmentEqualityAndOrderMatchTheReference() {
    qt().forAll(nearbyPairs()).checkAssert(pair -> {
      Sample a = pair[0];
      Sample b = pair[1];
      AddressRange first = a.range();
      AddressRange second = b.range();
      boolean referenceContains = a.prefix() <= b.prefix()
          && b.network().and(referenceMask(a.family(), a.prefix())).equals(a.network());
      assertThat(first.contains(second)).isEqualTo(referenceContains);
      int referenceOrder = a.prefix() != b.prefix()
          ? Integer.compare(a.prefix(), b.prefix()) : a.network().compareTo(b.network());
      assertThat(Integer.signum(first.compareTo(second))).isEqualTo(Integer.signum(referenceOrder));
      assertThat(Integer.signum(first.compareNetwork(second)))
          .isEqualTo(a.network().compareTo(b.network()));
      boolean referenceEqual = a.prefix() == b.prefix() && a.network().equals(b.network());
      assertThat(first.equals(second)).isEqualTo(referenceEqual);
      if (referenceEqual) {
        assertThat(first.hashCode()).isEqualTo(second.hashCode());
      }
      int bits = a.family().bits();
      assertThat(first.commonLeadingBits(second))
          .isEqualTo(bits - a.network().xor(b.network()).bitLength());
    });
  }

  @Test
  void rangesOfDifferentFamiliesNeverContainEachOther() {
    qt().forAll(samples(), samples()).checkAssert((a, b) -> {
      if (a.family() != b.family()) {
        assertThat(a.range().contains(b.range())).isFalse();
        assertThat(Integer.signum(a.range().compareTo(b.range())))
            .isEqualTo(Integer.signum(a.family().compareTo(b.family())));
      }
    });
  }

  @Test
  void halvesSubnetsAndTheLastAddressAreTheReferenceSums() {
    qt().forAll(samples(), integers().between(0, 128), longs().all()).checkAssert(
        (sample, extraBits, index) -> {
          AddressRange range = sample.range();
          int bits = sample.family().bits();
          BigInteger size = BigInteger.ONE.shiftLeft(bits - sample.prefix());
          assertThat(range.lastAddress().network())
              .isEqualTo(sample.network().add(size).subtract(BigInteger.ONE));
          assertThat(range.lastAddress().prefix()).isEqualTo(bits);
          if (sample.prefix() == bits) {
            return;
          }
          AddressRange[] halves = range.halves();
          assertThat(halves[0].network()).isEqualTo(sample.network());
          assertThat(halves[1].network()).isEqualTo(sample.network().add(size.shiftRight(1)));
          assertThat(halves).allSatisfy(half -> assertThat(half.prefix())
              .isEqualTo(sample.prefix() + 1));
          int longer = sample.prefix() + 1 + extraBits % (bits - sample.prefix());
          int indexBits = Math.min(longer - sample.prefix(), 62);
          long subnetIndex = index & ((1L << indexBits) - 1);
          assertThat(range.subnet(subnetIndex, longer).network()).isEqualTo(sample.network()
              .add(BigInteger.valueOf(subnetIndex).shiftLeft(bits - longer)));
          assertThat(range.subnet(subnetIndex, longer).prefix()).isEqualTo(longer);
          assertThat(range.withPrefix(longer).network()).isEqualTo(sample.network());
        });
  }

  @Test
  void loopbackMatchesTheReference() {
    qt().forAll(samples()).checkAssert(sample -> {
      boolean reference = sample.family() == AddressFamily.IPV4
          ? sample.prefix() >= 8 && sample.network().shiftRight(24).intValue() == 127
          : sample.prefix() == 128 && sample.network().equals(BigInteger.ONE);
      assertThat(sample.range().isLoopback()).isEqualTo(reference);
    });
    assertThat(AddressRange.parse("127.1.2.3/8").isLoopback()).isTrue();
    assertThat(AddressRange.parse("::1").isLoopback()).isTrue();
    assertThat(AddressRange.parse("::1/127").isLoopback()).isFalse();
  }
}

package dev.ntplint.chrony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.ntplint.testing.TextGen;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link CScan}'s unsigned conversions ({@code %lu}, {@code %u}, {@code %x}: strtoul) in 64-bit
 * arithmetic, against a {@link BigInteger} reference of strtoul: magnitudes around and far above
 * 2^64-1 saturate to ULONG_MAX whatever the sign, a minus sign below that negates modulo 2^64.
 */
class CScanUnsignedProperties {

  private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64)
      .subtract(BigInteger.ONE);

  /** strtoul's value of a sign and digits in {@code base}, as the low 64 bits of a long. */
  private static long reference(String sign, String digits, int base) {
    BigInteger magnitude = new BigInteger(digits, base);
    if (magnitude.compareTo(ULONG_MAX) > 0) {
      return -1L;
    }
    long value = magnitude.longValue();
    return sign.equals("-") ? -value : value;
  }

  /**
   * Digits whose values cluster near the limits: 1 to 25 digits (2^64-1 has 20 decimal and 16
   * hexadecimal ones), from a small alphabet of the digits that make them.
   */
  private static Gen<String> digits(String alphabet) {
    return TextGen.strings(alphabet, 1, 25);
  }

  private static Gen<String> signs() {
    return Generate.pick(List.of("", "+", "-"));
  }

  @Test
  void decimalIsStrtoul() {
    qt().forAll(signs(), digits("0123456789999999"), Generate.pick(List.of("", " 1",
            "x", ".5")))
        .checkAssert((sign, digits, tail) -> {
          String text = " " + sign + digits + tail;
          CScan.Scanned scanned = CScan.scanUnsignedLong(text, 0);
          assertThat(scanned).as(text).isNotNull();
          assertThat(scanned.longValue()).as(text).isEqualTo(reference(sign, digits, 10));
          assertThat(scanned.consumed()).as(text).isEqualTo(1 + sign.length() + digits.length());
        });
  }

  @Test
  void hexadecimalIsStrtoulCutTo32Bits() {
    qt().forAll(signs(), digits("0123456789abcdefFFFFF"), Generate.pick(List.of("",
            "0x", "0X")))
        .checkAssert((sign, digits, prefix) -> {
          String text = sign + prefix + digits;
          CScan.Scanned scanned = CScan.scanHex(text, 0);
          assertThat(scanned).as(text).isNotNull();
          assertThat(scanned.longValue()).as(text)
              .isEqualTo(reference(sign, digits, 16) & 0xffffffffL);
          assertThat(scanned.consumed()).as(text).isEqualTo(text.length());
        });
  }

  @Test
  void theLimitsThemselves() {
    assertThat(CScan.scanUnsignedLong("18446744073709551615", 0).longValue()).isEqualTo(-1L);
    assertThat(CScan.scanUnsignedLong("18446744073709551616", 0).longValue()).isEqualTo(-1L);
    assertThat(CScan.scanUnsignedLong("-18446744073709551615", 0).longValue()).isEqualTo(1L);
    assertThat(CScan.scanUnsignedLong("-18446744073709551616", 0).longValue()).isEqualTo(-1L);
    assertThat(CScan.scanUnsignedLong("9223372036854775808", 0).longValue())
        .isEqualTo(Long.MIN_VALUE);
    assertThat(CScan.scanHex("ffffffffffffffff", 0).longValue()).isEqualTo(0xffffffffL);
    assertThat(CScan.scanHex("10000000000000000", 0).longValue()).isEqualTo(0xffffffffL);
    assertThat(CScan.scanUInt32("-1", 0).longValue()).isEqualTo(0xffffffffL);
  }
}

package dev.ntplint.fidelity;

import dev.ntplint.chrony.catalog.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The words the generators draw values from, per kind of value: plain valid ones first, then the
 * odd ones (values at and past their ranges, C scanning corner cases such as {@code 6x}, {@code
 * 1e}, {@code 0x10}, {@code +5}, {@code -0}, wrapping unsigned numbers, hex floats, inf and nan
 * spellings, numbers glued together like {@code 1-2}). Every string is one char per byte.
 */
final class ValuePools {

  private ValuePools() {}

  /** Junk and corner cases of C's {@code %d} / {@code strtol}, whatever the range. */
  static final List<String> INT_ODD = List.of(
      "0", "-1", "-0", "+5", "+0", "6x", "0x10", "010", "1e3", "1.5", "1e", "", "x", "-", "+", "--1",
      "+-1", "1-2", "1+2", "2147483647", "2147483648", "-2147483648", "-2147483649",
      "4294967295", "4294967296", "4294967297", "9223372036854775807", "9223372036854775808",
      "-9223372036854775809", "18446744073709551616", "99999999999999999999", "\u00ef\u00bc\u0096");

  static final List<String> DOUBLE_PLAIN = List.of("1", "0.5", "0", "-0.1", "100", "1e-9", "3.0");

  static final List<String> DOUBLE_ODD = List.of(
      "+1E-9", "1.", ".5", "-.5", "0x10", "0X1p3", "0x1.8p1", "0x", "0x.", "0x.p1", "0x1p", "0xg",
      "1e", "1e+", "1e-", "1E5x", "1e+x", "5e", "e5", "1e400", "-1e400", "1e-400", "inf", "-inf",
      "+INF", "infinity", "Infinity", "infinit", "infx", "infinityx", "in", "i", "nan", "NaN",
      "-nan", "nan(x)", "nan(", "nan()", "nanx", "na", "n", ".", "-", "+", "", "x", "1,5", "1.5.2",
      "1-2", "1+2", "00", "1d", "1f", "6x", "+-1", "0e", "0.e1", "1..2");

  static final List<String> UINT32_PLAIN = List.of("1", "7", "65535", "4294967295");

  static final List<String> UINT32_ODD = List.of(
      "0", "4294967296", "4294967297", "-1", "-4294967295", "-4294967296", "-4294967297",
      "18446744073709551615", "18446744073709551614", "18446744073709551616",
      "-18446744073709551615", "-18446744073709551616", "99999999999999999999",
      "-99999999999999999999", "+7", "1x", "x", "", "0x10", "-0", "00");

  static final List<String> HEX_PLAIN = List.of("F323", "f323", "0xF323", "0XF323");

  static final List<String> HEX_ODD = List.of(
      "F324", "10A", "0", "0x", "0xg", "F323x", "+F323", "-F323", "-0xF323", "f3230", "0000F323",
      "10000F323", "1F323", "FFFFFFFFFFFFFFFFFF", "x", "", "F32");

  static final List<String> REFID_PLAIN = List.of("GPS", "PPS", "A", "ABCD", "NMEA");

  static final List<String> REFID_ODD = List.of(
      "ABCDE", "", "ABCDpps", "ABCDnoselect", "GPS1x", "ABCDprefer", "ABCDrefid", "ABCD#",
      "\u00e9\u00e9\u00e9\u00e9\u00e9");

  static final List<String> RXFILTER_PLAIN = List.of("all", "ntp", "ptp", "none", "NONE", "Ntp");

  static final List<String> RXFILTER_ODD = List.of(
      "x", "nonex", "alll", "nonenocrossts", "allnocrossts", "", "non", "al", "ptpx");

  /** Plain integers for a range, as words. */
  static List<String> intPlain(long min, long max) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    long typical = Math.max(min, Math.min(max, 1));
    out.add(String.valueOf(typical));
    if (min > Long.MIN_VALUE) {
      out.add(String.valueOf(min));
    }
    if (max < Long.MAX_VALUE) {
      out.add(String.valueOf(max));
    }
    long mid = Math.max(min, Math.min(max, 6));
    out.add(String.valueOf(mid));
    return new ArrayList<>(out);
  }

  /** Integers just past a range, then the C corner cases. */
  static List<String> intOdd(long min, long max) {
    List<String> out = new ArrayList<>();
    if (min > Long.MIN_VALUE && min > Integer.MIN_VALUE) {
      out.add(String.valueOf(min - 1));
    }
    if (max < Long.MAX_VALUE && max < Integer.MAX_VALUE) {
      out.add(String.valueOf(max + 1));
    }
    out.addAll(INT_ODD);
    return out;
  }

  static List<String> plain(ValueKind kind, long min, long max) {
    return switch (kind) {
      case INT -> intPlain(min, max);
      case UINT32 -> UINT32_PLAIN;
      case HEX -> HEX_PLAIN;
      case DOUBLE -> DOUBLE_PLAIN;
      case REFID -> REFID_PLAIN;
      case KEYWORD -> RXFILTER_PLAIN;
      case NONE -> List.of();
    };
  }

  static List<String> odd(ValueKind kind, long min, long max) {
    return switch (kind) {
      case INT -> intOdd(min, max);
      case UINT32 -> UINT32_ODD;
      case HEX -> HEX_ODD;
      case DOUBLE -> DOUBLE_ODD;
      case REFID -> REFID_ODD;
      case KEYWORD -> RXFILTER_ODD;
      case NONE -> List.of();
    };
  }

  // ----- words of directives ------------------------------------------------------------------

  static final List<String> HOSTS_PLAIN = List.of(
      "192.0.2.1", "pool.ntp.org", "2001:db8::1", "ntp.example.com", "time-a.example");

  static final List<String> HOSTS_ODD = List.of(
      "[::1]", "192.0.2.1:123", "iburst", "#x", "\"q\"", "ntp.ex\u00c3\u00a4mple.com", "*", "-",
      "fe80::1%eth0");

  static final List<String> PATHS_PLAIN = List.of(
      "/var/lib/chrony/drift", "/etc/chrony.keys", "/var/log/chrony", "/run/chrony/x", "x");

  static final List<String> PATHS_ODD = List.of(
      "/", "#x", "!x", "a\"b", "\\", "/a\\", "\"/a", "=", "\u00c3\u00a9t\u00c3\u00a9", "*");

  static final List<String> WORDS_PLAIN = List.of("eth0", "root", "UTC", "right/UTC", "chrony");

  static final List<String> IPS_PLAIN = List.of(
      "192.0.2.1", "::1", "0.0.0.0", "::", "2001:db8::1", "::ffff:1.2.3.4", "1:2:3:4:5:6:7:8");

  static final List<String> IPS_ODD = List.of(
      "localhost", "1.2.3", "01.2.3.4", "1.2.3.04", "1::2::3", "1:2:3:4:5:6:7:8:9", "::1%0",
      "1.2.3.4/24", "[::1]", "1.2.3.4.5", "1.2.3.256", "", "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4",
      "1:2:3:4:5:6:7:1.2.3.4", "00001::", "1::", ":1", "1:", ":::", "1:2:3:4:5:6:7::",
      "::1:2:3:4:5:6:7", "1:2:3:4:5:6:7::8", "0x7f.1", "127.1", "G::1", "::ffff:1.2.3",
      "1.2.3.4:123", "+1.2.3.4", "1.2.3.-4");

  /** allow/deny: valid subnets (chronyd's own numeric forms), then odd ones. */
  static final List<String> SUBNETS_PLAIN = List.of(
      "192.168.0.0/16", "10", "10.1", "10.1.2", "1.2.3.4", "::/0", "2001:db8::/32", "0/0",
      "10/8", "1.2.3/24", "::1", "0.0.0.0/0", "1.2.3.4/08");

  static final List<String> SUBNETS_ODD = List.of(
      "256", "1.2.3.4/", "1.2.3.4/24x", "1.2.3.4/-1", "1.2.3.4/+8", "1.2.3.4.5", "1.2.3.4/33",
      "::/129", "1.2.3.4/4294967328", "fe80::1%eth0", "::1%0", "::1%00", "fe80::1%lo", "::1%1",
      "::1%x", "::1%0/64", "010.1.1.1", "0x0a", "0x7f.1", "01.2.3.4", "1.65536", "1.2.3.4.", "1.",
      "+1", "1.+2", "-1", "1..2", "0x", "08", "09.1.1.1", "1.2.3.256", "4294967296", "0xffffffff",
      "0x100000000", "1.0x10", "017777777777", "1.2.65535", "1.2.65536", "1.16777215",
      "1.16777216", "1.2.3.4/", "/8", "/", "1.2.3.4//8", "localhost", "ntp.example.com", "a_b",
      "a$b", "localhost/8", "::ffff:1.2.3.4/96", "1:2:3:4:5:6:7:8:9");

  static final List<String> UNKNOWN_WORDS = List.of(
      "foo", "minpol", "iburst1", "#", "=", "maxpoll=6", "-", "x", "key=1", "\u00c3\u00a9");
}

package dev.ntplint.chrony;

/**
 * The C library conversions chronyd uses to read numbers, reproduced on a string so that ntplint
 * accepts exactly what chronyd accepts: {@code sscanf} with {@code %d %u %x %lf} (which read a
 * prefix and leave the rest), and {@code strtol} over a whole word.
 */
public final class CScan {

  /** The result of a successful conversion: the value and how many characters it consumed. */
  public record Scanned(long longValue, double doubleValue, int consumed) {}

  private CScan() {}

  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /**
   * An integer in {@code base} as strtol/strtoul read it from {@code from}: blanks, a sign, digits
   * (with an optional 0x for base 16). Returns null when no digit is found. The magnitude saturates
   * like strtol's ERANGE behaviour; {@code overflow} tells whether it did.
   */
  private static Scanned scanInteger(String s, int from, int base, boolean[] overflow) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    boolean negative = false;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    if (base == 16 && i + 1 < s.length() && s.charAt(i) == '0'
        && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
        && i + 2 < s.length() && hexDigit(s.charAt(i + 2)) >= 0) {
      i += 2;
    }
    int digitsStart = i;
    long magnitude = 0;
    boolean saturated = false;
    while (i < s.length()) {
      int d = base == 16 ? hexDigit(s.charAt(i)) : (isDigit(s.charAt(i)) ? s.charAt(i) - '0' : -1);
      if (d < 0) {
        break;
      }
      if (!saturated) {
        if (magnitude > (Long.MAX_VALUE - d) / base) {
          saturated = true;
        } else {
          magnitude = magnitude * base + d;
        }
      }
      i++;
    }
    if (i == digitsStart) {
      return null;
    }
    if (overflow != null) {
      overflow[0] = saturated;
    }
    long value;
    if (saturated) {
      value = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
    } else {
      value = negative ? -magnitude : magnitude;
    }
    return new Scanned(value, value, i - from);
  }

  /** {@code sscanf(s, "%d%n")}: the int value (glibc truncates the long result to int). */
  static Scanned scanInt(String s, int from) {
    Scanned r = scanInteger(s, from, 10, null);
    if (r == null) {
      return null;
    }
    int truncated = (int) r.longValue();
    // The scan itself when nothing was truncated: a second object per number was half of the
    // scans' bytes in linting a large file (issue 8, P3).
    return truncated == r.longValue() ? r : new Scanned(truncated, truncated, r.consumed());
  }

  /** {@code sscanf(s, "%" SCNu32 "%n")}: strtoul, negative values wrap, truncated to 32 bits. */
  public static Scanned scanUInt32(String s, int from) {
    Scanned r = scanUnsigned(s, from, 10);
    if (r == null) {
      return null;
    }
    long value = r.longValue() & 0xffffffffL;
    return value == r.longValue() ? r : new Scanned(value, value, r.consumed());
  }

  /** {@code sscanf(s, "%" SCNx32 "%n")}. */
  static Scanned scanHex(String s, int from) {
    Scanned r = scanUnsigned(s, from, 16);
    if (r == null) {
      return null;
    }
    long value = r.longValue() & 0xffffffffL;
    return value == r.longValue() ? r : new Scanned(value, value, r.consumed());
  }

  /** {@code sscanf(s, "%lu")} on a 64-bit machine (the unsigned value in a long's bits). */
  static Scanned scanUnsignedLong(String s, int from) {
    return scanUnsigned(s, from, 10);
  }

  /**
   * An unsigned conversion of glibc's scanf ({@code %u}, {@code %x}, {@code %lu}): blanks, a sign,
   * for base 16 a {@code 0x} that is consumed even when no digit follows, digits; the collected
   * text is converted with strtoul: a magnitude above 2^64-1 gives ULONG_MAX whatever the sign,
   * else a minus sign negates modulo 2^64. The result is the 64-bit value in a long's bits.
   */
  private static Scanned scanUnsigned(String s, int from, int base) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    boolean negative = false;
    boolean sign = false;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      sign = true;
      i++;
    }
    // Unsigned 64-bit arithmetic with a saturation flag, not a BigInteger: two per digit were the
    // largest share of the bytes of reading numbers in a large chrony.conf (issue 8, P3).
    long magnitude = 0;
    boolean aboveUlongMax = false;
    int collected = 0;
    if (i < s.length() && s.charAt(i) == '0') {
      collected++;
      i++;
      if (base == 16 && i < s.length() && (s.charAt(i) == 'x' || s.charAt(i) == 'X')) {
        i++;
      }
    }
    while (i < s.length()) {
      int d = base == 16 ? hexDigit(s.charAt(i)) : (isDigit(s.charAt(i)) ? s.charAt(i) - '0' : -1);
      if (d < 0) {
        break;
      }
      if (!aboveUlongMax) {
        // magnitude * base + d <= 2^64-1 exactly when magnitude <= (2^64-1 - d) / base.
        if (Long.compareUnsigned(magnitude, Long.divideUnsigned(-1L - d, base)) > 0) {
          aboveUlongMax = true;
        } else {
          magnitude = magnitude * base + d;
        }
      }
      collected++;
      i++;
    }
    if (collected == 0) {
      return null; // nothing, or only a sign
    }
    long value;
    if (aboveUlongMax) {
      value = -1L; // ULONG_MAX
    } else {
      value = negative && sign ? -magnitude : magnitude;
    }
    return new Scanned(value, value, i - from);
  }

  /**
   * {@code strtol(s, &end, 10)} over the whole string, as chronyd 4.7+ reads single-integer
   * directives: null when no digits, when characters remain, or on overflow (errno ERANGE).
   */
  static Long strtolWhole(String s) {
    boolean[] overflow = new boolean[1];
    Scanned r = scanInteger(s, 0, 10, overflow);
    if (r == null || overflow[0] || r.consumed() != s.length()) {
      return null;
    }
    return r.longValue();
  }

  /**
   * {@code sscanf(s, "%lf%n")} as glibc reads it, or null for a matching failure. glibc's vfscanf
   * first collects the characters that may continue a number (it cannot back up), then converts
   * the collected text with strtod, and fails if strtod converts nothing; so it consumes more than
   * strtod would: an exponent marker and its sign without digits ({@code 1e}, {@code 1e+}, {@code
   * 0x1p}), and it fails where strtod would read a prefix ({@code 0x} without hex digits, {@code
   * infinit}). It reads {@code nan} but never a {@code (...)} after it.
   */
  static Scanned scanDouble(String s, int from) {
    int i = from;
    int n = s.length();
    while (i < n && isSpace(s.charAt(i))) {
      i++;
    }
    int start = i;
    boolean sign = false;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      sign = true;
      i++;
    }
    char c = i < n ? s.charAt(i) : '\0';
    if (lower(c) == 'n') {
      if (!regionMatches(s, i, "nan")) {
        return null;
      }
      i += 3;
      return converted(s, from, start, i);
    }
    if (lower(c) == 'i') {
      if (!regionMatches(s, i, "inf")) {
        return null;
      }
      i += 3;
      if (i < n && lower(s.charAt(i)) == 'i') {
        // glibc then needs the whole word "infinity".
        if (!regionMatches(s, i, "inity")) {
          return null;
        }
        i += 5;
      }
      return converted(s, from, start, i);
    }
    boolean hex = false;
    boolean gotDigit = false;
    boolean gotE = false;
    boolean gotDot = false;
    char expChar = 'e';
    char last = c;
    if (c == '0') {
      i++;
      if (i < n && lower(s.charAt(i)) == 'x') {
        hex = true;
        expChar = 'p';
        last = 'x';
        i++;
      } else {
        gotDigit = true;
      }
    }
    while (i < n) {
      c = s.charAt(i);
      if (isDigit(c)) {
        gotDigit = true;
      } else if (!gotE && hex && hexDigit(c) >= 0) {
        gotDigit = true;
      } else if (gotE && last == expChar && (c == '-' || c == '+')) {
        // the exponent's sign
      } else if (gotDigit && !gotE && lower(c) == expChar) {
        gotE = true;
        gotDot = true;
        c = expChar;
      } else if (!gotDot && c == '.') {
        gotDot = true;
      } else {
        break;
      }
      last = c;
      i++;
    }
    int collected = i - start;
    int signLength = sign ? 1 : 0;
    if (collected == signLength || (hex && collected == 2 + signLength)) {
      return null;
    }
    return converted(s, from, start, i);
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** strtod over the collected text [start, end): null when it converts nothing. */
  private static Scanned converted(String s, int from, int start, int end) {
    Scanned r = strtod(s.substring(start, end), 0);
    if (r == null) {
      return null;
    }
    return new Scanned(0, r.doubleValue(), end - from);
  }

  /** {@code strtod}: the longest prefix that is a C floating-point number, or null. */
  private static Scanned strtod(String s, int from) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    int start = i;
    boolean negative = false;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    int signEnd = i;
    if (regionMatches(s, i, "infinity")) {
      return new Scanned(0, negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY,
          i + 8 - from);
    }
    if (regionMatches(s, i, "inf")) {
      return new Scanned(0, negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY,
          i + 3 - from);
    }
    if (regionMatches(s, i, "nan")) {
      int j = i + 3;
      if (j < s.length() && s.charAt(j) == '(') {
        int k = j + 1;
        while (k < s.length() && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '_')
            && s.charAt(k) < 0x80) {
          k++;
        }
        if (k < s.length() && s.charAt(k) == ')') {
          j = k + 1;
        }
      }
      return new Scanned(0, Double.NaN, j - from);
    }
    if (i + 1 < s.length() && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
      Scanned hex = scanHexFloat(s, i + 2, negative);
      if (hex != null) {
        return new Scanned(0, hex.doubleValue(), i + 2 + hex.consumed() - from);
      }
      // "0x" without hex digits reads as the number 0 followed by "x".
      return new Scanned(0, negative ? -0.0 : 0.0, i + 1 - from);
    }
    int digits = 0;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (i < s.length() && s.charAt(i) == '.') {
      i++;
      while (i < s.length() && isDigit(s.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return null;
    }
    int mantissaEnd = i;
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
        j++;
      }
      int expDigits = j;
      while (j < s.length() && isDigit(s.charAt(j))) {
        j++;
      }
      if (j > expDigits) {
        i = j;
      }
    }
    String number = s.substring(signEnd, i);
    double value;
    try {
      value = Double.parseDouble(number.endsWith(".") ? number + "0" : number);
    } catch (NumberFormatException e) {
      value = Double.parseDouble(s.substring(signEnd, mantissaEnd).replaceAll("\\.$", ".0"));
    }
    return new Scanned(0, negative ? -value : value, i - from);
  }

  private static Scanned scanHexFloat(String s, int from, boolean negative) {
    int i = from;
    double mantissa = 0;
    int digits = 0;
    int fractionDigits = 0;
    while (i < s.length() && hexDigit(s.charAt(i)) >= 0) {
      mantissa = mantissa * 16 + hexDigit(s.charAt(i));
      i++;
      digits++;
    }
    if (i < s.length() && s.charAt(i) == '.') {
      i++;
      while (i < s.length() && hexDigit(s.charAt(i)) >= 0) {
        mantissa = mantissa * 16 + hexDigit(s.charAt(i));
        i++;
        digits++;
        fractionDigits++;
      }
    }
    if (digits == 0) {
      return null;
    }
    int exponent = 0;
    if (i < s.length() && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
      int j = i + 1;
      boolean expNegative = false;
      if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
        expNegative = s.charAt(j) == '-';
        j++;
      }
      int expStart = j;
      int e = 0;
      while (j < s.length() && isDigit(s.charAt(j))) {
        e = Math.min(100000, e * 10 + (s.charAt(j) - '0'));
        j++;
      }
      if (j > expStart) {
        exponent = expNegative ? -e : e;
        i = j;
      }
    }
    double value = mantissa * Math.pow(2, exponent - 4.0 * fractionDigits);
    return new Scanned(0, negative ? -value : value, i - from);
  }

  private static boolean regionMatches(String s, int at, String word) {
    return s.regionMatches(true, at, word, 0, word.length());
  }
}

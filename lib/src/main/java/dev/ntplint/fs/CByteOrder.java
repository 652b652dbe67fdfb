package dev.ntplint.fs;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/**
 * {@code strcmp} order in the C locale: strings compared as the unsigned bytes of their UTF-8
 * encoding ({@code "10.conf" < "9.conf" < "B.conf" < "a.conf"}). This is how glibc's {@code glob}
 * sorts (chronyd never calls {@code setlocale}) and how chronyd orders {@code confdir} files.
 */
public final class CByteOrder implements Comparator<String> {

  public static final CByteOrder INSTANCE = new CByteOrder();

  private CByteOrder() {}

  @Override
  public int compare(String a, String b) {
    if (isAscii(a) && isAscii(b)) {
      return a.compareTo(b);
    }
    return java.util.Arrays.compareUnsigned(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}

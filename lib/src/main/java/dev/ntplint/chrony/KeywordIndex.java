package dev.ntplint.chrony;

import java.util.Locale;

/**
 * Constants by keyword, found from a range of a string without taking it out as a substring: the
 * reader looks up every directive name and option word of a file, and a substring (and its
 * lower-case copy) per look-up was a tenth of the bytes reading a chrony.conf allocated (issue 8,
 * P3).
 *
 * <p>A range matches a keyword as {@code range.toLowerCase(Locale.ROOT).equals(keyword)} would:
 * the keywords are lower-case ASCII (the constructor checks it), and no other ISO-8859-1
 * character lower-cases to an ASCII letter, so folding only A-Z is the same comparison.
 */
final class KeywordIndex<T> {

  /** Open addressing: a power of two at least twice the number of keywords, so a slot is free. */
  private final String[] keywords;
  private final Object[] constants;
  private final int mask;

  KeywordIndex(String[] keywords, T[] constants) {
    if (keywords.length != constants.length) {
      throw new IllegalArgumentException("one constant per keyword");
    }
    int size = Integer.highestOneBit(Math.max(1, keywords.length) * 2) * 2;
    this.keywords = new String[size];
    this.constants = new Object[size];
    this.mask = size - 1;
    for (int i = 0; i < keywords.length; i++) {
      String keyword = keywords[i];
      checkLowerAscii(keyword);
      int slot = hash(keyword, 0, keyword.length()) & mask;
      while (this.keywords[slot] != null && !this.keywords[slot].equals(keyword)) {
        slot = (slot + 1) & mask;
      }
      // As a map's put: a repeated keyword keeps the last constant.
      this.keywords[slot] = keyword;
      this.constants[slot] = constants[i];
    }
  }

  private static void checkLowerAscii(String keyword) {
    for (int i = 0; i < keyword.length(); i++) {
      char c = keyword.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
        throw new IllegalArgumentException("not a lower-case ASCII keyword: " + keyword);
      }
    }
    if (!keyword.equals(keyword.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("not a lower-case keyword: " + keyword);
    }
  }

  /** The constant whose keyword is the characters [start, end) of {@code text}, or null. */
  @SuppressWarnings("unchecked")
  T find(String text, int start, int end) {
    int slot = hash(text, start, end) & mask;
    String keyword;
    while ((keyword = keywords[slot]) != null) {
      if (matches(keyword, text, start, end)) {
        return (T) constants[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  private static boolean matches(String keyword, String text, int start, int end) {
    if (keyword.length() != end - start) {
      return false;
    }
    for (int i = 0; i < keyword.length(); i++) {
      if (lowerAscii(text.charAt(start + i)) != keyword.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * From the length and the first and last characters only: enough to spread the keywords of a
   * directive or option set, and no walk over every character (a walk per look-up cost as much as
   * the map's String hash did; matching reads the characters once anyway).
   */
  private static int hash(String text, int start, int end) {
    int length = end - start;
    if (length == 0) {
      return 0;
    }
    return length * 0x9E3779B1 ^ lowerAscii(text.charAt(start)) * 31
        ^ lowerAscii(text.charAt(end - 1)) * 961;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}

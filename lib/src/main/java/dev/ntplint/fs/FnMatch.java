package dev.ntplint.fs;

import java.util.ArrayList;
import java.util.List;

/**
 * glibc's {@code fnmatch(3)} in the C locale, as {@code glob(3)} calls it: {@code FNM_PERIOD} (a
 * leading {@code .} is matched only by a literal {@code .}), backslash escapes unless {@code
 * noescape}, no {@code FNM_PATHNAME} (names never contain a slash).
 *
 * <p>Strings are byte strings: one char per byte (ISO-8859-1 view of the UTF-8 bytes), so {@code
 * ?} matches exactly one byte and ranges compare byte values, as in the C locale.
 */
final class FnMatch {

  private FnMatch() {}

  /** Pattern types of glibc's {@code __glob_pattern_type}. */
  static final int NONE = 0;
  static final int SPECIAL = 1;
  static final int BACKSLASH = 2;
  static final int BRACKET = 4;

  /**
   * glibc's {@code __glob_pattern_type}: {@link #SPECIAL} when the pattern has {@code *}, {@code
   * ?} or a {@code [...]} with its {@code ]}; otherwise an OR of {@link #BACKSLASH} (an escape) and
   * {@link #BRACKET} (an unterminated {@code [}).
   */
  static int patternType(String pattern, boolean quote) {
    int ret = NONE;
    for (int i = 0; i < pattern.length(); i++) {
      switch (pattern.charAt(i)) {
        case '?':
        case '*':
          return SPECIAL;
        case '\\':
          if (quote) {
            if (i + 1 < pattern.length()) {
              i++;
            }
            ret |= BACKSLASH;
          }
          break;
        case '[':
          ret |= BRACKET;
          break;
        case ']':
          if ((ret & BRACKET) != 0) {
            return SPECIAL;
          }
          break;
        default:
          break;
      }
    }
    return ret;
  }

  /** Removes the escaping backslashes: {@code \x} becomes {@code x}; a final lone backslash goes. */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
        if (i < s.length()) {
          sb.append(s.charAt(i));
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** {@code fnmatch(pattern, name, FNM_PERIOD | (noescape ? FNM_NOESCAPE : 0)) == 0}. */
  static boolean matches(String pattern, String name, boolean noescape) {
    int n = name.length();
    int m = pattern.length();
    // FNM_PERIOD: a leading period must be matched by a literal period.
    if (n > 0 && name.charAt(0) == '.') {
      boolean literalDot = m > 0 && (pattern.charAt(0) == '.'
          || (!noescape && m > 1 && pattern.charAt(0) == '\\' && pattern.charAt(1) == '.'));
      if (!literalDot) {
        return false;
      }
    }
    int pi = 0;
    int si = 0;
    int starP = -1;
    int starS = -1;
    while (si < n) {
      if (pi < m) {
        char pc = pattern.charAt(pi);
        if (pc == '*') {
          starP = ++pi;
          starS = si;
          continue;
        }
        int step = matchOne(pattern, pi, name.charAt(si), noescape);
        if (step > 0) {
          pi += step;
          si++;
          continue;
        }
      }
      if (starP >= 0) {
        pi = starP;
        si = ++starS;
        continue;
      }
      return false;
    }
    while (pi < m && pattern.charAt(pi) == '*') {
      pi++;
    }
    return pi == m;
  }

  /**
   * Matches the single-character pattern element at {@code pi} (not {@code *}) against {@code c}:
   * the element's length when it matches, 0 when not (a trailing backslash never matches).
   */
  private static int matchOne(String p, int pi, char c, boolean noescape) {
    char pc = p.charAt(pi);
    switch (pc) {
      case '?':
        return 1;
      case '\\':
        if (noescape) {
          return c == '\\' ? 1 : 0;
        }
        if (pi + 1 >= p.length()) {
          return 0;
        }
        return p.charAt(pi + 1) == c ? 2 : 0;
      case '[': {
        Bracket bracket = Bracket.parse(p, pi, noescape);
        if (bracket == null) {
          return c == '[' ? 1 : 0; // unterminated: a literal [
        }
        return bracket.test(c) ? bracket.end() - pi : 0;
      }
      default:
        return pc == c ? 1 : 0;
    }
  }

  private static boolean isClassOpener(char c) {
    return c == ':' || c == '=' || c == '.';
  }

  /**
   * A bracket expression: {@code [abc]}, {@code [!a-z]}, {@code [^0-9]}, {@code []x]} (a first
   * {@code ]} is literal), {@code [a-]} (a dash first or last is literal), {@code [[:digit:]]},
   * {@code [[=a=]]} and {@code [[.a.]]} (in the C locale: the character itself).
   *
   * @param end the index just past the closing {@code ]}
   */
  private record Bracket(int end, boolean negate, List<int[]> ranges, List<String> classes) {

    /** The bracket expression starting at {@code start} ({@code [}), or null when unterminated. */
    static Bracket parse(String p, int start, boolean noescape) {
      int m = p.length();
      int i = start + 1;
      boolean negate = false;
      if (i < m && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
        negate = true;
        i++;
      }
      List<int[]> ranges = new ArrayList<>();
      List<String> classes = new ArrayList<>();
      boolean first = true;
      while (true) {
        if (i >= m) {
          return null;
        }
        char c = p.charAt(i);
        if (c == ']' && !first) {
          return new Bracket(i + 1, negate, ranges, classes);
        }
        first = false;
        int lo;
        if (c == '[' && i + 1 < m && isClassOpener(p.charAt(i + 1))) {
          char kind = p.charAt(i + 1);
          int close = p.indexOf(kind + "]", i + 2);
          if (close < 0) {
            return null;
          }
          String inner = p.substring(i + 2, close);
          i = close + 2;
          if (kind == ':') {
            classes.add(inner);
            continue;
          }
          if (inner.length() != 1) {
            continue; // a multi-character collating element: none in the C locale
          }
          lo = inner.charAt(0);
        } else if (c == '\\' && !noescape && i + 1 < m) {
          lo = p.charAt(i + 1);
          i += 2;
        } else {
          lo = c;
          i++;
        }
        if (i + 1 < m && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
          i++;
          char h = p.charAt(i);
          int hi;
          if (h == '[' && i + 1 < m && (p.charAt(i + 1) == '.' || p.charAt(i + 1) == '=')
              && p.indexOf(p.charAt(i + 1) + "]", i + 2) == i + 3) {
            hi = p.charAt(i + 2);
            i += 5;
          } else if (h == '\\' && !noescape && i + 1 < m) {
            hi = p.charAt(i + 1);
            i += 2;
          } else {
            hi = h;
            i++;
          }
          ranges.add(new int[] {lo, hi});
        } else {
          ranges.add(new int[] {lo, lo});
        }
      }
    }

    boolean test(char c) {
      boolean matched = false;
      for (int[] range : ranges) {
        if (c >= range[0] && c <= range[1]) {
          matched = true;
          break;
        }
      }
      if (!matched) {
        for (String name : classes) {
          if (inClass(name, c)) {
            matched = true;
            break;
          }
        }
      }
      return matched != negate;
    }
  }

  /** {@code [:name:]} in the C locale; bytes 0x80-0xff are in no class. */
  private static boolean inClass(String name, char c) {
    if (c >= 0x80) {
      return false;
    }
    switch (name) {
      case "alnum":
        return Character.isLetterOrDigit(c);
      case "alpha":
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      case "blank":
        return c == ' ' || c == '\t';
      case "cntrl":
        return c < 0x20 || c == 0x7f;
      case "digit":
        return c >= '0' && c <= '9';
      case "graph":
        return c > 0x20 && c < 0x7f;
      case "lower":
        return c >= 'a' && c <= 'z';
      case "print":
        return c >= 0x20 && c < 0x7f;
      case "punct":
        return c > 0x20 && c < 0x7f && !Character.isLetterOrDigit(c);
      case "space":
        return c == ' ' || (c >= '\t' && c <= '\r');
      case "upper":
        return c >= 'A' && c <= 'Z';
      case "xdigit":
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      default:
        return false; // an unknown class matches nothing
    }
  }
}

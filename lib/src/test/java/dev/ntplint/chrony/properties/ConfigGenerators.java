package dev.ntplint.chrony.properties;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.catalog.LocalOption;
import dev.ntplint.chrony.catalog.OptionSpec;
import dev.ntplint.chrony.catalog.RefclockOption;
import dev.ntplint.chrony.catalog.SourceOption;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators for chrony.conf inputs: arbitrary bytes, and near-valid configurations
 * built line by line from real directive names, options and values at and past their ranges.
 *
 * <p>Generators draw every choice from the {@link RandomnessSource}, so QuickTheories can shrink a
 * failing example towards short, plain inputs.
 */
public final class ConfigGenerators {

  private ConfigGenerators() {}

  /** Fixed seed shared by the property suites, so CI runs are reproducible. */
  public static final long SEED = 0x6e74706c696e74L; // "ntplint"

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Bytes that matter to the lexer, drawn more often than their share of 0..255. */
  private static final byte[] INTERESTING = {
      ' ', '\t', '\n', '\r', 0x0B, '\f', 0, '#', '!', ';', '%', 'a', 'Z', '0', '"', '\\',
      (byte) 0x80, (byte) 0xA0, (byte) 0xC3, (byte) 0xFF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static final List<String> NAMES = new ArrayList<>(ChronyDirectiveKind.names());
  private static final List<String> UNKNOWN_NAMES = List.of(
      "servr", "restrict", "driftfile2", "fudge", "tinker", "x", "-", "\u00e9t\u00e9", "#not");

  private static final List<String> OPTION_KEYWORDS = optionKeywords();

  private static final List<String> NUMBERS = List.of(
      "0", "1", "-1", "4", "6", "10", "15", "16", "17", "-32", "-33", "32", "33", "63", "64",
      "100", "255", "256", "1000", "65535", "65536", "1048576", "1048577", "2147483647",
      "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296",
      "9223372036854775807", "9223372036854775808", "1.0", "0.5", "-0.1", "1e3", "1e-9", "1e400",
      ".5", "5.", "0x10", "010", "+3", "nan", "inf", "-inf", "6x", "1.5.2", "", "F323", "f324",
      "10A");

  private static final List<String> OTHER_WORDS = List.of(
      "pool.ntp.org", "2.pool.ntp.org", "ntp.example.com", "192.0.2.1", "192.168.0.0/16", "10",
      "10.1.2", "::1", "fe80::1%eth0", "2001:db8::/32", "*", "all", "eth0", "PPS", "SHM", "SOCK",
      "PHC", "RTC", "/dev/pps0", "/dev/ptp0:nocrossts", "0:perm=0644", "/var/lib/chrony/drift",
      "/etc/chrony.keys", "/etc/chrony/conf.d", "/run/chrony/*.sources", "interval", "leaponly",
      "require", "prefer", "mix", "ignore", "system", "slew", "step", "measurements",
      "statistics", "tracking", "rtc", "refclocks", "tempcomp", "GPS", "PPS0", "NMEA",
      "\u00e9", "caf\u00e9", "#x", "!x", ";x", "%x", "\"quoted\"", "a\"b", "\\", "=");

  private static List<String> optionKeywords() {
    List<String> keywords = new ArrayList<>();
    for (List<? extends OptionSpec> specs : List.of(Arrays.asList(SourceOption.values()),
        Arrays.asList(RefclockOption.values()), Arrays.asList(LocalOption.values()))) {
      for (OptionSpec spec : specs) {
        keywords.add(spec.keyword());
      }
    }
    return keywords;
  }

  // ----- arbitrary bytes ------------------------------------------------------------------------

  /**
   * Arbitrary byte arrays of 0 to {@code maxLength} bytes (mostly up to 256): uniform bytes mixed
   * with bytes that matter to the lexer, BOMs, and long runs without a newline (lines of up to a
   * few KB).
   */
  public static Gen<byte[]> arbitraryBytes(int maxLength) {
    Gen<byte[]> gen = in -> {
      // Mostly short inputs; one in four up to maxLength (long lines, several KB).
      int limit = pick(in, 4) == 0 ? maxLength : Math.min(maxLength, 256);
      int length = (int) in.next(Constraint.between(0, limit));
      ByteArrayOutputStream out = new ByteArrayOutputStream(length);
      int mode = (int) in.next(Constraint.between(0, 2));
      while (out.size() < length) {
        int choice = (int) in.next(Constraint.between(0, 9));
        if (choice < 4 || mode == 0) {
          out.write((int) in.next(Constraint.between(0, 255)));
        } else if (choice < 8) {
          out.write(INTERESTING[(int) in.next(Constraint.between(0, INTERESTING.length - 1))]);
        } else if (choice == 8) {
          out.writeBytes(BOM);
        } else if (mode == 2) {
          // A long run of word bytes: lines near and past chronyd's 2048-byte limit.
          int run = (int) in.next(Constraint.between(1, 3000));
          for (int i = 0; i < run && out.size() < length; i++) {
            out.write('a' + i % 26);
          }
        } else {
          out.write('\n');
        }
      }
      return out.toByteArray();
    };
    return gen.describedAs(ConfigGenerators::escape);
  }

  // ----- near-valid configurations --------------------------------------------------------------

  /** Near-valid chrony.conf files of up to {@code maxLines} lines. */
  public static Gen<byte[]> chronyConfigs(int maxLines) {
    Gen<byte[]> gen = in -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      boolean crlf = pick(in, 4) == 0;
      if (pick(in, 20) == 0) {
        out.writeBytes(BOM);
      }
      int lines = (int) in.next(Constraint.between(0, maxLines));
      for (int i = 0; i < lines; i++) {
        writeLine(in, out);
        boolean last = i == lines - 1;
        if (!last || pick(in, 3) != 0) {
          boolean lineCrlf = pick(in, 10) == 0 ? !crlf : crlf;
          out.writeBytes(ascii(lineCrlf ? "\r\n" : "\n"));
        }
      }
      return out.toByteArray();
    };
    return gen.describedAs(ConfigGenerators::escape);
  }

  private static void writeLine(RandomnessSource in, ByteArrayOutputStream out) {
    int kind = pick(in, 10);
    if (kind == 0) {
      out.writeBytes(ascii(blanks(in, 0, 3)));
      return;
    }
    if (kind == 1) {
      out.writeBytes(ascii(blanks(in, 0, 2)));
      out.writeBytes(ascii(String.valueOf("#!;%".charAt(pick(in, 4)))));
      if (pick(in, 2) == 0) {
        // A commented-out directive, possibly with odd bytes.
        writeDirective(in, out);
      } else {
        out.writeBytes(utf8(" comment \u00e9 # ; x"));
      }
      return;
    }
    if (kind < 5) {
      writeSource(in, out);
      return;
    }
    writeDirective(in, out);
  }

  private static final List<String> HOSTS =
      List.of("pool.ntp.org", "192.0.2.1", "2001:db8::1", "ntp.example.com", "time-a.example");

  /** A well-formed server, pool or peer line with valid options (typed checks need these). */
  private static void writeSource(RandomnessSource in, ByteArrayOutputStream out) {
    out.writeBytes(ascii(blanks(in, 0, 2)));
    out.writeBytes(ascii(randomCase(in, List.of("server", "pool", "peer").get(pick(in, 3)))));
    out.writeBytes(ascii(blanks(in, 1, 2)));
    out.writeBytes(ascii(HOSTS.get(pick(in, HOSTS.size()))));
    int options = (int) in.next(Constraint.between(0, 4));
    for (int i = 0; i < options; i++) {
      out.writeBytes(ascii(blanks(in, 1, 2)));
      String option = switch (pick(in, 9)) {
        case 0 -> "iburst";
        case 1 -> "prefer";
        case 2 -> "minpoll" + blanks(in, 1, 2) + (pick(in, 31) - 6);
        case 3 -> "maxpoll" + blanks(in, 1, 2) + pick(in, 25);
        case 4 -> "key" + blanks(in, 1, 2) + (1 + pick(in, 65535));
        case 5 -> "port" + blanks(in, 1, 2) + pick(in, 65536);
        case 6 -> "version" + blanks(in, 1, 2) + (1 + pick(in, 4));
        case 7 -> "maxsources" + blanks(in, 1, 2) + (1 + pick(in, 16));
        default -> "polltarget" + blanks(in, 1, 2) + (1 + pick(in, 100));
      };
      out.writeBytes(ascii(randomCase(in, option)));
    }
    if (pick(in, 5) == 0) {
      out.writeBytes(ascii(blanks(in, 1, 3)));
    }
  }

  private static void writeDirective(RandomnessSource in, ByteArrayOutputStream out) {
    out.writeBytes(ascii(blanks(in, 0, 2)));
    String name = pick(in, 15) == 0 ? UNKNOWN_NAMES.get(pick(in, UNKNOWN_NAMES.size()))
        : NAMES.get(pick(in, NAMES.size()));
    out.writeBytes(utf8(randomCase(in, name)));
    int words = (int) in.next(Constraint.between(0, 6));
    for (int w = 0; w < words; w++) {
      out.writeBytes(ascii(blanks(in, 1, 3)));
      int what = pick(in, 10);
      String word;
      if (what < 3) {
        word = OPTION_KEYWORDS.get(pick(in, OPTION_KEYWORDS.size()));
      } else if (what < 6) {
        word = NUMBERS.get(pick(in, NUMBERS.size()));
      } else {
        word = OTHER_WORDS.get(pick(in, OTHER_WORDS.size()));
      }
      if (word.isEmpty()) {
        word = "0";
      }
      out.writeBytes(utf8(pick(in, 8) == 0 ? randomCase(in, word) : word));
      if (pick(in, 40) == 0) {
        out.write(0xFF); // invalid UTF-8 inside a word
      }
    }
    if (pick(in, 5) == 0) {
      out.writeBytes(ascii(blanks(in, 1, 3))); // trailing blanks
    }
    if (pick(in, 30) == 0) {
      out.writeBytes(new byte[] {0, 'j', 'u', 'n', 'k'}); // NUL tail
    }
  }

  /** A run of chrony blanks: mostly spaces, sometimes tabs, rarely VT, FF or CR (never empty if min > 0). */
  private static String blanks(RandomnessSource in, int min, int max) {
    int n = (int) in.next(Constraint.between(min, max));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int c = pick(in, 20);
      sb.append(c < 14 ? ' ' : c < 18 ? '\t' : c == 18 ? (pick(in, 2) == 0 ? '\u000B' : '\f') : '\r');
    }
    return sb.toString();
  }

  private static String randomCase(RandomnessSource in, String word) {
    int mode = pick(in, 6);
    if (mode < 4) {
      return word;
    }
    if (mode == 4) {
      return word.toUpperCase(Locale.ROOT);
    }
    StringBuilder sb = new StringBuilder();
    for (char c : word.toCharArray()) {
      sb.append(pick(in, 2) == 0 ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }

  /** A uniform choice in [0, n). */
  public static int pick(RandomnessSource in, int n) {
    return (int) in.next(Constraint.between(0, n - 1));
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A readable one-line form of bytes, for failure reports. */
  public static String escape(byte[] bytes) {
    StringBuilder sb = new StringBuilder("\"");
    for (byte b : bytes) {
      int c = b & 0xff;
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c < 0x20 || c >= 0x7f) {
            sb.append(String.format("\\x%02x", c));
          } else {
            sb.append((char) c);
          }
        }
      }
    }
    return sb.append("\" (").append(bytes.length).append(" bytes)").toString();
  }
}

package dev.ntplint.fidelity;

import dev.ntplint.ntp.NtpFlavour;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.NtpKeyword;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * Near-valid ntp.conf files for the NTPsec differential test. Half the lines are valid ones
 * ({@link #VALID_LINES}), sometimes with a word more, another case or other blanks; the others
 * start with a directive
 * of the catalogue (both dialects: the classic-only ones are unknown words to NTPsec) or, rarely,
 * an unknown word, followed by words drawn from NTPsec's keyword table, numbers at and past the
 * ranges ntpd checks, addresses, masks and quoted strings, so that most lines are nearly right.
 * Around them: case variations, comment characters glued to words or standing as arguments,
 * blank and comment lines, tabs and runs of blanks, CRLF, and a missing final newline.
 *
 * One case in ten is an include tree ({@link #tree}).
 *
 * <p>Left out on purpose: {@code logfile} (it moves ntpd's log, the oracle's only channel, into a
 * file), and words with {@code /} after {@code filegen} (a file name with a slash makes ntpd
 * spin).
 */
final class NtpConfGen {

  private NtpConfGen() {}

  static final List<String> DIRECTIVES = NtpDirectiveKind.allKeywords().stream()
      .filter(d -> !d.equals("logfile")).toList();

  static final List<String> KEYWORDS = NtpKeyword.spellings(NtpFlavour.NTPSEC);

  /** Plain values first, then values at and past the ranges, then C scanning corner cases. */
  static final List<String> NUMBERS = List.of("0", "1", "2", "3", "4", "6", "8", "10", "16", "17",
      "-1", "64", "100", "255", "256", "1024", "65535", "65536", "0.5", "1.5", "-0.5", "1e3",
      "2147483647", "2147483648", "4294967295", "4294967296", "0x10", "010", "+5", "-0", "6x",
      "1.", ".5", "1e", "99999999999999999999");

  static final List<String> ADDRESSES = List.of("127.0.0.1", "192.168.1.1", "::1", "default",
      "10.0.0.0", "255.255.255.0", "pool.ntp.org", "127.127.1.0", "127.127.28.0", "fe80::1%lo",
      "1.2.3", "256.1.1.1", "0.0.0.0", "::", "time.example.com", "localhost", "-4", "-6",
      "10.0.0.0/8", "::1/128", "1.2.3.4/33");

  static final List<String> STRINGS = List.of("\"quoted\"", "\"two words\"", "\"\"", "x",
      "\"unterminated", "file.stats", "@", "*", "...", "-", "=", ",");

  /** Lines NTPsec 1.2 accepts, so that whole files are often valid and the verdict is at stake. */
  static final List<String> VALID_LINES = List.of("server 127.0.0.1 iburst",
      "pool pool.ntp.org iburst", "restrict default kod limited nomodify noquery",
      "restrict -6 ::1", "restrict 10.0.0.0 mask 255.0.0.0 nomodify", "driftfile drift",
      "statsdir stats", "statistics loopstats peerstats", "tos minclock 3 maxclock 10",
      "filegen loopstats file loopstats type day enable", "tinker panic 0", "enable calibrate",
      "disable monitor", "interface listen all", "nic ignore ipv6", "mru maxdepth 1024",
      "keys ntp.keys", "trustedkey 1 2", "controlkey 1", "refclock local",
      "server 127.127.1.0", "fudge 127.127.1.0 stratum 10", "logconfig =all",
      "rlimit memlock 32", "unpeer 127.0.0.1", "peer 192.168.1.1 minpoll 4 maxpoll 10");

  static final List<String> UNKNOWN = List.of("bogus", "servers", "restrictx", "driftfil");

  /** Files of include trees, by path relative to the case directory (the main file's). */
  static final List<String> TREE_FILES = List.of("a.conf", "sub/b.conf", "sub/c.conf",
      "conf.d/1.conf", "conf.d/2.conf", "conf.d/skip.txt");

  /**
   * What includefile lines name in a tree: NTPsec resolves a relative name against the including
   * file's directory, so the same name reaches different files from different places, some
   * missing; {@code conf.d} is a directory (NTPsec reads its {@code *.conf} files), and {@code
   * ntp.conf} includes the main file again (NTPsec has no cycle check, only its depth limit).
   * No name leaves the case directory.
   */
  static final List<String> INCLUDE_NAMES = List.of("a.conf", "sub/b.conf", "b.conf", "c.conf",
      "sub/c.conf", "conf.d", "conf.d/1.conf", "missing.conf", "ntp.conf", "sub", "skip.txt");

  /** Nine in ten a single file, one in ten an include tree. */
  static Gen<NtpCase> cases() {
    return in -> {
      Draw d = new Draw(in);
      return d.rare(10) ? tree(d) : NtpCase.single(file(d, 5, List.of()));
    };
  }

  /**
   * A main file and one to four files of {@link #TREE_FILES}, with includefile lines among their
   * lines; a quarter of the trees also hold a chain of nested files around NTPsec's depth limit
   * (5 levels below the main file).
   */
  private static NtpCase tree(Draw d) {
    byte[] main = file(d, 4, INCLUDE_NAMES);
    Map<String, byte[]> files = new LinkedHashMap<>();
    int count = d.between(1, 4);
    for (int i = 0; i < count; i++) {
      files.put(d.oneOf(TREE_FILES), file(d, 3, INCLUDE_NAMES));
    }
    if (d.rare(4)) {
      int length = d.oneOf(4, 5, 6, 7);
      for (int k = 1; k <= length; k++) {
        files.put("chain/" + k + ".conf", ("server 192.0.2." + k + "\n"
            + (k < length ? "includefile " + (k + 1) + ".conf\n" : ""))
            .getBytes(StandardCharsets.ISO_8859_1));
      }
      byte[] line = "\nincludefile chain/1.conf\n".getBytes(StandardCharsets.ISO_8859_1);
      byte[] withChain = Arrays.copyOf(main, main.length + line.length);
      System.arraycopy(line, 0, withChain, main.length, line.length);
      main = withChain;
    }
    return new NtpCase(main, files);
  }

  /** One to {@code maxLines} lines; a third of them name one of {@code includes}, if any. */
  private static byte[] file(Draw d, int maxLines, List<String> includes) {
    boolean crlf = d.rare(12);
    int lines = d.between(1, maxLines);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      sb.append(!includes.isEmpty() && d.rare(3) ? includeLine(d, includes) : line(d));
      if (i < lines - 1 || !d.rare(6)) {
        sb.append(crlf ? "\r\n" : "\n");
      }
    }
    return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** An includefile line, sometimes in another case, with odd blanks or a trailing comment. */
  private static String includeLine(Draw d, List<String> names) {
    String line = d.someCase("includefile") + d.plainOrOdd(List.of(" "), List.of("\t", "  "), 8)
        + d.oneOf(names);
    return d.rare(10) ? line + " # included" : line;
  }

  private static String line(Draw d) {
    switch (d.pick(20)) {
      case 18:
        return "";
      case 19:
        return d.oneOf("# a comment", "   # indented", "\t", "#", " ");
      case 0, 1, 2, 3, 4, 5, 6, 7, 8, 9:
        return validLine(d);
      default:
        break;
    }
    String directive = d.rare(15) ? d.oneOf(UNKNOWN) : d.oneOf(DIRECTIVES);
    List<String> words = new ArrayList<>();
    words.add((d.rare(10) ? d.oneOf(" ", "\t", "  ") : "") + d.someCase(directive));
    int args = d.between(0, 4);
    for (int i = 0; i < args; i++) {
      String w = argument(d);
      if (directive.equals("filegen") && w.contains("/")) {
        continue;
      }
      words.add(w);
    }
    if (d.rare(8)) {
      words.add(d.oneOf("#", "# trailing comment", "#glued"));
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        sb.append(d.plainOrOdd(List.of(" "), List.of("\t", "  ", " \t"), 8));
      }
      sb.append(words.get(i));
    }
    if (d.rare(10)) {
      sb.append(d.oneOf(" ", "\t", "#", "\r"));
    }
    return sb.toString();
  }

  /** A valid line, sometimes with one more word, in another case, or with odd blanks. */
  private static String validLine(Draw d) {
    String line = d.oneOf(VALID_LINES);
    if (d.rare(6)) {
      String w = argument(d);
      if (!(line.startsWith("filegen") && w.contains("/"))) {
        line = line + " " + w;
      }
    }
    if (d.rare(8)) {
      line = d.someCase(line);
    }
    if (d.rare(8)) {
      line = line.replace(" ", d.oneOf("\t", "  ", " \t"));
    }
    return line;
  }

  private static String argument(Draw d) {
    String w;
    switch (d.pick(10)) {
      case 0, 1, 2, 3 -> w = d.someCase(d.oneOf(KEYWORDS));
      case 4, 5, 6 -> w = d.oneOf(NUMBERS);
      case 7, 8 -> w = d.oneOf(ADDRESSES);
      default -> w = d.oneOf(STRINGS);
    }
    if (d.rare(20)) {
      w = w + "#";
    }
    return w;
  }

  /**
   * Mostly valid ntp.conf files for the converter leg ({@link ConverterFidelityTest}): nine lines
   * in ten are from {@link #VALID_LINES} or other valid forms of the directives the converter maps
   * (server, pool and peer options, restrict forms, refclocks and fudge, tinker, tos, driftfile,
   * leapfile, keys, statistics), the tenth a near-valid line of {@link #cases()}, so that most
   * files reach the converter and some are still skipped.
   */
  static Gen<NtpCase> mostlyValidCases() {
    List<String> mapped = List.of("server 192.168.1.1 iburst minpoll 4 maxpoll 10",
        "server time.example.com prefer", "server 127.0.0.1 burst", "server ::1 noselect",
        "server 192.168.1.2 key 1", "server 192.168.1.3 version 4", "pool 0.pool.ntp.org",
        "pool 2.debian.pool.ntp.org iburst", "peer 192.168.1.4 key 1", "peer ::2 minpoll 6",
        "restrict default ignore", "restrict -4 default kod notrap nomodify nopeer noquery limited",
        "restrict 127.0.0.1", "restrict 192.168.0.0 mask 255.255.0.0 nomodify notrap",
        "restrict source nomodify noquery", "restrict default noserve",
        "restrict 2001:db8:: mask ffff:ffff:: nomodify", "restrict 10.1.2.3 noquery",
        "server 127.127.28.0 minpoll 4", "fudge 127.127.28.0 time1 0.5 refid GPS",
        "refclock shm unit 0 refid GPS time1 0.1", "refclock shm unit 1 prefer",
        "tinker step 0", "tinker stepout 900", "tinker panic 0 step 0.5", "tos minsane 2",
        "tos orphan 10", "tos maxdist 1.5", "driftfile /var/lib/ntp/ntp.drift",
        "leapfile /usr/share/zoneinfo/leap-seconds.list", "keys /etc/ntp.keys", "trustedkey 1",
        "controlkey 1", "statsdir /var/log/ntpstats/",
        "statistics loopstats peerstats clockstats", "filegen peerstats file peerstats type day"
            + " enable", "enable stats", "disable kernel", "logconfig =syncall +clockall");
    return in -> {
      Draw d = new Draw(in);
      int lines = d.between(1, 6);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < lines; i++) {
        sb.append(d.rare(10) ? line(d) : d.rare(3) ? d.oneOf(VALID_LINES) : d.oneOf(mapped));
        sb.append('\n');
      }
      return NtpCase.single(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
    };
  }
}

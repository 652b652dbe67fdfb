package dev.ntplint.fidelity;

import static dev.ntplint.fidelity.ValuePools.*;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.catalog.HwTimestampOption;
import dev.ntplint.chrony.catalog.LocalOption;
import dev.ntplint.chrony.catalog.LogKind;
import dev.ntplint.chrony.catalog.OptionSpec;
import dev.ntplint.chrony.catalog.RateLimitOption;
import dev.ntplint.chrony.catalog.RefclockOption;
import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.chrony.catalog.ValueKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of near-valid chrony.conf inputs for the differential test against
 * {@code chronyd -p}: every directive of the catalogue with arguments shaped by its {@link
 * dev.ntplint.chrony.catalog.ArgumentShape} (options of {@link SourceOption}, {@link
 * RefclockOption}, {@link LocalOption}, {@link HwTimestampOption}, {@link RateLimitOption}, names
 * of {@link LogKind}), valid and invalid option forms, numbers at and past their ranges and with
 * junk, comment characters in odd places, case variations, blanks other than space (tab, VT, FF,
 * CR), CRLF and CR-only files, lines around chronyd's 2048-byte limit, NUL bytes, byte order
 * marks, and include trees (include, confdir, sourcedir, nesting up to and past chronyd's 10
 * levels, cycles).
 *
 * <p>Every choice is drawn from QuickTheories' randomness with the plainest choice at 0, so that
 * shrinking a disagreement gives a minimal input: few lines, plain values, single spaces.
 */
public final class ChronyConfGen {

  private ChronyConfGen() {}

  /** Files an include tree may hold (relative to the case directory); {@code /} = a directory. */
  static final List<String> TREE_FILES = List.of(
      "inc/a.conf", "d1/a.conf", "d2/a.conf", "inc/b.conf", "d2/c.conf", "d1/b.conf", "inc/c.txt",
      "d2/B.conf", "d2/10.conf", "d2/9.conf", "inc/.h.conf", "d1/x.sources", "d1/sub/a.conf",
      "emptydir/", "inc/a.conf.bak", "inc/ab.conf");

  static final List<String> INCLUDE_TREE_PLAIN = List.of("inc/a.conf", "inc/*.conf", "d1/*.conf");

  static final List<String> INCLUDE_TREE_ODD = List.of(
      "inc/*", "inc/?.conf", "inc/[ab].conf", "inc/[.conf", "inc/\\*.conf", "./inc/*.conf",
      "inc//a.conf", "inc/nosuch*.conf", "inc", "emptydir", "emptydir/*.conf", "d*/a.conf",
      "inc/[!a].conf", "inc/*.CONF", "d1/sub/*.conf", "*/a.conf", "inc/a.conf inc/b.conf",
      "inc/\\a.conf", "inc/a*", "d2/*", "inc/{a,b}.conf", "~/a.conf", "inc/", "inc/a.conf/",
      "inc/.*", "inc/*.conf/", "inc/[a-b].conf", "inc/[[:alpha:]].conf", "inc/**", "d?/*.conf",
      "inc/a.conf\\");

  /** Include patterns that mean the same in every case directory (no tree needed). */
  static final List<String> INCLUDE_ANYWHERE = List.of(
      "/dev/null", "nosuch.conf", "nosuch/*.conf", "*.nomatch", "", "/nonexistent/*.conf",
      "/nonexistent.conf", "chrony.conf", "*.conf", "a b", "./chrony.con[f]", "/dev/null/x");

  static final List<String> CONFDIR_TREE_PLAIN = List.of("d1", "d2", "d1 d2", "d2 d1");

  static final List<String> CONFDIR_TREE_ODD = List.of(
      "d1/", "./d1", "d1 nosuch", "emptydir", "inc", "d1 d1 d1 d1 d1 d1 d1 d1 d1 d1",
      "d1 d1 d1 d1 d1 d1 d1 d1 d1 d1 d1", "d*", "d1/sub", "d1//", "nosuch d2 d1", "d2 d1/sub",
      "D1", "d1 ./d1");

  static final List<String> CONFDIR_ANYWHERE = List.of("nosuch", "", "/nonexistent", ".", "/dev/null");

  static final List<String> SOURCEDIR_DIRS = List.of(
      "d1", "", "nosuch", "d1 d2", "a b c d e f g h i j k", "/run/chrony-dhcp");

  /** Directives whose arguments have the most structure: drawn more often. */
  private static final List<ChronyDirectiveKind> STRUCTURED = List.of(
      ChronyDirectiveKind.SERVER, ChronyDirectiveKind.POOL, ChronyDirectiveKind.PEER,
      ChronyDirectiveKind.REFCLOCK, ChronyDirectiveKind.ALLOW, ChronyDirectiveKind.DENY,
      ChronyDirectiveKind.CMDALLOW, ChronyDirectiveKind.CMDDENY, ChronyDirectiveKind.LOCAL,
      ChronyDirectiveKind.RATELIMIT, ChronyDirectiveKind.NTSRATELIMIT,
      ChronyDirectiveKind.CMDRATELIMIT, ChronyDirectiveKind.HWTIMESTAMP, ChronyDirectiveKind.LOG,
      ChronyDirectiveKind.MAKESTEP, ChronyDirectiveKind.MAXCHANGE, ChronyDirectiveKind.TEMPCOMP,
      ChronyDirectiveKind.SMOOTHTIME, ChronyDirectiveKind.BROADCAST,
      ChronyDirectiveKind.FALLBACKDRIFT, ChronyDirectiveKind.DRIFTFILE,
      ChronyDirectiveKind.NTSTRUSTEDCERTS, ChronyDirectiveKind.INITSTEPSLEW,
      ChronyDirectiveKind.BINDCMDADDRESS, ChronyDirectiveKind.MAILONCHANGE,
      ChronyDirectiveKind.CLIENTLOGLIMIT);

  private static final List<ChronyDirectiveKind> ALL_KINDS = List.of(ChronyDirectiveKind.values());

  /** What the lines of one file may refer to. */
  private record Context(boolean tree, boolean nested, boolean rich) {
    /** How many options an option-style directive may get (one more than the bound). */
    int options(int normal) {
      return rich ? normal + 3 : normal;
    }
  }

  // ----- cases ------------------------------------------------------------------------------------

  /**
   * Near-valid chrony configurations: four in ten a single directive with many options (each
   * option form gets tested before chronyd stops at an error), four in ten a file of a few lines
   * of every kind, two in ten an include tree.
   */
  public static Gen<ChronyCase> cases() {
    Gen<ChronyCase> gen = in -> {
      Draw d = new Draw(in);
      int mode = d.pick(10);
      if (mode < 4) {
        Context one = new Context(false, false, true);
        String line = d.rare(6) ? line(d, one) : directiveLine(d, one, directiveWords(d, one));
        return ChronyCase.single(latin1(line + d.plainOrOdd(List.of("\n"), List.of("", "\r\n"), 8)));
      }
      boolean tree = mode >= 8;
      Context main = new Context(tree, false, false);
      byte[] mainBytes = file(d, main, 5, true);
      if (!tree) {
        return ChronyCase.single(mainBytes);
      }
      Map<String, byte[]> files = new LinkedHashMap<>();
      int count = d.between(1, 4);
      Context nested = new Context(true, true, false);
      for (int i = 0; i < count; i++) {
        String path = d.oneOf(TREE_FILES);
        files.put(path, path.endsWith("/") ? new byte[0] : file(d, nested, 3, false));
      }
      if (d.rare(4)) {
        // A chain of nested includes around chronyd's limit of 10 files (the main file counts).
        int length = d.oneOf(9, 10, 8, 11);
        for (int k = 1; k <= length; k++) {
          String text = "server 192.0.2." + k + "\n"
              + (k < length ? "include chain/" + (k + 1) + ".conf\n" : "");
          files.put("chain/" + k + ".conf", latin1(text));
        }
        byte[] line = latin1("\ninclude chain/1.conf\n");
        byte[] withChain = Arrays.copyOf(mainBytes, mainBytes.length + line.length);
        System.arraycopy(line, 0, withChain, mainBytes.length, line.length);
        mainBytes = withChain;
      }
      return new ChronyCase(mainBytes, files);
    };
    return gen.describedAs(ChronyCase::describe);
  }

  /** Single-file cases only (no include tree). */
  public static Gen<ChronyCase> singleFiles() {
    Gen<ChronyCase> gen = in -> ChronyCase.single(file(new Draw(in), new Context(false, false, false), 6, true));
    return gen.describedAs(ChronyCase::describe);
  }

  /**
   * Mostly valid single files for the converter leg ({@link ChronyToNtpFidelityTest}): one to six
   * directive lines of the catalogue written plainly (single spaces, newline ends), one line in
   * ten a near-valid line of any kind, so that most files are valid and reach the converter.
   */
  public static Gen<ChronyCase> mostlyValid() {
    Gen<ChronyCase> gen = in -> {
      Draw d = new Draw(in);
      Context plain = new Context(false, false, false);
      int lines = d.between(1, 6);
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < lines; i++) {
        out.append(d.rare(10) ? line(d, plain) : String.join(" ", directiveWords(d, plain)))
            .append('\n');
      }
      return ChronyCase.single(latin1(out.toString()));
    };
    return gen.describedAs(ChronyCase::describe);
  }

  private static byte[] file(Draw d, Context ctx, int maxLines, boolean main) {
    StringBuilder out = new StringBuilder();
    int style = d.pick(40);
    String eol = style < 34 ? "\n" : style < 39 ? "\r\n" : "\r";
    if (main && d.rare(40)) {
      out.append("\u00ef\u00bb\u00bf"); // UTF-8 byte order mark
    }
    int lines = d.between(main ? 1 : 0, maxLines);
    for (int i = 0; i < lines; i++) {
      out.append(line(d, ctx));
      boolean last = i == lines - 1;
      if (!last || !d.rare(4)) {
        out.append(d.rare(15) ? (eol.equals("\n") ? "\r\n" : "\n") : eol);
      }
    }
    return latin1(out.toString());
  }

  // ----- lines -----------------------------------------------------------------------------------

  private static String line(Draw d, Context ctx) {
    int kind = d.pick(100);
    if (kind < 55) {
      return directiveLine(d, ctx, directiveWords(d, ctx));
    }
    if (kind < 62) {
      return d.plainOrOdd(List.of(""), List.of(" ", "\t", " \t ", "\r", "\u000b", "\f", "\u0000",
          "\u0000x", "\u000b\f\r\t "), 2);
    }
    if (kind < 70) {
      return commentLine(d);
    }
    if (kind < 76) {
      List<String> words = directiveWords(d, ctx);
      words.add(d.oneOf("#", "# comment", "#x", ";", "!", "%", "#server", ";x", "!!", "%%"));
      if (d.rare(2)) {
        words.add(d.oneOf("x", "1", "iburst"));
      }
      return directiveLine(d, ctx, words);
    }
    if (kind < 81) {
      return unknownDirectiveLine(d);
    }
    if (kind < 86) {
      return longLine(d);
    }
    if (kind < 90) {
      return d.oneOf("server a\u0000iburst", "\u0000server a", "server\u0000", "# \u0000 x",
          "\u0000", "keyfile /a\u0000b c", "maxdistance 1\u0000x", "server a \u0000 x", "\u0000#",
          "log tracking\u0000Tracking");
    }
    if (kind < 97) {
      return directiveLine(d, ctx, includeWords(d, ctx));
    }
    // Arity mutations: a word too few or too many.
    List<String> words = directiveWords(d, ctx);
    if (words.size() > 1 && d.rare(2)) {
      words.remove(words.size() - 1);
    } else {
      words.add(d.oneOf("1", "x", "iburst", "0.5", "/a"));
    }
    return directiveLine(d, ctx, words);
  }

  /** Joins words with blanks (mostly single spaces), with odd leading and trailing blanks. */
  private static String directiveLine(Draw d, Context ctx, List<String> words) {
    StringBuilder sb = new StringBuilder();
    sb.append(d.plainOrOdd(List.of(""), List.of(" ", "\t", "  ", "\u000b", "\f", "\r", " \t"), 6));
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        sb.append(d.plainOrOdd(List.of(" "), List.of("\t", "  ", " \t ", "\u000b", "\f", "\r",
            "\t\r", "\u00c2\u00a0", "\u00a0"), 12));
      }
      sb.append(words.get(i));
    }
    sb.append(d.plainOrOdd(List.of(""), List.of(" ", "\t", "\r", " \u000b", "\f"), 6));
    if (d.rare(40)) {
      sb.append("\u0000").append(d.oneOf("junk", " iburst", "", "\u0000"));
    }
    return sb.toString();
  }

  private static String commentLine(Draw d) {
    return d.plainOrOdd(List.of(""), List.of(" ", "\t", "\u000b\f"), 4)
        + d.oneOf("#", "!", ";", "%")
        + d.plainOrOdd(List.of(" comment", "", "server 192.0.2.1 iburst"),
            List.of(" x\u0000y", " caf\u00c3\u00a9", " \t ", "#", "\r", "\\"), 4);
  }

  private static String unknownDirectiveLine(Draw d) {
    String name = d.oneOf("servr", "restrict", "fudge", "x", "-", "\u00c3\u00a9t\u00c3\u00a9",
        "server1", "*", "[server]", "\"server\"", "\u00ef\u00bb\u00bfserver",
        "server\u00c2\u00a0192.0.2.1", "server#", "//", "driftfile=/x", "serverx", "sever",
        "\u00ef\u00bb\u00bf#x", "\u00ef\u00bb\u00bf");
    StringBuilder sb = new StringBuilder(name);
    int words = d.pick(3);
    for (int i = 0; i < words; i++) {
      sb.append(' ').append(d.oneOf("192.0.2.1", "iburst", "1", "#"));
    }
    return sb.toString();
  }

  /** A line of about 2048 bytes: chronyd's limit is 2047 bytes with the newline. */
  private static String longLine(Draw d) {
    int length = d.oneOf(2046, 2047, 2045, 2048, 2049, 2044, 2050, 2100, 4097, 6000);
    String prefix = d.oneOf("keyfile /", "#", "server a", " ", "maxdistance 1", "log", "\t# ");
    char pad = prefix.equals("maxdistance 1") ? '0' : prefix.equals("log") ? ' ' : 'a';
    StringBuilder sb = new StringBuilder(prefix);
    while (sb.length() < length - 1) {
      if (pad == ' ') {
        sb.append(" tracking");
      } else {
        sb.append(pad);
      }
    }
    sb.setLength(length - 1); // the newline makes it `length` bytes
    if (d.rare(3)) {
      int nul = d.oneOf(5, 2040, 2045, 2046, 2047, 2048, 2100);
      if (nul < sb.length()) {
        sb.setCharAt(nul, '\u0000');
      }
    }
    return sb.toString();
  }

  // ----- directives ------------------------------------------------------------------------------

  private static List<String> directiveWords(Draw d, Context ctx) {
    ChronyDirectiveKind kind = d.pick(20) < 11 ? d.oneOf(ALL_KINDS) : d.oneOf(STRUCTURED);
    List<String> words = new ArrayList<>();
    words.add(d.someCase(kind.keyword()));
    arguments(d, ctx, kind, words);
    return words;
  }

  private static List<String> includeWords(Draw d, Context ctx) {
    int which = d.pick(10);
    List<String> words = new ArrayList<>();
    String value;
    if (which < 6) {
      words.add(d.someCase("include"));
      value = ctx.tree() ? d.plainOrOdd(INCLUDE_TREE_PLAIN, concat(INCLUDE_TREE_ODD, INCLUDE_ANYWHERE), 3)
          : d.oneOf(INCLUDE_ANYWHERE);
    } else if (which < 9) {
      words.add(d.someCase("confdir"));
      value = ctx.tree() ? d.plainOrOdd(CONFDIR_TREE_PLAIN, concat(CONFDIR_TREE_ODD, CONFDIR_ANYWHERE), 3)
          : d.oneOf(CONFDIR_ANYWHERE);
    } else {
      words.add(d.someCase("sourcedir"));
      value = d.oneOf(SOURCEDIR_DIRS);
    }
    addWords(words, value);
    return words;
  }

  private static void arguments(Draw d, Context ctx, ChronyDirectiveKind kind, List<String> w) {
    switch (kind.shape()) {
      case SOURCE -> {
        add(w, d.plainOrOdd(HOSTS_PLAIN, HOSTS_ODD, 8));
        options(d, w, SourceOption.values(), ctx.options(5));
      }
      case REFCLOCK -> {
        add(w, d.plainOrOdd(List.of("PPS", "SHM", "SOCK", "PHC"), List.of("RTC", "pps", "FOO", "#", ""), 6));
        if (!d.rare(15)) {
          add(w, d.plainOrOdd(List.of("/dev/pps0", "0", "/var/run/chrony.sock", "/dev/ptp0"),
              List.of("/dev/ptp0:nocrossts", "0:perm=0644", "/dev/pps0:clear", "a:b:c", ":", "poll"), 5));
          options(d, w, RefclockOption.values(), ctx.options(5));
        }
      }
      case ACCESS -> {
        if (d.rare(4)) {
          add(w, d.plainOrOdd(List.of("all"), List.of("ALL", "All", "aLL"), 4));
        }
        if (!d.rare(6)) {
          add(w, d.plainOrOdd(SUBNETS_PLAIN, SUBNETS_ODD, 3));
        }
      }
      case LOCAL -> options(d, w, LocalOption.values(), ctx.options(4));
      case RATELIMIT -> {
        int pairs = d.pick(ctx.options(4));
        for (int i = 0; i < pairs; i++) {
          add(w, d.someCase(d.plainOrOdd(List.of("interval", "burst", "leak"), List.of("kod", "rate", "x", ""), 6)));
          add(w, d.plainOrOdd(intPlain(-32, 32), intOdd(-32, 32), 5));
        }
      }
      case HWTIMESTAMP -> {
        if (!d.rare(15)) {
          add(w, d.plainOrOdd(List.of("eth0", "*"), List.of("lo", "#", "ETH0", "\u00c3\u00a9"), 8));
          options(d, w, HwTimestampOption.values(), ctx.options(4));
        }
      }
      case LOG -> {
        int n = d.pick(ctx.options(4));
        List<String> names = new ArrayList<>();
        for (LogKind k : LogKind.values()) {
          names.add(k.keyword());
        }
        for (int i = 0; i < n; i++) {
          add(w, d.plainOrOdd(names, List.of("Tracking", "MEASUREMENTS", "foo", "log", "#", "tracking,rtc"), 6));
        }
      }
      case INCLUDE, CONFDIR, SOURCEDIR -> {
        List<String> words = includeWords(d, ctx);
        w.clear();
        w.addAll(words);
      }
      case NONE -> {
        // no arguments; arity mutations add one
      }
      case WORD -> add(w, d.plainOrOdd(concat(PATHS_PLAIN, WORDS_PLAIN), PATHS_ODD, 6));
      case INT -> add(w, d.plainOrOdd(intPlain(kind.min(), kind.max()), intOdd(kind.min(), kind.max()), 4));
      case DOUBLE -> add(w, d.plainOrOdd(DOUBLE_PLAIN, DOUBLE_ODD, 4));
      case INT_LIST -> {
        int n = d.pick(4);
        for (int i = 0; i < n; i++) {
          add(w, d.plainOrOdd(List.of("30", "15", "0"), INT_ODD, 4));
        }
      }
      case IP_ADDRESS -> add(w, d.plainOrOdd(IPS_PLAIN, IPS_ODD, 4));
      case BIND_COMMAND_ADDRESS -> add(w, d.plainOrOdd(concat(IPS_PLAIN, List.of("/run/chrony/chronyd.sock")),
          concat(List.of("/", "//", "run/x", "/x y"), IPS_ODD), 4));
      case DRIFTFILE -> {
        add(w, d.plainOrOdd(PATHS_PLAIN, PATHS_ODD, 6));
        if (d.rare(5)) {
          add(w, d.someCase("interval"));
          add(w, d.plainOrOdd(List.of("3600", "1"), INT_ODD, 4));
        }
      }
      case FALLBACKDRIFT -> {
        add(w, anInt(d));
        add(w, anInt(d));
      }
      case MAKESTEP -> {
        add(w, aDouble(d));
        add(w, anInt(d));
      }
      case MAXCHANGE -> {
        add(w, aDouble(d));
        add(w, anInt(d));
        add(w, anInt(d));
      }
      case MAILONCHANGE -> {
        add(w, d.plainOrOdd(List.of("root@localhost", "root"), List.of("#", "1", "a@b@c"), 6));
        add(w, aDouble(d));
      }
      case UNSIGNED_LONG -> add(w, d.plainOrOdd(List.of("1048576", "524288", "0"),
          List.of("-1", "1048576x", "x", "18446744073709551615", "18446744073709551616", "+5", "",
              "0x10", "1e6", "-", "99999999999999999999999"), 4));
      case BROADCAST -> {
        add(w, anInt(d));
        add(w, d.plainOrOdd(List.of("192.0.2.255", "ff02::101", "255.255.255.255"), IPS_ODD, 5));
        if (d.rare(3)) {
          add(w, anInt(d));
        }
      }
      case SMOOTHTIME -> {
        add(w, aDouble(d));
        add(w, aDouble(d));
        if (d.rare(3)) {
          add(w, d.plainOrOdd(List.of("leaponly", "LEAPONLY"), List.of("x", "leaponlyx", "leap"), 3));
        }
      }
      case TEMPCOMP -> {
        add(w, d.plainOrOdd(List.of("/sys/class/hwmon/temp1"), PATHS_ODD, 8));
        if (d.rare(3)) {
          add(w, aDouble(d));
          add(w, d.plainOrOdd(List.of("/etc/chrony.tempcomp"), PATHS_ODD, 8));
        } else {
          for (int i = 0; i < 5; i++) {
            add(w, aDouble(d));
          }
        }
      }
      case INITSTEPSLEW -> {
        add(w, aDouble(d));
        int hosts = d.pick(3);
        for (int i = 0; i < hosts; i++) {
          add(w, d.plainOrOdd(List.of("192.0.2.1", "::1", "192.0.2.2"),
              List.of("ntp.example.invalid", "localhost", "#", "1.2.3"), 6));
        }
      }
      case KEYWORD -> addWords(w, d.plainOrOdd(kind.keywords(),
          List.of("x", "", "SLEW", "Require", "system x", "mixx", "IGNORE", "slew slew"), 4));
      case NTSTRUSTEDCERTS -> {
        if (d.rare(3)) {
          add(w, d.plainOrOdd(UINT32_PLAIN, UINT32_ODD, 3));
        }
        add(w, d.plainOrOdd(List.of("/etc/ssl/ca.pem", "/etc/pki"), PATHS_ODD, 6));
      }
      case OPENCOMMANDS -> {
        int n = d.pick(3);
        for (int i = 0; i < n; i++) {
          add(w, d.oneOf(kind.keywords()));
        }
      }
      case OBSOLETE, IGNORED -> {
        int n = d.pick(3);
        for (int i = 0; i < n; i++) {
          add(w, d.oneOf("1", "x", "/etc/chrony.keys", "#"));
        }
      }
      default -> throw new IllegalStateException("unhandled shape " + kind.shape());
    }
  }

  private static String anInt(Draw d) {
    return d.plainOrOdd(List.of("1", "3", "0", "-1", "16", "19"), INT_ODD, 4);
  }

  private static String aDouble(Draw d) {
    return d.plainOrOdd(DOUBLE_PLAIN, DOUBLE_ODD, 4);
  }

  /** Up to {@code max - 1} options: a keyword (any case) and its value, or an unknown word. */
  private static <K extends OptionSpec> void options(Draw d, List<String> w, K[] specs, int max) {
    int count = d.pick(max);
    for (int i = 0; i < count; i++) {
      if (d.rare(15)) {
        add(w, d.oneOf(UNKNOWN_WORDS));
        continue;
      }
      OptionSpec spec = d.oneOf(Arrays.asList(specs));
      add(w, d.someCase(spec.keyword()));
      if (spec.valueKind() != ValueKind.NONE) {
        add(w, d.plainOrOdd(plain(spec.valueKind(), spec.min(), spec.max()),
            odd(spec.valueKind(), spec.min(), spec.max()), 5));
      }
    }
  }

  /** Adds a word; an empty word stands for a missing value and adds nothing. */
  private static void add(List<String> words, String word) {
    if (!word.isEmpty()) {
      words.add(word);
    }
  }

  private static void addWords(List<String> words, String text) {
    for (String s : text.split(" ")) {
      add(words, s);
    }
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}

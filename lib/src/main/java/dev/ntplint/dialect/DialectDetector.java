package dev.ntplint.dialect;

import dev.ntplint.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells chrony.conf from ntp.conf: by file name first, then by the directives a file uses that
 * only one daemon knows.
 */
public final class DialectDetector {

  // Why word lists and not the catalogues: a check reads the content of every file (to warn when
  // it contradicts the name), and deriving these sets initialised both daemons' directive
  // catalogues (two large enums, a TreeSet, chrony's version table) on every start, the other
  // dialect's for nothing (issue 8, P1). DialectDetectorTest derives them from the catalogues
  // and fails when a catalogue gains or loses a directive until the list here follows.

  /** Directives chronyd knows and ntpd (either flavour) does not, from both catalogues. */
  static final Set<String> CHRONY_ONLY = Set.of(
      "acquisitionport", "allow", "authselectmode", "bindacqaddress", "bindacqdevice",
      "bindaddress", "bindcmdaddress", "bindcmddevice", "binddevice", "clientloglimit",
      "clockprecision", "cmdallow", "cmddeny", "cmdport", "cmdratelimit", "combinelimit",
      "commandkey", "confdir", "corrtimeratio", "deny", "dumpdir", "dumponexit", "fallbackdrift",
      "generatecommandkey", "hwclockfile", "hwtimestamp", "hwtstimeout", "include", "initstepslew",
      "keyfile", "leapseclist", "leapsecmode", "leapsectz", "linux_freq_scale", "linux_hz", "local",
      "lock_all", "log", "logbanner", "logchange", "logdir", "mailonchange", "makestep", "manual",
      "maxchange", "maxclockerror", "maxdistance", "maxdrift", "maxjitter", "maxntsconnections",
      "maxsamples", "maxslewrate", "maxstratum", "maxtxbuffers", "maxupdateskew", "minsamples",
      "minsources", "minstratum", "nocerttimecheck", "noclientlog", "nosystemcert", "ntsaeads",
      "ntscachedir", "ntsdumpdir", "ntsntpserver", "ntsport", "ntsprocesses", "ntsratelimit",
      "ntsrefresh", "ntsrotate", "ntsservercert", "ntsserverkey", "ntstrustedcerts", "opencommands",
      "port", "ptpdomain", "ptpport", "ratelimit", "refresh", "reselectdist", "rtcautotrim",
      "rtcdevice", "rtcfile", "rtconutc", "rtcsync", "sched_priority", "smoothtime", "sourcedir",
      "stratumweight", "tempcomp", "user");

  /** Commands ntpd (either flavour) knows and chronyd does not, from both catalogues. */
  static final Set<String> NTP_ONLY = Set.of(
      "automax", "broadcastclient", "broadcastdelay", "controlkey", "crypto", "delrestrict",
      "device", "disable", "discard", "enable", "end", "filegen", "fudge", "ident", "includefile",
      "interface", "keys", "keysdir", "leapfile", "leapsmearinterval", "limit", "logconfig",
      "logfile", "manycastclient", "manycastserver", "mdnstries", "mru", "multicastclient", "nic",
      "nonvolatile", "nts", "phone", "pollskewlist", "requestkey", "reset", "restrict", "revoke",
      "rlimit", "saveconfigdir", "setvar", "simulate", "statistics", "statsdir", "tick", "tinker",
      "tos", "trap", "trustedkey", "ttl", "unconfig", "unpeer", "unrestrict");

  private DialectDetector() {}

  /**
   * The dialect a file name implies, if any: a name that only chrony uses ({@code chrony*}, {@code
   * *.sources}) or a file in a directory that a daemon reads ({@code chrony}, {@code chrony.d});
   * else a name starting with {@code ntp}, or a directory {@code ntp.d} or {@code ntpsec}. So
   * {@code /etc/chrony/conf.d/ntp-pool.conf} is chrony's: chronyd reads it, whatever it holds.
   */
  public static Optional<Dialect> byName(String fileName) {
    String name = fileName.replace('\\', '/').toLowerCase(Locale.ROOT);
    String base = name.substring(name.lastIndexOf('/') + 1);
    if (base.endsWith(".sources") || base.startsWith("chrony")
        || inDirectoryNamed(name, "chrony", "chrony.d")) {
      return Optional.of(Dialect.CHRONY);
    }
    if (base.startsWith("ntp") || inDirectoryNamed(name, "ntp.d", "ntpsec")) {
      return Optional.of(Dialect.NTP);
    }
    return Optional.empty();
  }

  /**
   * True when a directory of the path is named {@code ntp}: a fleet's {@code configs/ntp/host1.conf}
   * is worth checking, but the name is a weaker hint than {@link #byName}'s. No daemon reads such a
   * directory ({@code /etc/ntp} holds keys and step-tickers), and a repository's {@code ntp}
   * directory (an Ansible role) may hold chrony.conf files: the content decides first.
   */
  public static boolean inNtpDirectory(String fileName) {
    return inDirectoryNamed(fileName.replace('\\', '/').toLowerCase(Locale.ROOT), "ntp");
  }

  /** True when a directory of {@code path} ('/'-separated, lower case) has one of the names. */
  private static boolean inDirectoryNamed(String path, String... names) {
    for (int end = path.lastIndexOf('/'); end > 0; ) {
      int start = path.lastIndexOf('/', end - 1);
      for (String n : names) {
        if (end - start - 1 == n.length() && path.regionMatches(start + 1, n, 0, n.length())) {
          return true;
        }
      }
      end = start;
    }
    return false;
  }

  /** Scores the first words of the lines; empty when the content does not tell. */
  public static Optional<Dialect> byContent(String latin1Text) {
    return byContent(SourceFile.of("-", latin1Text.getBytes(StandardCharsets.ISO_8859_1)));
  }

  /**
   * {@link #byContent(String)} of the file's text, its lines found where the file already found
   * them: a batch detects the dialect of every file, and a scan of its own for the line ends was
   * ~0.6% of a batch's CPU (issue 8, P2).
   */
  public static Optional<Dialect> byContent(SourceFile file) {
    // Index arithmetic over the text rather than splitting it into lines and stripping each: the
    // copies were most of a batch's detection (issue 8, P2). The same words as split("\n", -1),
    // strip() and the first run of non-whitespace would give.
    String text = file.latin1();
    int chrony = 0;
    int ntp = 0;
    int lines = file.lineCount();
    for (int line = 1; line <= lines; line++) {
      int lineEnd = line < lines ? file.lineStart(line + 1) - 1 : text.length();
      int start = file.lineStart(line);
      while (start < lineEnd && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      if (start < lineEnd && "#!;%".indexOf(text.charAt(start)) < 0) {
        int end = start;
        while (end < lineEnd && !Character.isWhitespace(text.charAt(end))) {
          end++;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (CHRONY_ONLY.contains(word)) {
          chrony++;
        } else if (NTP_ONLY.contains(word)) {
          ntp++;
        } else if (word.equals("server") && contains(text, "127.127.", end, lineEnd)) {
          ntp++;
        }
      }
    }
    if (chrony == ntp) {
      return Optional.empty();
    }
    return Optional.of(chrony > ntp ? Dialect.CHRONY : Dialect.NTP);
  }

  /** True when {@code part} occurs in {@code text} within [from, to). */
  private static boolean contains(String text, String part, int from, int to) {
    // Not indexOf(part, from): on a line without it, that would search the rest of the file.
    for (int at = from; at + part.length() <= to; at++) {
      if (text.startsWith(part, at)) {
        return true;
      }
    }
    return false;
  }
}

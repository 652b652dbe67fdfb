package dev.ntplint.dialect;

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

  /** The dialect a file name implies, if any. */
  public static Optional<Dialect> byName(String fileName) {
    String name = fileName.replace('\\', '/');
    String base = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    String path = name.toLowerCase(Locale.ROOT);
    if (base.endsWith(".sources") || base.startsWith("chrony") || path.contains("/chrony/")
        || path.contains("/chrony.d/")) {
      return Optional.of(Dialect.CHRONY);
    }
    if (base.startsWith("ntp") || path.contains("/ntp.d/") || path.contains("/ntpsec/")) {
      return Optional.of(Dialect.NTP);
    }
    return Optional.empty();
  }

  /** Scores the first words of the lines; empty when the content does not tell. */
  public static Optional<Dialect> byContent(String latin1Text) {
    int chrony = 0;
    int ntp = 0;
    for (String line : latin1Text.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || "#!;%".indexOf(trimmed.charAt(0)) >= 0) {
        continue;
      }
      int end = 0;
      while (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end))) {
        end++;
      }
      String word = trimmed.substring(0, end).toLowerCase(Locale.ROOT);
      if (CHRONY_ONLY.contains(word)) {
        chrony++;
      } else if (NTP_ONLY.contains(word)) {
        ntp++;
      } else if (word.equals("server") && trimmed.contains("127.127.")) {
        ntp++;
      }
    }
    if (chrony == ntp) {
      return Optional.empty();
    }
    return Optional.of(chrony > ntp ? Dialect.CHRONY : Dialect.NTP);
  }
}

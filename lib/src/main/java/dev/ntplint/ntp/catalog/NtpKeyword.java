package dev.ntplint.ntp.catalog;

import dev.ntplint.internal.grammar.ntp.NtpBaseLexer.FollowBy;
import dev.ntplint.ntp.NtpFlavour;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every keyword of ntpd's scanner, classic 4.2.8p18 and NTPsec 1.2.2 together (keyword-gen.c of
 * each, spec appendix A), with the follow-by mode that decides how the next word is read. Keywords
 * are matched exactly and case-sensitively, and only in token-mode positions.
 */
public enum NtpKeyword {
  IPV4_FLAG("-4", FollowBy.TOKEN, Availability.BOTH),
  IPV6_FLAG("-6", FollowBy.TOKEN, Availability.BOTH),
  ELLIPSIS("...", FollowBy.TOKEN, Availability.BOTH),
  ABBREV("abbrev", FollowBy.STRING, Availability.CLASSIC),
  AEAD("aead", FollowBy.STRING, Availability.NTPSEC),
  AGE("age", FollowBy.TOKEN, Availability.BOTH),
  ALL("all", FollowBy.TOKEN, Availability.BOTH),
  ALLAN("allan", FollowBy.TOKEN, Availability.BOTH),
  ALLPEERS("allpeers", FollowBy.TOKEN, Availability.BOTH),
  AUTH("auth", FollowBy.TOKEN, Availability.BOTH),
  AUTOKEY("autokey", FollowBy.TOKEN, Availability.CLASSIC),
  AUTOMAX("automax", FollowBy.TOKEN, Availability.CLASSIC),
  AVERAGE("average", FollowBy.TOKEN, Availability.BOTH),
  BASEDATE("basedate", FollowBy.STRING, Availability.CLASSIC),
  BAUD("baud", FollowBy.TOKEN, Availability.NTPSEC),
  BCLIENT("bclient", FollowBy.TOKEN, Availability.CLASSIC),
  BCPOLLBSTEP("bcpollbstep", FollowBy.TOKEN, Availability.CLASSIC),
  BEACON("beacon", FollowBy.TOKEN, Availability.CLASSIC),
  BEEP_DELAY("beep_delay", FollowBy.TOKEN, Availability.CLASSIC),
  BIAS("bias", FollowBy.TOKEN, Availability.NTPSEC),
  BROADCAST("broadcast", FollowBy.STRING, Availability.CLASSIC),
  BROADCASTCLIENT("broadcastclient", FollowBy.TOKEN, Availability.CLASSIC),
  BROADCASTDELAY("broadcastdelay", FollowBy.TOKEN, Availability.CLASSIC),
  BURST("burst", FollowBy.TOKEN, Availability.BOTH),
  CA("ca", FollowBy.TOKEN, Availability.NTPSEC),
  CALIBRATE("calibrate", FollowBy.TOKEN, Availability.BOTH),
  CEILING("ceiling", FollowBy.TOKEN, Availability.BOTH),
  CERT("cert", FollowBy.TOKEN, Availability.NTPSEC),
  CHECKHASH("checkhash", FollowBy.TOKEN, Availability.CLASSIC),
  CLOCK("clock", FollowBy.STRING, Availability.NTPSEC),
  CLOCKSTATS("clockstats", FollowBy.TOKEN, Availability.BOTH),
  COHORT("cohort", FollowBy.TOKEN, Availability.CLASSIC),
  CONTROLKEY("controlkey", FollowBy.TOKEN, Availability.BOTH),
  COOKIE("cookie", FollowBy.TOKEN, Availability.NTPSEC),
  CRYPTO("crypto", FollowBy.TOKEN, Availability.CLASSIC),
  CRYPTOSTATS("cryptostats", FollowBy.TOKEN, Availability.CLASSIC),
  CTL("ctl", FollowBy.TOKEN, Availability.BOTH),
  DAY("day", FollowBy.TOKEN, Availability.BOTH),
  DEFAULT("default", FollowBy.TOKEN, Availability.BOTH),
  DELRESTRICT("delrestrict", FollowBy.TOKEN, Availability.classicSince("4.2.8p18")),
  DEVICE("device", FollowBy.STRING, Availability.classicSince("4.2.8p16")),
  DIGEST("digest", FollowBy.STRING, Availability.CLASSIC),
  DISABLE("disable", FollowBy.TOKEN, Availability.BOTH),
  DISCARD("discard", FollowBy.TOKEN, Availability.CLASSIC),
  DISPERSION("dispersion", FollowBy.TOKEN, Availability.BOTH),
  DRIFTFILE("driftfile", FollowBy.STRING, Availability.BOTH),
  DROP("drop", FollowBy.TOKEN, Availability.BOTH),
  DSCP("dscp", FollowBy.TOKEN, Availability.BOTH),
  DURATION("duration", FollowBy.TOKEN, Availability.CLASSIC),
  ENABLE("enable", FollowBy.TOKEN, Availability.BOTH),
  END("end", FollowBy.TOKEN, Availability.BOTH),
  EPEER("epeer", FollowBy.TOKEN, Availability.CLASSIC),
  FILE("file", FollowBy.STRING, Availability.BOTH),
  FILEGEN("filegen", FollowBy.TOKEN, Availability.BOTH),
  FILENUM("filenum", FollowBy.TOKEN, Availability.BOTH),
  FLAG1("flag1", FollowBy.TOKEN, Availability.BOTH),
  FLAG2("flag2", FollowBy.TOKEN, Availability.BOTH),
  FLAG3("flag3", FollowBy.TOKEN, Availability.BOTH),
  FLAG4("flag4", FollowBy.TOKEN, Availability.BOTH),
  FLAKE("flake", FollowBy.TOKEN, Availability.BOTH),
  FLOOR("floor", FollowBy.TOKEN, Availability.BOTH),
  FREQ("freq", FollowBy.TOKEN, Availability.BOTH),
  FREQ_OFFSET("freq_offset", FollowBy.TOKEN, Availability.CLASSIC),
  FUDGE("fudge", FollowBy.STRING, Availability.BOTH),
  FUZZ("fuzz", FollowBy.TOKEN, Availability.CLASSIC),
  HOLDOVER("holdover", FollowBy.TOKEN, Availability.NTPSEC),
  HOST("host", FollowBy.STRING, Availability.CLASSIC),
  HUFFPUFF("huffpuff", FollowBy.TOKEN, Availability.BOTH),
  IBURST("iburst", FollowBy.TOKEN, Availability.BOTH),
  IDENT("ident", FollowBy.STRING, Availability.CLASSIC),
  IGNORE("ignore", FollowBy.TOKEN, Availability.BOTH),
  IGNOREHASH("ignorehash", FollowBy.TOKEN, Availability.CLASSIC),
  INCALLOC("incalloc", FollowBy.TOKEN, Availability.BOTH),
  INCLUDEFILE("includefile", FollowBy.STRING, Availability.BOTH),
  INCMEM("incmem", FollowBy.TOKEN, Availability.BOTH),
  INITALLOC("initalloc", FollowBy.TOKEN, Availability.BOTH),
  INITMEM("initmem", FollowBy.TOKEN, Availability.BOTH),
  INTERFACE("interface", FollowBy.TOKEN, Availability.BOTH),
  IO("io", FollowBy.TOKEN, Availability.BOTH),
  IPPEERLIMIT("ippeerlimit", FollowBy.TOKEN, Availability.CLASSIC),
  IPV4("ipv4", FollowBy.TOKEN, Availability.BOTH),
  IPV6("ipv6", FollowBy.TOKEN, Availability.BOTH),
  JITTER("jitter", FollowBy.TOKEN, Availability.CLASSIC),
  KERNEL("kernel", FollowBy.TOKEN, Availability.BOTH),
  KEY("key", FollowBy.TOKEN, Availability.BOTH),
  KEYS("keys", FollowBy.STRING, Availability.BOTH),
  KEYSDIR("keysdir", FollowBy.STRING, Availability.CLASSIC),
  KOD("kod", FollowBy.TOKEN, Availability.BOTH),
  LEAPFILE("leapfile", FollowBy.STRING, Availability.BOTH),
  LEAPSMEARINTERVAL("leapsmearinterval", FollowBy.TOKEN, Availability.BOTH),
  LIMIT("limit", FollowBy.TOKEN, Availability.NTPSEC),
  LIMITED("limited", FollowBy.TOKEN, Availability.BOTH),
  LINK("link", FollowBy.TOKEN, Availability.BOTH),
  LISTEN("listen", FollowBy.TOKEN, Availability.BOTH),
  LOGCONFIG("logconfig", FollowBy.STRINGS_TO_EOC, Availability.BOTH),
  LOGFILE("logfile", FollowBy.STRING, Availability.BOTH),
  LOOPSTATS("loopstats", FollowBy.TOKEN, Availability.BOTH),
  LOWPRIOTRAP("lowpriotrap", FollowBy.TOKEN, Availability.CLASSIC),
  MANYCASTCLIENT("manycastclient", FollowBy.STRING, Availability.CLASSIC),
  MANYCASTSERVER("manycastserver", FollowBy.STRINGS_TO_EOC, Availability.CLASSIC),
  MASK("mask", FollowBy.TOKEN, Availability.BOTH),
  MAXAGE("maxage", FollowBy.TOKEN, Availability.BOTH),
  MAXCLOCK("maxclock", FollowBy.TOKEN, Availability.BOTH),
  MAXDEPTH("maxdepth", FollowBy.TOKEN, Availability.BOTH),
  MAXDISP("maxdisp", FollowBy.TOKEN, Availability.NTPSEC),
  MAXDIST("maxdist", FollowBy.TOKEN, Availability.BOTH),
  MAXMEM("maxmem", FollowBy.TOKEN, Availability.BOTH),
  MAXPOLL("maxpoll", FollowBy.TOKEN, Availability.BOTH),
  MAXTLS("maxtls", FollowBy.TOKEN, Availability.NTPSEC),
  MDNSTRIES("mdnstries", FollowBy.TOKEN, Availability.BOTH),
  MEM("mem", FollowBy.TOKEN, Availability.BOTH),
  MEMLOCK("memlock", FollowBy.TOKEN, Availability.BOTH),
  MINAGE("minage", FollowBy.TOKEN, Availability.NTPSEC),
  MINCLOCK("minclock", FollowBy.TOKEN, Availability.BOTH),
  MINDEPTH("mindepth", FollowBy.TOKEN, Availability.BOTH),
  MINDIST("mindist", FollowBy.TOKEN, Availability.BOTH),
  MINIMUM("minimum", FollowBy.TOKEN, Availability.CLASSIC),
  MINJITTER("minjitter", FollowBy.TOKEN, Availability.CLASSIC),
  MINPOLL("minpoll", FollowBy.TOKEN, Availability.BOTH),
  MINSANE("minsane", FollowBy.TOKEN, Availability.BOTH),
  MINTLS("mintls", FollowBy.TOKEN, Availability.NTPSEC),
  MODE("mode", FollowBy.TOKEN, Availability.BOTH),
  MODE7("mode7", FollowBy.TOKEN, Availability.CLASSIC),
  MONITOR("monitor", FollowBy.TOKEN, Availability.BOTH),
  MONTH("month", FollowBy.TOKEN, Availability.BOTH),
  MRU("mru", FollowBy.TOKEN, Availability.BOTH),
  MSSNTP("mssntp", FollowBy.TOKEN, Availability.BOTH),
  MULTICASTCLIENT("multicastclient", FollowBy.STRINGS_TO_EOC, Availability.CLASSIC),
  NIC("nic", FollowBy.TOKEN, Availability.BOTH),
  NOEPEER("noepeer", FollowBy.TOKEN, Availability.CLASSIC),
  NOLINK("nolink", FollowBy.TOKEN, Availability.BOTH),
  NOMODIFY("nomodify", FollowBy.TOKEN, Availability.BOTH),
  NOMRULIST("nomrulist", FollowBy.TOKEN, Availability.BOTH),
  NONE("none", FollowBy.TOKEN, Availability.BOTH),
  NONVOLATILE("nonvolatile", FollowBy.TOKEN, Availability.BOTH),
  NOPEER("nopeer", FollowBy.TOKEN, Availability.BOTH),
  NOQUERY("noquery", FollowBy.TOKEN, Availability.BOTH),
  NOSELECT("noselect", FollowBy.TOKEN, Availability.BOTH),
  NOSERVE("noserve", FollowBy.TOKEN, Availability.BOTH),
  NOTRAP("notrap", FollowBy.TOKEN, Availability.BOTH),
  NOTRUST("notrust", FollowBy.TOKEN, Availability.BOTH),
  NOVAL("noval", FollowBy.TOKEN, Availability.NTPSEC),
  NTP("ntp", FollowBy.TOKEN, Availability.BOTH),
  NTPPORT("ntpport", FollowBy.TOKEN, Availability.BOTH),
  NTPSIGNDSOCKET("ntpsigndsocket", FollowBy.STRING, Availability.BOTH),
  NTS("nts", FollowBy.TOKEN, Availability.NTPSEC),
  ORPHAN("orphan", FollowBy.TOKEN, Availability.BOTH),
  ORPHANWAIT("orphanwait", FollowBy.TOKEN, Availability.BOTH),
  PANIC("panic", FollowBy.TOKEN, Availability.BOTH),
  PATH("path", FollowBy.STRING, Availability.NTPSEC),
  PEER("peer", FollowBy.STRING, Availability.BOTH),
  PEER_CLEAR_DIGEST_EARLY("peer_clear_digest_early", FollowBy.TOKEN, Availability.CLASSIC),
  PEERSTATS("peerstats", FollowBy.TOKEN, Availability.BOTH),
  PHONE("phone", FollowBy.STRINGS_TO_EOC, Availability.BOTH),
  PID("pid", FollowBy.TOKEN, Availability.BOTH),
  PIDFILE("pidfile", FollowBy.STRING, Availability.BOTH),
  POLL("poll", FollowBy.TOKEN, Availability.CLASSIC),
  POLLSKEWLIST("pollskewlist", FollowBy.TOKEN, Availability.CLASSIC),
  POOL("pool", FollowBy.STRING, Availability.BOTH),
  PORT("port", FollowBy.TOKEN, Availability.CLASSIC),
  PPSDATA("ppsdata", FollowBy.STRING, Availability.classicSince("4.2.8p16")),
  PPSPATH("ppspath", FollowBy.STRING, Availability.NTPSEC),
  PREEMPT("preempt", FollowBy.TOKEN, Availability.CLASSIC),
  PREFER("prefer", FollowBy.TOKEN, Availability.BOTH),
  PROC_DELAY("proc_delay", FollowBy.TOKEN, Availability.CLASSIC),
  PROP_DELAY("prop_delay", FollowBy.TOKEN, Availability.CLASSIC),
  PROTOSTATS("protostats", FollowBy.TOKEN, Availability.BOTH),
  PW("pw", FollowBy.STRING, Availability.CLASSIC),
  RANDFILE("randfile", FollowBy.STRING, Availability.CLASSIC),
  RAWSTATS("rawstats", FollowBy.TOKEN, Availability.BOTH),
  REFCLOCK("refclock", FollowBy.STRING, Availability.NTPSEC),
  REFID("refid", FollowBy.STRING, Availability.BOTH),
  REQUESTKEY("requestkey", FollowBy.TOKEN, Availability.BOTH),
  RESET("reset", FollowBy.TOKEN, Availability.BOTH),
  RESTRICT("restrict", FollowBy.TOKEN, Availability.BOTH),
  REVOKE("revoke", FollowBy.TOKEN, Availability.CLASSIC),
  RLIMIT("rlimit", FollowBy.TOKEN, Availability.BOTH),
  SAVECONFIGDIR("saveconfigdir", FollowBy.STRING, Availability.CLASSIC),
  SERVER("server", FollowBy.STRING, Availability.BOTH),
  SERVER_OFFSET("server_offset", FollowBy.TOKEN, Availability.CLASSIC),
  SERVERRESPONSE("serverresponse", FollowBy.TOKEN, Availability.CLASSIC),
  SETVAR("setvar", FollowBy.STRING, Availability.BOTH),
  SIMULATE("simulate", FollowBy.TOKEN, Availability.CLASSIC),
  SIMULATION_DURATION("simulation_duration", FollowBy.TOKEN, Availability.CLASSIC),
  SOURCE("source", FollowBy.TOKEN, Availability.BOTH),
  STACKSIZE("stacksize", FollowBy.TOKEN, Availability.BOTH),
  STATISTICS("statistics", FollowBy.TOKEN, Availability.BOTH),
  STATS("stats", FollowBy.TOKEN, Availability.BOTH),
  STATSDIR("statsdir", FollowBy.STRING, Availability.BOTH),
  STEP("step", FollowBy.TOKEN, Availability.BOTH),
  STEPBACK("stepback", FollowBy.TOKEN, Availability.BOTH),
  STEPFWD("stepfwd", FollowBy.TOKEN, Availability.BOTH),
  STEPOUT("stepout", FollowBy.TOKEN, Availability.BOTH),
  STRATUM("stratum", FollowBy.TOKEN, Availability.BOTH),
  SUBTYPE("subtype", FollowBy.TOKEN, Availability.NTPSEC),
  SYS("sys", FollowBy.TOKEN, Availability.BOTH),
  SYSSTATS("sysstats", FollowBy.TOKEN, Availability.BOTH),
  TICK("tick", FollowBy.TOKEN, Availability.BOTH),
  TIME1("time1", FollowBy.TOKEN, Availability.BOTH),
  TIME2("time2", FollowBy.TOKEN, Availability.BOTH),
  TIMEDATA("timedata", FollowBy.STRING, Availability.classicSince("4.2.8p16")),
  TIMER("timer", FollowBy.TOKEN, Availability.BOTH),
  TIMINGSTATS("timingstats", FollowBy.TOKEN, Availability.CLASSIC),
  TINKER("tinker", FollowBy.TOKEN, Availability.BOTH),
  TLSCIPHERSUITES("tlsciphersuites", FollowBy.STRING, Availability.NTPSEC),
  TOS("tos", FollowBy.TOKEN, Availability.BOTH),
  TRAP("trap", FollowBy.STRING, Availability.CLASSIC),
  TRUE("true", FollowBy.TOKEN, Availability.BOTH),
  TRUSTEDKEY("trustedkey", FollowBy.TOKEN, Availability.BOTH),
  TTL("ttl", FollowBy.TOKEN, Availability.CLASSIC),
  TYPE("type", FollowBy.TOKEN, Availability.BOTH),
  UNCONFIG("unconfig", FollowBy.STRING, Availability.BOTH),
  UNIT("unit", FollowBy.TOKEN, Availability.NTPSEC),
  UNPEER("unpeer", FollowBy.STRING, Availability.BOTH),
  UNPEER_CRYPTO_EARLY("unpeer_crypto_early", FollowBy.TOKEN, Availability.CLASSIC),
  UNPEER_CRYPTO_NAK_EARLY("unpeer_crypto_nak_early", FollowBy.TOKEN, Availability.CLASSIC),
  UNPEER_DIGEST_EARLY("unpeer_digest_early", FollowBy.TOKEN, Availability.CLASSIC),
  UNRESTRICT("unrestrict", FollowBy.TOKEN, Availability.NTPSEC),
  USESTATS("usestats", FollowBy.TOKEN, Availability.NTPSEC),
  VERSION("version", FollowBy.TOKEN, Availability.BOTH),
  WANDER("wander", FollowBy.TOKEN, Availability.CLASSIC),
  WEEK("week", FollowBy.TOKEN, Availability.BOTH),
  WILDCARD("wildcard", FollowBy.TOKEN, Availability.BOTH),
  XLEAVE("xleave", FollowBy.TOKEN, Availability.CLASSIC),
  XMTNONCE("xmtnonce", FollowBy.TOKEN, Availability.CLASSIC),
  YEAR("year", FollowBy.TOKEN, Availability.BOTH);

  /**
   * Keywords that NTPsec added after 1.2.2: in 1.2.2 they are plain strings, so using them is a
   * syntax error there. Keyword to the release that added it.
   */
  public static final Map<String, String> LATER_NTPSEC = Map.of(
      "tlsecdhcurves", "1.2.3", "ntsstats", "1.2.3", "ntskestats", "1.2.3",
      "extra", "1.2.4", "tlscipherserverpreference", "1.2.4", "ntskelog", "1.2.5");

  /** Keywords that only ntpdsim's {@code simulate} block uses (classic). */
  public static final List<String> SIMULATOR_ONLY = List.of("beep_delay", "duration",
      "freq_offset", "jitter", "proc_delay", "prop_delay", "server_offset", "simulation_duration",
      "wander");

  private static final Map<String, NtpKeyword> BY_TEXT;

  static {
    Map<String, NtpKeyword> map = new HashMap<>();
    for (NtpKeyword k : values()) {
      map.put(k.text, k);
    }
    BY_TEXT = Collections.unmodifiableMap(map);
  }

  /**
   * Every keyword, open-addressed by the hash {@link String#hashCode} gives its spelling, so a
   * range of a file's chars finds its keyword without becoming a String first ({@link
   * #spellingAt}). Four slots per keyword keep the probe runs short.
   */
  private static final NtpKeyword[] BY_HASH = new NtpKeyword[Integer.highestOneBit(
      values().length * 4) * 2];

  static {
    for (NtpKeyword k : values()) {
      int slot = k.text.hashCode() & (BY_HASH.length - 1);
      while (BY_HASH[slot] != null) {
        slot = (slot + 1) & (BY_HASH.length - 1);
      }
      BY_HASH[slot] = k;
    }
  }

  /** The length of the longest keyword: no longer range is hashed ({@link #spellingAt}). */
  private static final int LONGEST = longest();

  /**
   * Per spelling length, the first chars (all below 128) of the keywords that long, as a 128-bit
   * set in two longs: most words that are not keywords (addresses, host names, numbers) fail this
   * before their chars are hashed (issue 8: {@link #spellingAt} was ~5% of parse + lint).
   */
  private static final long[] FIRST_CHARS_BY_LENGTH = firstCharsByLength();

  private static int longest() {
    int longest = 0;
    for (NtpKeyword k : values()) {
      longest = Math.max(longest, k.text.length());
    }
    return longest;
  }

  private static long[] firstCharsByLength() {
    long[] sets = new long[2 * (LONGEST + 1)];
    for (NtpKeyword k : values()) {
      char first = k.text.charAt(0);
      sets[2 * k.text.length() + (first >> 6)] |= 1L << first;
    }
    return sets;
  }

  private final String text;
  private final FollowBy followBy;
  private final Availability availability;

  NtpKeyword(String text, FollowBy followBy, Availability availability) {
    this.text = text;
    this.followBy = followBy;
    this.availability = availability;
  }

  /** The keyword as ntpd spells it. */
  public String text() {
    return text;
  }

  /** How the word after this keyword is read. */
  public FollowBy followBy() {
    return followBy;
  }

  public Availability availability() {
    return availability;
  }

  /** The keyword spelled exactly {@code text}, whichever daemon has it. */
  public static Optional<NtpKeyword> lookup(String text) {
    return Optional.ofNullable(BY_TEXT.get(text));
  }

  /** The keyword spelled exactly {@code text} if {@code flavour}'s scanner knows it. */
  public static Optional<NtpKeyword> lookup(String text, NtpFlavour flavour) {
    return Optional.ofNullable(find(text, flavour));
  }

  /**
   * {@link #lookup(String, NtpFlavour)} without an Optional, for the scanner, which asks for every
   * lexeme (issue 8): the keyword, or null.
   */
  public static NtpKeyword find(String text, NtpFlavour flavour) {
    NtpKeyword k = find(text);
    return k != null && k.availability.in(flavour) ? k : null;
  }

  /**
   * {@link #lookup(String)} without an Optional: the keyword of either daemon, or null. By the
   * table of {@link #spellingAt}, not the map: most words that are no keyword fail its filter
   * before being hashed, where the map hashed every fresh address and number (issue 8); a word
   * that is a keyword is the keyword's own string (spellingAt), whose hash is kept and which the
   * probe finds by identity.
   */
  public static NtpKeyword find(String text) {
    int length = text.length();
    if (!mayBeKeyword(length, length == 0 ? 0 : text.charAt(0))) {
      return null;
    }
    for (int slot = text.hashCode() & (BY_HASH.length - 1); BY_HASH[slot] != null;
        slot = (slot + 1) & (BY_HASH.length - 1)) {
      String spelling = BY_HASH[slot].text;
      if (spelling == text || spelling.equals(text)) {
        return BY_HASH[slot];
      }
    }
    return null;
  }

  /** False when no keyword is {@code length} chars long and starts with {@code first}. */
  private static boolean mayBeKeyword(int length, char first) {
    // (1L << first) shifts by the low six bits of first: the bit within its half of the set.
    return length > 0 && length <= LONGEST && first < 128
        && (FIRST_CHARS_BY_LENGTH[2 * length + (first >> 6)] & (1L << first)) != 0;
  }

  /**
   * The spelling of the keyword (of either daemon) that is exactly the chars [start, end) of
   * {@code text}, as the keyword's own constant string; null when they spell no keyword. The
   * ntp.conf lexer asks this for every word, so that the words which are keywords, most of a
   * configuration's, share one string instead of a copy each (issue 8).
   */
  public static String spellingAt(String text, int start, int end) {
    int length = end - start;
    if (!mayBeKeyword(length, length == 0 ? 0 : text.charAt(start))) {
      return null;
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    for (int slot = hash & (BY_HASH.length - 1); BY_HASH[slot] != null;
        slot = (slot + 1) & (BY_HASH.length - 1)) {
      String spelling = BY_HASH[slot].text;
      if (spelling.length() == length && text.regionMatches(start, spelling, 0, length)) {
        return spelling;
      }
    }
    return null;
  }

  /**
   * The follow-by mode of {@code text} as a keyword of {@code flavour}, or null when it is not one;
   * with a null flavour, a keyword of either daemon (for the accept-either target).
   */
  public static FollowBy followByOf(String text, NtpFlavour flavour) {
    NtpKeyword k = find(text);
    if (k == null || (flavour != null && !k.availability.in(flavour))) {
      return null;
    }
    return k.followBy;
  }

  /** All keyword spellings of a flavour, sorted. */
  public static List<String> spellings(NtpFlavour flavour) {
    TreeMap<String, NtpKeyword> sorted = new TreeMap<>();
    for (NtpKeyword k : values()) {
      if (k.availability.in(flavour)) {
        sorted.put(k.text, k);
      }
    }
    return List.copyOf(sorted.keySet());
  }

  @Override
  public String toString() {
    return text;
  }
}

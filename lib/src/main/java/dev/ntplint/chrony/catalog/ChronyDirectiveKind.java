package dev.ntplint.chrony.catalog;

import static dev.ntplint.chrony.ChronyVersion.HEAD;
import static dev.ntplint.chrony.ChronyVersion.V1_20;
import static dev.ntplint.chrony.ChronyVersion.V1_24;
import static dev.ntplint.chrony.ChronyVersion.V1_25;
import static dev.ntplint.chrony.ChronyVersion.V1_27;
import static dev.ntplint.chrony.ChronyVersion.V1_28;
import static dev.ntplint.chrony.ChronyVersion.V1_30;
import static dev.ntplint.chrony.ChronyVersion.V2_0;
import static dev.ntplint.chrony.ChronyVersion.V2_2;
import static dev.ntplint.chrony.ChronyVersion.V2_3;
import static dev.ntplint.chrony.ChronyVersion.V2_4;
import static dev.ntplint.chrony.ChronyVersion.V3_0;
import static dev.ntplint.chrony.ChronyVersion.V4_0;
import static dev.ntplint.chrony.ChronyVersion.V4_2;
import static dev.ntplint.chrony.ChronyVersion.V4_4;
import static dev.ntplint.chrony.ChronyVersion.V4_6;
import static dev.ntplint.chrony.ChronyVersion.V4_6_1;
import static dev.ntplint.chrony.ChronyVersion.V4_7;
import static dev.ntplint.chrony.catalog.ArgumentShape.*;

import dev.ntplint.chrony.ChronyVersion;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every directive name chronyd (HEAD) accepts, with the release that introduced it and the way
 * chronyd reads its arguments. Source: chrony's conf.c, per release tag (see
 * docs in ../shared/reference/chrony-spec.md section 4).
 */
public enum ChronyDirectiveKind {
  ACQUISITIONPORT("acquisitionport", V1_20, INT, 0, 65535),
  ALLOW("allow", V1_20, ACCESS),
  AUTHSELECTMODE("authselectmode", V4_0, KEYWORD, "require", "prefer", "mix", "ignore"),
  BINDACQADDRESS("bindacqaddress", V1_30, IP_ADDRESS),
  BINDACQDEVICE("bindacqdevice", V4_0, WORD),
  BINDADDRESS("bindaddress", V1_20, IP_ADDRESS),
  BINDCMDADDRESS("bindcmdaddress", V1_20, BIND_COMMAND_ADDRESS),
  BINDCMDDEVICE("bindcmddevice", V4_0, WORD),
  BINDDEVICE("binddevice", V4_0, WORD),
  BROADCAST("broadcast", V1_20, ArgumentShape.BROADCAST),
  CLIENTLOGLIMIT("clientloglimit", V1_24, UNSIGNED_LONG),
  CLOCKPRECISION("clockprecision", V4_0, DOUBLE),
  CMDALLOW("cmdallow", V1_20, ACCESS),
  CMDDENY("cmddeny", V1_20, ACCESS),
  CMDPORT("cmdport", V1_20, INT, 0, 65535),
  CMDRATELIMIT("cmdratelimit", V2_3, ArgumentShape.RATELIMIT),
  COMBINELIMIT("combinelimit", V1_28, DOUBLE),
  COMMANDKEY("commandkey", V1_20, OBSOLETE),
  CONFDIR("confdir", V4_0, ArgumentShape.CONFDIR),
  CORRTIMERATIO("corrtimeratio", V1_27, DOUBLE),
  DENY("deny", V1_20, ACCESS),
  DRIFTFILE("driftfile", V1_20, ArgumentShape.DRIFTFILE),
  DSCP("dscp", V4_0, INT, 0, 63),
  DUMPDIR("dumpdir", V1_20, WORD),
  DUMPONEXIT("dumponexit", V1_20, IGNORED),
  FALLBACKDRIFT("fallbackdrift", V1_25, ArgumentShape.FALLBACKDRIFT),
  GENERATECOMMANDKEY("generatecommandkey", V1_28, OBSOLETE),
  HWCLOCKFILE("hwclockfile", V1_30, WORD),
  HWTIMESTAMP("hwtimestamp", V3_0, ArgumentShape.HWTIMESTAMP),
  HWTSTIMEOUT("hwtstimeout", V4_4, DOUBLE),
  INCLUDE("include", V1_25, ArgumentShape.INCLUDE),
  INITSTEPSLEW("initstepslew", V1_20, ArgumentShape.INITSTEPSLEW),
  KEYFILE("keyfile", V1_20, WORD),
  LEAPSECMODE("leapsecmode", V2_0, KEYWORD, "system", "slew", "step", "ignore"),
  LEAPSECTZ("leapsectz", V1_27, WORD),
  LEAPSECLIST("leapseclist", V4_6, WORD),
  LINUX_FREQ_SCALE("linux_freq_scale", V1_20, OBSOLETE),
  LINUX_HZ("linux_hz", V1_20, OBSOLETE),
  LOCAL("local", V1_20, ArgumentShape.LOCAL),
  LOCK_ALL("lock_all", V1_24, NONE),
  LOG("log", V1_20, ArgumentShape.LOG),
  LOGBANNER("logbanner", V1_25, INT, 0, Integer.MAX_VALUE),
  LOGCHANGE("logchange", V1_20, DOUBLE),
  LOGDIR("logdir", V1_20, WORD),
  MAILONCHANGE("mailonchange", V1_20, ArgumentShape.MAILONCHANGE),
  MAKESTEP("makestep", V1_24, ArgumentShape.MAKESTEP),
  MANUAL("manual", V1_20, NONE),
  MAXCHANGE("maxchange", V1_27, ArgumentShape.MAXCHANGE),
  MAXCLOCKERROR("maxclockerror", V1_25, DOUBLE),
  MAXDISTANCE("maxdistance", V2_2, DOUBLE),
  MAXDRIFT("maxdrift", V2_4, DOUBLE),
  MAXJITTER("maxjitter", V3_0, DOUBLE),
  MAXNTSCONNECTIONS("maxntsconnections", V4_0, INT, 1, Integer.MAX_VALUE),
  MAXSAMPLES("maxsamples", V1_28, INT, 0, Integer.MAX_VALUE),
  MAXSLEWRATE("maxslewrate", V1_30, DOUBLE),
  MAXSTRATUM("maxstratum", HEAD, INT, 0, Integer.MAX_VALUE),
  MAXTXBUFFERS("maxtxbuffers", HEAD, INT, 0, 1048576),
  MAXUPDATESKEW("maxupdateskew", V1_20, DOUBLE),
  MINSAMPLES("minsamples", V1_28, INT, 0, Integer.MAX_VALUE),
  MINSOURCES("minsources", V2_0, INT, 1, Integer.MAX_VALUE),
  MINSTRATUM("minstratum", HEAD, INT, 0, Integer.MAX_VALUE),
  NOCERTTIMECHECK("nocerttimecheck", V4_0, INT, 0, Integer.MAX_VALUE),
  NOCLIENTLOG("noclientlog", V1_20, NONE),
  NOSYSTEMCERT("nosystemcert", V4_0, NONE),
  NTPSIGNDSOCKET("ntpsigndsocket", V3_0, WORD),
  NTSAEADS("ntsaeads", V4_6_1, INT_LIST, 0, Integer.MAX_VALUE),
  NTSCACHEDIR("ntscachedir", V4_0, WORD),
  NTSDUMPDIR("ntsdumpdir", V4_0, WORD),
  NTSNTPSERVER("ntsntpserver", V4_0, WORD),
  NTSPORT("ntsport", V4_0, INT, 0, 65535),
  NTSPROCESSES("ntsprocesses", V4_0, INT, 0, 1000),
  NTSRATELIMIT("ntsratelimit", V4_0, ArgumentShape.RATELIMIT),
  NTSREFRESH("ntsrefresh", V4_0, INT, 0, Integer.MAX_VALUE),
  NTSROTATE("ntsrotate", V4_0, INT, 0, Integer.MAX_VALUE),
  NTSSERVERCERT("ntsservercert", V4_0, WORD),
  NTSSERVERKEY("ntsserverkey", V4_0, WORD),
  NTSTRUSTEDCERTS("ntstrustedcerts", V4_0, ArgumentShape.NTSTRUSTEDCERTS),
  OPENCOMMANDS("opencommands", V4_7, ArgumentShape.OPENCOMMANDS,
      "activity", "authdata", "clients", "manual", "ntpdata", "rtcdata", "selectdata",
      "serverstats", "smoothing", "sourcename", "sources", "sourcestats", "tracking"),
  PEER("peer", V1_20, SOURCE),
  PIDFILE("pidfile", V1_20, WORD),
  POOL("pool", V2_0, SOURCE),
  PORT("port", V1_20, INT, 0, 65535),
  PTPDOMAIN("ptpdomain", V4_6, INT, 0, 255),
  PTPPORT("ptpport", V4_2, INT, 0, 65535),
  RATELIMIT("ratelimit", V2_3, ArgumentShape.RATELIMIT),
  REFCLOCK("refclock", V1_24, ArgumentShape.REFCLOCK),
  REFRESH("refresh", V4_4, INT, 0, Integer.MAX_VALUE),
  RESELECTDIST("reselectdist", V1_25, DOUBLE),
  RTCAUTOTRIM("rtcautotrim", V1_30, DOUBLE),
  RTCDEVICE("rtcdevice", V1_20, WORD),
  RTCFILE("rtcfile", V1_20, WORD),
  RTCONUTC("rtconutc", V1_20, NONE),
  RTCSYNC("rtcsync", V1_25, NONE),
  SCHED_PRIORITY("sched_priority", V1_24, INT, 0, 100),
  SERVER("server", V1_20, SOURCE),
  SMOOTHTIME("smoothtime", V2_0, ArgumentShape.SMOOTHTIME),
  SOURCEDIR("sourcedir", V4_0, ArgumentShape.SOURCEDIR),
  STRATUMWEIGHT("stratumweight", V1_25, DOUBLE),
  TEMPCOMP("tempcomp", V1_25, ArgumentShape.TEMPCOMP),
  USER("user", V1_28, WORD);

  private static final Map<String, ChronyDirectiveKind> BY_NAME;
  private static final SortedSet<String> NAMES;

  static {
    Map<String, ChronyDirectiveKind> map = new HashMap<>();
    for (ChronyDirectiveKind kind : values()) {
      map.put(kind.keyword, kind);
    }
    BY_NAME = Collections.unmodifiableMap(map);
    NAMES = Collections.unmodifiableSortedSet(new TreeSet<>(map.keySet()));
  }

  private final String keyword;
  private final ChronyVersion since;
  private final ArgumentShape shape;
  private final long min;
  private final long max;
  private final List<String> keywords;

  /**
   * This kind as the Optional a directive's kind() answers: made once, not per call (the rules ask
   * for every directive's kind; issue 8, P3).
   */
  private final Optional<ChronyDirectiveKind> asOptional = Optional.of(this);

  ChronyDirectiveKind(String keyword, ChronyVersion since, ArgumentShape shape) {
    this(keyword, since, shape, 0, 0);
  }

  ChronyDirectiveKind(String keyword, ChronyVersion since, ArgumentShape shape, long min, long max) {
    this.keyword = keyword;
    this.since = since;
    this.shape = shape;
    this.min = min;
    this.max = max;
    this.keywords = List.of();
  }

  ChronyDirectiveKind(String keyword, ChronyVersion since, ArgumentShape shape, String... keywords) {
    this.keyword = keyword;
    this.since = since;
    this.shape = shape;
    this.min = 0;
    this.max = 0;
    this.keywords = List.of(keywords);
  }

  /** {@code Optional.of(this)}, shared. */
  public Optional<ChronyDirectiveKind> asOptional() {
    return asOptional;
  }

  /** The directive name as the documentation spells it (chronyd compares it case-insensitively). */
  public String keyword() {
    return keyword;
  }

  /** The first chrony release whose parser accepts this name. */
  public ChronyVersion since() {
    return since;
  }

  public ArgumentShape shape() {
    return shape;
  }

  /** Lowest accepted integer for {@link ArgumentShape#INT} directives (enforced since 4.7). */
  public long min() {
    return min;
  }

  /** Highest accepted integer for {@link ArgumentShape#INT} directives (enforced since 4.7). */
  public long max() {
    return max;
  }

  /** The accepted keywords of a {@link ArgumentShape#KEYWORD} or list directive. */
  public List<String> keywords() {
    return keywords;
  }

  /** The directive with this name, compared as chronyd does (ASCII case-insensitive). */
  public static Optional<ChronyDirectiveKind> byName(String name) {
    ChronyDirectiveKind exact = BY_NAME.get(name);
    return Optional.ofNullable(exact != null ? exact : BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Every directive name, sorted. */
  public static SortedSet<String> names() {
    return NAMES;
  }
}

package dev.ntplint.ntp.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every command keyword of ntp.conf (the first word of a command) in classic ntpd 4.2.8p18 and
 * NTPsec 1.2.2, grouped as the spec groups them, with the daemons and releases that have it.
 */
public enum NtpDirectiveKind {
  SERVER("server", Family.ASSOCIATION, Availability.BOTH,
      "a client association with a server"),
  POOL("pool", Family.ASSOCIATION, Availability.BOTH,
      "associations with the servers a pool name resolves to"),
  PEER("peer", Family.ASSOCIATION, Availability.BOTH,
      "a symmetric active association (NTPsec: treated as server)"),
  BROADCAST("broadcast", Family.ASSOCIATION, Availability.CLASSIC,
      "send broadcasts or multicasts to an address"),
  MANYCASTCLIENT("manycastclient", Family.ASSOCIATION, Availability.CLASSIC,
      "find servers by manycast"),
  REFCLOCK("refclock", Family.REFCLOCK, Availability.NTPSEC,
      "a reference clock by driver name"),
  UNPEER("unpeer", Family.UNPEER, Availability.BOTH,
      "remove an association"),
  UNCONFIG("unconfig", Family.UNPEER, Availability.BOTH,
      "remove an association (alias of unpeer)"),
  BROADCASTCLIENT("broadcastclient", Family.CLIENT_MODE, Availability.CLASSIC,
      "accept broadcast servers"),
  MANYCASTSERVER("manycastserver", Family.CLIENT_MODE, Availability.CLASSIC,
      "answer manycast on these addresses"),
  MULTICASTCLIENT("multicastclient", Family.CLIENT_MODE, Availability.CLASSIC,
      "accept multicast servers on these addresses"),
  MDNSTRIES("mdnstries", Family.ASSOCIATION, Availability.BOTH,
      "mDNS registration attempts"),
  CONTROLKEY("controlkey", Family.AUTHENTICATION, Availability.BOTH,
      "key for mode 6 (ntpq) control"),
  KEYS("keys", Family.AUTHENTICATION, Availability.BOTH,
      "the symmetric keys file"),
  KEYSDIR("keysdir", Family.AUTHENTICATION, Availability.CLASSIC,
      "the Autokey keys directory"),
  REQUESTKEY("requestkey", Family.AUTHENTICATION, Availability.BOTH,
      "key for mode 7 (ntpdc) requests (NTPsec: no-op)"),
  TRUSTEDKEY("trustedkey", Family.AUTHENTICATION, Availability.BOTH,
      "the trusted key ids"),
  NTPSIGNDSOCKET("ntpsigndsocket", Family.AUTHENTICATION, Availability.BOTH,
      "the Samba signd socket"),
  CRYPTO("crypto", Family.AUTHENTICATION, Availability.CLASSIC,
      "Autokey parameters"),
  REVOKE("revoke", Family.AUTHENTICATION, Availability.CLASSIC,
      "Autokey revocation interval"),
  AUTOMAX("automax", Family.AUTHENTICATION, Availability.CLASSIC,
      "Autokey key list lifetime"),
  IDENT("ident", Family.AUTHENTICATION, Availability.CLASSIC,
      "Autokey group name"),
  TOS("tos", Family.SYSTEM, Availability.BOTH,
      "clock selection and orphan mode parameters"),
  TINKER("tinker", Family.SYSTEM, Availability.BOTH,
      "clock discipline parameters"),
  ENABLE("enable", Family.SYSTEM, Availability.BOTH,
      "turn system flags on"),
  DISABLE("disable", Family.SYSTEM, Availability.BOTH,
      "turn system flags off"),
  RLIMIT("rlimit", Family.SYSTEM, Availability.BOTH,
      "resource limits"),
  DRIFTFILE("driftfile", Family.FILES, Availability.BOTH,
      "the frequency file"),
  NONVOLATILE("nonvolatile", Family.SYSTEM, Availability.BOTH,
      "frequency change threshold for writing the drift file"),
  TICK("tick", Family.SYSTEM, Availability.BOTH,
      "the clock tick"),
  BROADCASTDELAY("broadcastdelay", Family.SYSTEM, Availability.CLASSIC,
      "the broadcast delay"),
  LEAPFILE("leapfile", Family.FILES, Availability.BOTH,
      "the leap seconds file"),
  LEAPSMEARINTERVAL("leapsmearinterval", Family.SYSTEM, Availability.BOTH,
      "leap smear interval (LEAP_SMEAR builds only)"),
  DSCP("dscp", Family.SYSTEM, Availability.BOTH,
      "the DSCP value of sent packets"),
  STATISTICS("statistics", Family.MONITORING, Availability.BOTH,
      "statistics to record"),
  FILEGEN("filegen", Family.MONITORING, Availability.BOTH,
      "a statistics file generation set"),
  STATSDIR("statsdir", Family.MONITORING, Availability.BOTH,
      "the statistics directory"),
  RESTRICT("restrict", Family.ACCESS, Availability.BOTH,
      "an access restriction"),
  UNRESTRICT("unrestrict", Family.ACCESS, Availability.NTPSEC,
      "remove flags from an access restriction"),
  DELRESTRICT("delrestrict", Family.ACCESS, Availability.classicSince("4.2.8p18"),
      "remove an access restriction"),
  DISCARD("discard", Family.ACCESS, Availability.CLASSIC,
      "rate limits"),
  LIMIT("limit", Family.ACCESS, Availability.NTPSEC,
      "rate limits (the successor of discard)"),
  MRU("mru", Family.ACCESS, Availability.BOTH,
      "the most recently used list"),
  FUDGE("fudge", Family.REFCLOCK, Availability.BOTH,
      "reference clock parameters"),
  DEVICE("device", Family.REFCLOCK, Availability.classicSince("4.2.8p16"),
      "reference clock device names"),
  INCLUDEFILE("includefile", Family.MISC, Availability.BOTH,
      "read another file here"),
  END("end", Family.MISC, Availability.BOTH,
      "stop reading"),
  LOGFILE("logfile", Family.FILES, Availability.BOTH,
      "the log file"),
  PIDFILE("pidfile", Family.FILES, Availability.BOTH,
      "the pid file"),
  SAVECONFIGDIR("saveconfigdir", Family.FILES, Availability.CLASSIC,
      "the saveconfig directory"),
  LOGCONFIG("logconfig", Family.FILES, Availability.BOTH,
      "what to log"),
  PHONE("phone", Family.MISC, Availability.BOTH,
      "modem phone numbers (ACTS driver)"),
  SETVAR("setvar", Family.MISC, Availability.BOTH,
      "a system variable"),
  INTERFACE("interface", Family.MISC, Availability.BOTH,
      "which interfaces to listen on"),
  NIC("nic", Family.MISC, Availability.BOTH,
      "which interfaces to listen on (alias of interface)"),
  RESET("reset", Family.MISC, Availability.BOTH,
      "reset counters"),
  TRAP("trap", Family.MISC, Availability.CLASSIC,
      "a mode 6 trap receiver"),
  TTL("ttl", Family.MISC, Availability.CLASSIC,
      "the manycast/broadcast TTL table"),
  POLLSKEWLIST("pollskewlist", Family.MISC, Availability.CLASSIC,
      "poll interval randomization"),
  NTS("nts", Family.NTS, Availability.NTPSEC,
      "Network Time Security parameters"),
  SIMULATE("simulate", Family.MISC, Availability.CLASSIC,
      "ntpdsim simulation block");

  /** The families of spec section 2. */
  public enum Family {
    ASSOCIATION, REFCLOCK, UNPEER, CLIENT_MODE, AUTHENTICATION, SYSTEM, FILES, MONITORING, ACCESS,
    NTS, MISC
  }

  private final String keyword;
  private final Family family;
  private final Availability availability;
  private final String summary;

  NtpDirectiveKind(String keyword, Family family, Availability availability, String summary) {
    this.keyword = keyword;
    this.family = family;
    this.availability = availability;
    this.summary = summary;
  }

  public String keyword() {
    return keyword;
  }

  public Family family() {
    return family;
  }

  public Availability availability() {
    return availability;
  }

  /** One line saying what it does. */
  public String summary() {
    return summary;
  }

  /** The command spelled {@code keyword} in either daemon. */
  public static Optional<NtpDirectiveKind> byKeyword(String keyword) {
    return BY_KEYWORD.getOrDefault(keyword, Optional.empty());
  }

  /**
   * The commands by keyword (the first constant of a spelling wins, as the former linear search
   * did): the grammar asks once per command, and values() cloned the array each time (issue 8).
   */
  private static final Map<String, Optional<NtpDirectiveKind>> BY_KEYWORD = byKeywordTable();

  private static Map<String, Optional<NtpDirectiveKind>> byKeywordTable() {
    Map<String, Optional<NtpDirectiveKind>> table = new HashMap<>();
    for (NtpDirectiveKind k : values()) {
      table.putIfAbsent(k.keyword, Optional.of(k));
    }
    return table;
  }

  /** The command keywords of one flavour. */
  public static List<String> keywords(dev.ntplint.ntp.NtpFlavour flavour) {
    List<String> result = new ArrayList<>();
    for (NtpDirectiveKind k : values()) {
      if (k.availability.in(flavour)) {
        result.add(k.keyword);
      }
    }
    return result;
  }

  /** The command keywords of either flavour. */
  public static List<String> allKeywords() {
    List<String> result = new ArrayList<>();
    for (NtpDirectiveKind k : values()) {
      result.add(k.keyword);
    }
    return result;
  }

  @Override
  public String toString() {
    return keyword;
  }
}

package dev.ntplint.rules.syntax;

import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.NtpSource;
import dev.ntplint.chrony.model.UnknownDirective;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyDirectiveRule;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** NTP601: ntp.conf syntax inside chrony.conf, with the chrony equivalent. */
public final class NtpdSyntax extends BaseRule implements ChronyDirectiveRule.Each {

  private static final Map<String, String> EQUIVALENT = new HashMap<>();

  static {
    put("`allow`/`deny` for time service and `cmdallow`/`cmddeny` for monitoring (chronyd serves"
        + " no client unless allowed)", "restrict", "unrestrict", "delrestrict");
    put("options of `refclock` (offset, refid, stratum), or `local stratum N` for the LOCAL clock",
        "fudge");
    put("`makestep` for step thresholds, `maxclockerror` for dispersion", "tinker");
    put("`minsources` (minsane), `maxdistance` (maxdist), `local stratum N orphan` (orphan)", "tos");
    put("`logdir`", "statsdir");
    put("`log tracking statistics refclocks measurements`", "statistics");
    put("nothing: chronyd's log files are rotated with logrotate", "filegen");
    put("`keyfile`", "keys", "keysdir");
    put("nothing: chronyd trusts every key of its keyfile", "trustedkey");
    put("nothing: chronyc uses a local Unix socket for privileged commands", "requestkey",
        "controlkey");
    put("`include` or `confdir`", "includefile");
    put("nothing directly (`disable monitor` is close to `noclientlog`)", "enable", "disable");
    put("`bindaddress` or `binddevice`", "interface", "nic");
    put("`ratelimit`", "discard", "limit");
    put("`clientloglimit`", "mru");
    put("nothing: chronyd logs through syslog, or to a file given with its -l option", "logconfig",
        "logfile");
    put("`leapseclist` (chrony 4.6 and later) or `leapsectz right/UTC`", "leapfile");
    put("nothing: chrony has no broadcast, multicast or manycast client; use `pool` or"
        + " `sourcedir`", "broadcastclient", "multicastclient", "manycastclient", "manycastserver");
    put("NTS (`server HOST nts`); chrony has no Autokey", "crypto", "revoke", "automax", "ident");
    put("`leapsecmode slew` with `smoothtime 400 0.001024 leaponly`", "leapsmearinterval");
    put("`ntsservercert`/`ntsserverkey` for a server, `server HOST nts` for a client", "nts");
    put("`lock_all` (memlock); nothing for the other limits", "rlimit");
    put("nothing", "setvar", "phone", "ttl", "trap", "reset", "nonvolatile", "tick",
        "broadcastdelay", "pollskewlist", "mdnstries", "saveconfigdir", "device", "simulate", "end",
        "unpeer", "unconfig");
  }

  private static void put(String equivalent, String... names) {
    for (String n : names) {
      EQUIVALENT.put(n, equivalent);
    }
  }

  public NtpdSyntax() {
    super("NTP601", "ntpd-syntax", Scope.DIRECTIVE, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.ERROR)
        .category(Category.SYNTAX)
        .supersedes("CP100")
        .summary("ntp.conf syntax in chrony.conf")
        .description("""
            A directive of ntpd's `ntp.conf` (`restrict`, `fudge`, `tinker`, `statsdir`...) in a \
            chrony.conf: chronyd does not know it and refuses to start (`Invalid directive`). \
            This happens when an ntp.conf is copied over, or when a guide for ntpd is followed \
            (some vendors' documentation shows `fudge 127.127.1.0 stratum 0` for chrony). The \
            finding names the chrony equivalent.

            Also reported: `server 127.127.T.U`, ntpd's address syntax for reference clocks. \
            chronyd accepts it as a normal server and sends NTP requests to that loopback \
            address, which nothing answers. Use `local stratum N` for ntpd's LOCAL clock \
            (127.127.1.x) and `refclock` for real reference clocks.""");
  }

  @Override
  public List<Class<? extends ChronyDirective>> judgedFamilies() {
    return List.of(UnknownDirective.class, NtpSource.class);
  }

  /** Each unknown directive and source, while the linter's walk holds it (issue 8, P4). */
  @Override
  public void judge(RuleContext context, ChronyDirective d) {
    if (d instanceof UnknownDirective u) {
      unknown(context, u);
    } else if (d instanceof NtpSource s) {
      source(context, s);
    }
  }

  private static void unknown(RuleContext context, UnknownDirective u) {
    if (u.knownInNewer().isEmpty()) {
      String name = u.syntax().name().text().toLowerCase(Locale.ROOT);
      String equivalent = EQUIVALENT.get(name);
      if (equivalent != null) {
        context.report(u.syntax().name().span(), "`" + u.syntax().name().text() + "` is ntp.conf"
            + " syntax: chronyd rejects it (Invalid directive). The chrony equivalent: "
            + equivalent + ".");
      }
    }
  }

  private static void source(RuleContext context, NtpSource s) {
    // The bytes, not the host's text: no string is made (and kept) for every source.
    if (s.host().rawStartsWith("127.127.")) {
      boolean local = s.host().rawStartsWith("127.127.1.");
      context.report(s.host().span(), s.host().text() + " is ntpd's reference-clock address"
          + " syntax: chronyd sends NTP requests to this loopback address, which nothing"
          + " answers. Use " + (local ? "`local stratum 10` for the LOCAL clock"
              : "a `refclock` directive") + " instead.");
    }
  }
}

package dev.ntplint.convert.tochrony;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.convert.ChronyConversionOptions;
import dev.ntplint.convert.Conversion;
import dev.ntplint.convert.ConversionReport;
import dev.ntplint.convert.NtpdOptions;
import dev.ntplint.convert.Outcome;
import dev.ntplint.convert.OutputLine;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.NicAction;
import dev.ntplint.ntp.catalog.StatisticsType;
import dev.ntplint.ntp.catalog.SystemFlag;
import dev.ntplint.ntp.catalog.TinkerOption;
import dev.ntplint.ntp.catalog.TosOption;
import dev.ntplint.ntp.model.Association;
import dev.ntplint.ntp.model.AssociationType;
import dev.ntplint.ntp.model.Discard;
import dev.ntplint.ntp.model.FileSetting;
import dev.ntplint.ntp.model.Fudge;
import dev.ntplint.ntp.model.Include;
import dev.ntplint.ntp.model.InterfaceRule;
import dev.ntplint.ntp.model.InvalidDirective;
import dev.ntplint.ntp.model.NtpAddress;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Option;
import dev.ntplint.ntp.model.Refclock;
import dev.ntplint.ntp.model.Restrict;
import dev.ntplint.ntp.model.Setting;
import dev.ntplint.ntp.model.Statistics;
import dev.ntplint.ntp.model.SystemFlags;
import dev.ntplint.ntp.model.Tinker;
import dev.ntplint.ntp.model.Tos;
import dev.ntplint.ntp.model.TrustedKey;
import dev.ntplint.ntp.model.UnknownDirective;
import dev.ntplint.ntp.model.AddressFamily;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Word;
import dev.ntplint.view.RepeatedSource;
import dev.ntplint.view.TimeServiceView;
import dev.ntplint.view.TimeSource;
import dev.ntplint.view.ntp.NtpViewBuilder;
import dev.ntplint.source.SourceLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Converts an ntp.conf (with the files it includes and its keys file, as {@link
 * dev.ntplint.ntp.NtpIncludes} read them) into a chrony.conf for a chosen chronyd release.
 *
 * <p>Each command is translated where it stands, so comments and blank lines stay with the lines
 * they belong to; what ntpd does without being told (serving everyone, stepping at 0.128 s,
 * keeping the RTC in sync, maxdist 1.5 s) is written in a block at the end. Every input
 * construct gets a report entry: converted, approximated or dropped, with the reason and what to
 * do. The behaviour of ntp2chrony that converter.md lists as bugs B1-B14 is avoided throughout.
 *
 * <pre>{@code
 * NtpConfigSet set = NtpIncludes.read(Path.of("/etc/ntp.conf"), NtpIncludes.Options.of(NtpTarget.ANY));
 * Conversion c = NtpToChrony.convert(set, ChronyConversionOptions.defaults().withTarget(ChronyVersion.V4_3));
 * }</pre>
 */
public final class NtpToChrony {

  /** ntpd's step threshold without {@code tinker step} (seconds). */
  static final String NTPD_STEP_THRESHOLD = "0.128";

  /** ntpd's maximum distance without {@code tos maxdist} (seconds); chrony's default is 3. */
  static final String NTPD_MAXDIST = "1.5";

  private final Context context;
  private final List<NtpDirective> effective;
  private final TimeServiceView view;
  private final KeysTranslator keys;
  private final SourceTranslator sources;
  private final RefclockTranslator refclocks;
  private final AccessTranslator access;
  /** Each source line ntpd ignores as a duplicate, with the first line of its address. */
  private final Map<DirectiveSyntax, RepeatedSource> ignoredRepeats = new IdentityHashMap<>();
  private final Set<String> logKinds = new LinkedHashSet<>();
  private NtpDirective firstStatistics;
  private boolean maxdistanceSet;
  private boolean stepHandled;
  private boolean noclientlog;
  private final List<String> bindAddresses = new ArrayList<>();

  private NtpToChrony(NtpConfigSet set, ChronyConversionOptions options) {
    this.context = new Context(options, set);
    this.effective = new ArrayList<>();
    for (NtpDirective d : set.directives()) {
      collectEffective(d, effective);
    }
    this.view = NtpViewBuilder.build(set);
    this.keys = new KeysTranslator(context, effective);
    this.sources = new SourceTranslator(context, keys);
    this.refclocks = new RefclockTranslator(context, effective, view.localFallback());
    this.access = new AccessTranslator(context, view, effective);
  }

  /** Converts {@code set} as {@code options} say. */
  public static Conversion convert(NtpConfigSet set, ChronyConversionOptions options) {
    return new NtpToChrony(set, options).run();
  }

  private static void collectEffective(NtpDirective d, List<NtpDirective> out) {
    if (d instanceof InvalidDirective i) {
      i.applied().ifPresent(a -> collectEffective(a, out));
    } else if (!(d instanceof UnknownDirective)) {
      out.add(d);
      if (d instanceof Include inc) {
        inc.trailing().ifPresent(t -> collectEffective(t, out));
      }
    }
  }

  private Conversion run() {
    for (RepeatedSource r : view.repeatedSources()) {
      ignoredRepeats.put(r.repeat().syntax(), r);
    }
    List<SourceTranslator.NetworkSource> network = new ArrayList<>();
    for (NtpDirective d : context.set.directives()) {
      if (repeatOf(d) == null) {
        networkSource(d).ifPresent(network::add);
      }
    }
    sources.planPools(network);
    for (NtpDirective d : context.set.directives()) {
      translate(d);
    }
    reportUnreadLines();
    finish();
    String target = context.options.target().targetName();
    String output = Layout.write(context,
        "# Converted from ntp.conf by ntplint convert for " + target + ".",
        "# ntpd behaviour that chronyd needs written out (added by ntplint convert):");
    String input = context.set.main().result().config().file().name();
    ConversionReport report = new ConversionReport("ntp", "chrony", target, input,
        context.entries());
    return new Conversion(output, keys.keysFile(), report);
  }

  /**
   * Lines ntpd never reads (after {@code end}, or after an error it exits on) are in no directive,
   * so nothing above reports them; without this they would vanish from the conversion unsaid.
   */
  private void reportUnreadLines() {
    Set<SourceLine> read = Collections.newSetFromMap(new IdentityHashMap<>());
    for (NtpDirective d : context.set.directives()) {
      read.add(d.syntax().line());
    }
    for (NtpConfigSet.IncludedFile file : context.set.files()) {
      SourceLine lastRead = null;
      for (SourceLine line : file.result().config().syntax().lines()) {
        if (read.contains(line)) {
          lastRead = line;
        } else if (!line.hasNoWords()) {
          String stop = lastRead == null ? "before it"
              : "at " + file.result().config().file().name() + ":" + lastRead.number();
          context.reportLine(line, Outcome.DROPPED, "ntpd stops reading " + stop
              + " (an end line, or an error it exits on: see ntplint check) and never reads this"
              + " line; it is kept as a comment");
        }
      }
    }
  }

  /** {@code d} with the first line of its address when ntpd ignores it as a duplicate, or null. */
  private RepeatedSource repeatOf(NtpDirective d) {
    // Only a whole source line: a line ntpd rejects is reported as such, even if part applied.
    return d instanceof Association || d instanceof Refclock ? ignoredRepeats.get(d.syntax())
        : null;
  }

  /**
   * A source ntpd ignores because an earlier line has its address ("Ignoring duplicate"): not
   * written, as chronyd would refuse a second server with the address too, and would run a second
   * refclock on the same device (with this line's options, which ntpd never used).
   */
  private void ignoredRepeat(NtpDirective d, RepeatedSource repeated) {
    TimeSource first = repeated.first();
    String where = first.span().file().name() + ":" + first.span().line();
    Optional<String> words = repeated.logged();
    String logged = words.isPresent() ? " (" + words.get() + ")" : "";
    context.report(d.syntax(), Outcome.DROPPED, "ntpd ignores this line: " + first.address()
        + " is already configured at " + where + logged + ", so its options never applied",
        "merge the options into the first line if they were meant", List.of());
  }

  /** A server/pool/peer/broadcast line that is not a refclock, also from a line ntpd rejects. */
  private Optional<SourceTranslator.NetworkSource> networkSource(NtpDirective d) {
    if (d instanceof Association a && a.refclock().isEmpty()) {
      return Optional.of(SourceTranslator.read(a));
    }
    if (d instanceof InvalidDirective i && i.command().isPresent()) {
      NtpDirectiveKind kind = i.command().get();
      AssociationType type = switch (kind) {
        case SERVER -> AssociationType.SERVER;
        case POOL -> AssociationType.POOL;
        case PEER -> AssociationType.PEER;
        default -> null;
      };
      List<Word> args = i.syntax().arguments();
      if (type == null || args.isEmpty()) {
        return Optional.empty();
      }
      int index = 0;
      Optional<AddressFamily> family = Optional.empty();
      if (args.get(0).text().equals("-4") || args.get(0).text().equals("-6")) {
        family = Optional.of(args.get(0).text().equals("-4") ? AddressFamily.IPV4
            : AddressFamily.IPV6);
        index = 1;
      }
      if (index >= args.size()) {
        return Optional.empty();
      }
      NtpAddress address = NtpAddress.of(args.get(index), args.get(index).text(), family);
      if (address.refclock().isPresent()) {
        return Optional.empty();
      }
      return Optional.of(new SourceTranslator.NetworkSource(d, type, address.text(),
          address.isNumeric(), family,
          NtpOption.fromWords(args.subList(index + 1, args.size()))));
    }
    return Optional.empty();
  }

  private void translate(NtpDirective d) {
    RepeatedSource repeated = repeatOf(d);
    if (repeated != null) {
      ignoredRepeat(d, repeated);
      return;
    }
    Optional<SourceTranslator.NetworkSource> network = networkSource(d);
    if (network.isPresent()) {
      sources.translate(network.get());
      return;
    }
    if (d instanceof InvalidDirective i) {
      invalid(i);
      return;
    }
    if (d instanceof UnknownDirective) {
      context.report(d.syntax(), Outcome.DROPPED, "ntpd does not know this command (it reports a"
          + " syntax error and skips the line)", null, List.of());
      return;
    }
    if (RefclockTranslator.isRefclock(d)) {
      refclocks.translate(d);
      return;
    }
    if (d instanceof Fudge f) {
      refclocks.fudge(f);
    } else if (d instanceof Restrict r) {
      access.restrict(r);
    } else if (d instanceof Discard x) {
      access.discard(x);
    } else if (d instanceof Tos t) {
      tos(t);
    } else if (d instanceof Tinker t) {
      tinker(t);
    } else if (d instanceof Statistics s) {
      statistics(s);
    } else if (d instanceof FileSetting f) {
      file(f);
    } else if (d instanceof TrustedKey t) {
      keys.trustedKey(t);
    } else if (d instanceof InterfaceRule i) {
      interfaceRule(i);
    } else if (d instanceof SystemFlags f) {
      systemFlags(f);
    } else if (d instanceof Include inc) {
      include(inc);
    } else if (d instanceof Setting s) {
      setting(s);
    } else {
      dropped(d);
    }
  }

  private void invalid(InvalidDirective i) {
    if (i.applied().isPresent()) {
      context.report(i.syntax(), Outcome.APPROXIMATED, "ntpd rejects part of this line ("
          + i.reason() + ") and applies only the part before it; that part is converted", null,
          List.of());
      translate(i.applied().get()); // placed by the layout where the rejected line is
      return;
    }
    context.report(i.syntax(), Outcome.DROPPED, "ntpd rejects this line: " + i.reason(), null,
        List.of());
  }

  private void include(Include inc) {
    boolean read = context.set.files().stream().anyMatch(f -> f.includedFrom()
        .map(s -> s.file() == inc.path().span().file() && s.start() == inc.path().span().start())
        .orElse(false));
    if (read) {
      context.report(inc.syntax(), Outcome.CONVERTED, "the included file is converted in place",
          null, List.of());
    } else {
      context.report(inc.syntax(), Outcome.DROPPED, "the included file could not be read",
          "convert it separately, or give --root for a mounted image", List.of());
    }
    inc.trailing().ifPresent(this::translate);
  }

  private void dropped(NtpDirective d) {
    String keyword = d.kind().map(NtpDirectiveKind::keyword).orElse(d.name());
    String advice = switch (keyword) {
      case "broadcastclient", "multicastclient", "manycastserver" ->
          "chrony has no broadcast, multicast or manycast client: use a pool line or servers"
              + " from DHCP (sourcedir)";
      case "crypto", "revoke", "automax", "ident" ->
          "chrony has no Autokey: use NTS (server ... nts) or symmetric keys";
      case "logconfig" -> "chronyd logs to syslog; chrony.conf's log and logchange choose what";
      case "filegen" -> "chrony's statistics files grow without rotation: rotate them with"
          + " logrotate (chronyc cyclelogs)";
      case "nts" -> "set NTS server keys with ntsserverkey/ntsservercert and trusted CAs with"
          + " ntstrustedcerts";
      default -> null;
    };
    context.report(d.syntax(), Outcome.DROPPED, "chrony has no equivalent of ntpd's " + keyword,
        advice, List.of());
  }

  private void tos(Tos t) {
    List<OutputLine> out = new ArrayList<>();
    for (Option<TosOption> o : t.options()) {
      String value = o.value().map(v -> v.span().text()).orElse("");
      switch (o.kind()) {
        case MINSANE -> out.addAll(context.emit(t, "minsources " + value));
        case MAXDIST -> {
          maxdistanceSet = true;
          out.addAll(context.emit(t, "maxdistance " + value));
        }
        case ORPHAN -> {
          Optional<List<OutputLine>> local = refclocks.orphan(t);
          if (local.isPresent()) {
            out.addAll(local.get());
          } else if (refclocks.localFromClock()) {
            context.reportPart(t.syntax(), "tos orphan " + value, Outcome.APPROXIMATED,
                "ntpd never enters orphan mode while its LOCAL clock is selected; the local line"
                    + " written for the LOCAL clock is used", null);
          } else {
            context.reportPart(t.syntax(), "tos orphan " + value, Outcome.CONVERTED,
                "orphan mode is off (stratum 16 or not the effective tos orphan)", null);
          }
        }
        case ORPHANWAIT -> {
          boolean supported = context.options.target().atLeast(
              dev.ntplint.chrony.catalog.LocalOption.WAITUNSYNCED.info().since());
          if (!supported || view.localFallback().map(l -> !l.orphan()).orElse(true)) {
            context.reportPart(t.syntax(), "tos orphanwait " + value, Outcome.DROPPED,
                supported ? "only meaningful with orphan mode" : "local waitunsynced needs chrony"
                    + " 4.7; chrony's orphan mode waits 300 s by default",
                null);
          }
        }
        case CEILING, FLOOR -> {
          boolean supported = context.options.target().atLeast(ChronyDirectiveKind.MAXSTRATUM
              .since());
          Optional<Long> n = NtpOption.parseLong(value);
          if (supported && n.isPresent()) {
            out.addAll(context.emit(t, o.kind() == TosOption.CEILING
                ? "maxstratum " + Math.max(0, n.get() - 1) : "minstratum " + n.get()));
          } else {
            context.reportPart(t.syntax(), "tos " + o.kind().keyword() + " " + value,
                Outcome.DROPPED, "chrony's " + (o.kind() == TosOption.CEILING ? "maxstratum"
                    : "minstratum") + " directive came after chrony 4.8",
                "use the minstratum option on the sources, or convert for --target chrony-HEAD");
          }
        }
        case MAXCLOCK -> context.reportPart(t.syntax(), "tos maxclock " + value,
            Outcome.DROPPED, "chrony has no overall limit on sources",
            "limit each pool with maxsources N");
        default -> context.reportPart(t.syntax(), "tos " + o.kind().keyword() + " " + value,
            Outcome.DROPPED, "chrony has no equivalent of tos " + o.kind().keyword(), null);
      }
    }
    context.report(t.syntax(), Outcome.CONVERTED, "", null, out);
  }

  private void tinker(Tinker t) {
    List<OutputLine> out = new ArrayList<>();
    for (Option<TinkerOption> o : t.options()) {
      String value = o.value().map(v -> v.span().text()).orElse("");
      switch (o.kind()) {
        case STEP -> {
          stepHandled = true;
          out.addAll(makestep(t, Optional.of(value)));
        }
        case PANIC -> {
          double panic = o.doubleValue();
          if (panic > 0) {
            int start = context.options.ntpdOptions().bigFirstStep() ? 2 : 1;
            out.addAll(context.emit(t, "maxchange " + value + " " + start + " 0"));
            context.reportPart(t.syntax(), "tinker panic " + value, Outcome.APPROXIMATED,
                "ntpd exits when an offset exceeds the panic threshold; chronyd's maxchange does"
                    + " the same from the " + (start == 1 ? "first" : "second") + " clock update",
                null);
          }
        }
        case DISPERSION -> {
          out.addAll(context.emit(t, "maxclockerror " + value));
          context.reportPart(t.syntax(), "tinker dispersion " + value, Outcome.APPROXIMATED,
              "ntpd's dispersion rate (PPM) is close to chrony's maxclockerror", null);
        }
        default -> context.reportPart(t.syntax(), "tinker " + o.kind().keyword() + " " + value,
            Outcome.DROPPED, "chrony's clock discipline has no equivalent", null);
      }
    }
    context.report(t.syntax(), Outcome.CONVERTED, "", null, out);
  }

  /** makestep for a step threshold (tinker step), or ntpd's default with its options. */
  private List<OutputLine> makestep(NtpDirective anchor, Optional<String> step) {
    NtpdOptions ntpd = context.options.ntpdOptions();
    double threshold = step.flatMap(s -> NtpOption.parseLong(s).map(Long::doubleValue)
        .or(() -> parseDouble(s))).orElse(0.128);
    boolean slewOnly = threshold == 0 || (ntpd.slewOnly() && step.isEmpty());
    String reason;
    List<OutputLine> out;
    if (slewOnly) {
      out = List.of();
      reason = threshold == 0 ? "tinker step 0: ntpd never steps; chronyd does not step without"
          + " makestep" : "ntpd -x: ntpd slews (up to 600 s); chronyd without makestep always"
          + " slews";
    } else {
      String value = step.orElse(NTPD_STEP_THRESHOLD);
      String line = "makestep " + value + " -1";
      out = anchor == null ? List.of(context.append(line)) : context.emit(anchor, line);
      reason = "ntpd steps the clock whenever the offset exceeds " + value + " s (after it has"
          + " been over it for the stepout interval); makestep " + value + " -1 steps at any"
          + " update";
    }
    Outcome outcome = slewOnly ? Outcome.CONVERTED : Outcome.APPROXIMATED;
    String advice = ntpd.given() ? null : "ntpd's command-line options were not given: pass"
        + " --ntpd-options with OPTIONS/NTPD_OPTS from the service configuration (-x changes"
        + " this)";
    if (anchor == null) {
      context.reportBuiltIn("clock stepping (ntpd default)", outcome, reason, advice, out);
    } else {
      context.reportPart(anchor.syntax(), "tinker step", outcome, reason, advice);
    }
    return out;
  }

  private static Optional<Double> parseDouble(String s) {
    try {
      return Optional.of(Double.parseDouble(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private void statistics(Statistics s) {
    List<String> kinds = new ArrayList<>();
    for (Option<StatisticsType> o : s.options()) {
      String kind = switch (o.kind()) {
        case LOOPSTATS -> "tracking";
        case PEERSTATS -> "statistics";
        case CLOCKSTATS -> "refclocks";
        case RAWSTATS -> "measurements";
        default -> null;
      };
      if (kind == null) {
        context.reportPart(s.syntax(), "statistics " + o.kind().keyword(), Outcome.DROPPED,
            "chrony has no " + o.kind().keyword() + " log", null);
      } else {
        kinds.add(kind);
      }
    }
    if (firstStatistics == null) {
      firstStatistics = s;
    }
    logKinds.addAll(kinds);
    context.report(s.syntax(), Outcome.CONVERTED, firstStatistics == s
        ? "all statistics lines are merged into one log line (ntp2chrony kept only the last, B6)"
        : "merged into the log line written for input line "
            + firstStatistics.syntax().line().number(), null, List.of());
  }

  private void file(FileSetting f) {
    String path = f.path().map(p -> p.text()).orElse("");
    ChronyVersion target = context.options.target();
    switch (f.command()) {
      case DRIFTFILE -> {
        if (f.path().isEmpty()) {
          context.report(f.syntax(), Outcome.CONVERTED, "a bare driftfile disables the drift"
              + " file; chronyd keeps none without driftfile", null, List.of());
          return;
        }
        String drift = context.options.distro().driftFile();
        List<OutputLine> out = context.emit(f, "driftfile " + drift);
        context.report(f.syntax(), Outcome.APPROXIMATED, "chronyd's drift file has another format,"
            + " so it gets its own path (" + drift + "); the frequency is learnt again once",
            null, out);
      }
      case LEAPFILE -> {
        if (target.atLeast(ChronyDirectiveKind.LEAPSECLIST.since())) {
          if (context.droppedForBlanks(f.syntax(), "file name", path)) {
            return;
          }
          List<OutputLine> out = context.emit(f, "leapseclist " + path);
          context.report(f.syntax(), Outcome.CONVERTED, "chronyd reads the same leap-seconds.list",
              null, out);
        } else {
          List<OutputLine> out = context.emit(f, "leapsectz right/UTC");
          context.report(f.syntax(), Outcome.APPROXIMATED, "leapseclist needs chrony "
              + ChronyDirectiveKind.LEAPSECLIST.since() + "; the leap seconds come from the"
              + " tz database instead", "check that the right/UTC zone is installed (tzdata)",
              out);
        }
      }
      case STATSDIR -> {
        if (context.droppedForBlanks(f.syntax(), "directory name", path)) {
          return;
        }
        List<OutputLine> out = context.emit(f, "logdir " + trimSlash(path));
        context.report(f.syntax(), Outcome.CONVERTED, "", null, out);
      }
      case LOGFILE -> context.report(f.syntax(), Outcome.DROPPED, "chrony.conf has no log file"
          + " setting: chronyd logs to syslog", "to log to a file, start chronyd with -l " + path
          + " (service options)", List.of());
      case KEYS -> keys.keys(f);
      case PIDFILE -> context.report(f.syntax(), Outcome.DROPPED, "chronyd's pid file is set by"
          + " its package (pidfile directive)", null, List.of());
      case NTPSIGNDSOCKET -> {
        if (context.droppedForBlanks(f.syntax(), "socket path", path)) {
          return;
        }
        List<OutputLine> out = context.emit(f, "ntpsigndsocket " + path);
        context.report(f.syntax(), Outcome.CONVERTED, "", null, out);
      }
      default -> dropped(f);
    }
  }

  private static String trimSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private void interfaceRule(InterfaceRule i) {
    NicAction action = i.action().kind();
    if (action != NicAction.LISTEN) {
      context.report(i.syntax(), Outcome.DROPPED, "chronyd listens on every address unless"
          + " bindaddress names one; it cannot ignore single interfaces",
          "if this was to serve only one address, the bindaddress of the listen line does that",
          List.of());
      return;
    }
    if (i.target().isEmpty()) {
      context.report(i.syntax(), Outcome.CONVERTED, "chronyd listens on every address by default",
          null, List.of());
      return;
    }
    NtpAddress target = i.target().get();
    if (target.isNumeric() && target.prefixLength().isEmpty()) {
      String family = target.isIpv6() ? "6" : "4";
      if (bindAddresses.contains(family)) {
        context.report(i.syntax(), Outcome.DROPPED, "chronyd binds to one address per family",
            null, List.of());
        return;
      }
      bindAddresses.add(family);
      List<OutputLine> out = context.emit(i, "bindaddress " + target.text());
      context.report(i.syntax(), Outcome.APPROXIMATED, "chronyd serves NTP only on this address"
          + " of its family (ntpd also kept listening on the others unless told to ignore"
          + " them)", null, out);
    } else if (!target.isNumeric()) {
      List<OutputLine> out = context.emit(i, "binddevice " + target.text());
      context.report(i.syntax(), Outcome.APPROXIMATED, "chronyd serves NTP only on this"
          + " interface", null, out);
    } else {
      context.report(i.syntax(), Outcome.DROPPED, "chronyd cannot listen on a whole subnet",
          "use bindaddress with the host's address in it", List.of());
    }
  }

  private void systemFlags(SystemFlags f) {
    for (Option<SystemFlag> o : f.flags()) {
      String word = (f.enable() ? "enable " : "disable ") + o.kind().keyword();
      if (!f.enable() && o.kind() == SystemFlag.MONITOR) {
        noclientlog = true;
        List<OutputLine> out = context.emit(f, "noclientlog");
        context.report(f.syntax(), word, Outcome.APPROXIMATED, "chronyd's noclientlog stops"
            + " the client log like ntpd's monitor; it also turns off ratelimit", null, out);
      } else if (!f.enable() && o.kind() == SystemFlag.NTP) {
        context.report(f.syntax(), word, Outcome.DROPPED, "chronyd has no switch to stop"
            + " disciplining the clock in chrony.conf", "start chronyd with -x", List.of());
      } else if (f.enable() && (o.kind() == SystemFlag.NTP || o.kind() == SystemFlag.MONITOR
          || o.kind() == SystemFlag.KERNEL || o.kind() == SystemFlag.STATS
          || o.kind() == SystemFlag.AUTH)) {
        context.report(f.syntax(), word, Outcome.CONVERTED, "chronyd's behaviour already",
            null, List.of());
      } else {
        context.report(f.syntax(), word, Outcome.DROPPED, "chrony has no equivalent of "
            + o.kind().keyword(), null, List.of());
      }
    }
  }

  private void setting(Setting s) {
    switch (s.command()) {
      case REQUESTKEY, CONTROLKEY -> context.report(s.syntax(), Outcome.CONVERTED,
          "chronyc sends privileged commands over a local socket, without a key; nothing to"
              + " write", null, List.of());
      case LEAPSMEARINTERVAL -> {
        List<OutputLine> out = context.emit(s, "leapsecmode slew", "maxslewrate 1000",
            "smoothtime 400 0.001024 leaponly");
        context.report(s.syntax(), Outcome.APPROXIMATED, "chronyd smears a leap second with"
            + " smoothtime over about 17 hours, not over the given interval",
            "its clients must use only smearing servers", out);
      }
      default -> dropped(s);
    }
  }

  private void finish() {
    if (!logKinds.isEmpty()) {
      List<OutputLine> out = context.emit(firstStatistics, "log " + String.join(" ", logKinds));
      context.report(firstStatistics.syntax(), "statistics (merged)", Outcome.CONVERTED,
          "loopstats -> tracking, peerstats -> statistics, clockstats -> refclocks, rawstats ->"
              + " measurements", null, out);
    }
    access.builtIns();
    List<OutputLine> rtc = List.of(context.append("rtcsync"));
    context.reportBuiltIn("real-time clock (ntpd's kernel 11-minute mode)", Outcome.CONVERTED,
        "ntpd keeps the RTC in sync through the kernel; chronyd does it with rtcsync", null, rtc);
    if (!stepHandled) {
      makestep(null, Optional.empty());
    }
    if (!maxdistanceSet) {
      List<OutputLine> out = List.of(context.append("maxdistance " + NTPD_MAXDIST));
      context.reportBuiltIn("maximum root distance (ntpd default)", Outcome.CONVERTED,
          "ntpd rejects sources with a root distance over 1.5 s; chronyd's default is 3 s", null,
          out);
    }
    NtpdOptions ntpd = context.options.ntpdOptions();
    ntpd.family().ifPresent(f -> context.reportBuiltIn("ntpd -" + f, Outcome.DROPPED,
        "chrony.conf cannot restrict chronyd to one address family", "start chronyd with -" + f,
        List.of()));
    ntpd.user().ifPresent(u -> context.reportBuiltIn("ntpd -u " + u, Outcome.CONVERTED,
        "chronyd drops root privileges to the user its package sets up; ntpd's user does not"
            + " own chronyd's files", null, List.of()));
    for (String ignored : ntpd.ignored()) {
      context.reportBuiltIn("ntpd " + ignored, Outcome.DROPPED, "not converted", null, List.of());
    }
    if (noclientlog && access.rateLimitWritten()) {
      context.reportBuiltIn("disable monitor with rate limiting", Outcome.APPROXIMATED,
          "chronyd's noclientlog (written for disable monitor) also turns its ratelimit off",
          "keep one of the two", List.of());
    }
  }
}

package dev.ntplint.convert.tontp;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.catalog.LocalOption;
import dev.ntplint.chrony.catalog.LogKind;
import dev.ntplint.chrony.catalog.RefclockOption;
import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.chrony.keys.ChronyKey;
import dev.ntplint.chrony.keys.ChronyKeysFile;
import dev.ntplint.chrony.keys.ChronyKeys;
import dev.ntplint.chrony.model.AccessRule;
import dev.ntplint.chrony.model.ChronyConfig;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.LocalClock;
import dev.ntplint.chrony.model.LogDirective;
import dev.ntplint.chrony.model.NtpSource;
import dev.ntplint.chrony.model.Option;
import dev.ntplint.chrony.model.RateLimit;
import dev.ntplint.chrony.model.Refclock;
import dev.ntplint.chrony.model.Setting;
import dev.ntplint.chrony.model.SourceType;
import dev.ntplint.chrony.model.Switch;
import dev.ntplint.convert.Conversion;
import dev.ntplint.convert.ConversionReport;
import dev.ntplint.convert.NtpConversionOptions;
import dev.ntplint.convert.Outcome;
import dev.ntplint.convert.OutputLine;
import dev.ntplint.convert.ReportEntry;
import dev.ntplint.ntp.NtpFlavour;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.Word;
import dev.ntplint.view.AddressFamily;
import dev.ntplint.view.AddressRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Converts a chrony.conf (one file; its includes are reported) into an ntp.conf for classic ntpd
 * 4.2.8 or NTPsec 1.2, with the same per-construct report as the other direction.
 *
 * <p>chronyd serves nobody and answers monitoring only from localhost unless told otherwise, while
 * ntpd serves everybody: the access rules therefore become an explicit {@code restrict default
 * ... noserve noquery}, one {@code restrict} per network chrony's rules name (with the time
 * service and monitoring each decides, most specific rule winning, as in ntpd), {@code restrict}
 * lines for localhost, and {@code restrict source} so pool servers can answer. What ntpd cannot
 * express (hardware timestamping, smoothtime, sourcedir, the makestep limit, ...) is reported.
 */
public final class ChronyToNtp {

  private final ChronyConfig config;
  private final Optional<SourceFile> keysFile;
  private final NtpConversionOptions options;
  private final Map<ChronyDirective, List<OutputLine>> lines = new IdentityHashMap<>();
  private final List<OutputLine> appended = new ArrayList<>();
  private final List<ReportEntry> entries = new ArrayList<>();
  private final List<AccessRule> accessRules = new ArrayList<>();
  /** Each ntpd clock address written (127.127.T.U), with the refclock line it came from. */
  private final Map<String, Refclock> clockAddresses = new HashMap<>();
  private boolean makestepSeen;
  private boolean ntsEnabled;
  private boolean poolSeen;
  private final List<Long> keyIds = new ArrayList<>();
  private final StringBuilder keysOut = new StringBuilder();

  private ChronyToNtp(ChronyConfig config, Optional<SourceFile> keysFile,
      NtpConversionOptions options) {
    this.config = config;
    this.keysFile = keysFile;
    this.options = options;
  }

  /**
   * Converts {@code config}.
   *
   * @param keysFile the chrony keys file its keyfile line names, when it could be read
   */
  public static Conversion convert(ChronyConfig config, Optional<SourceFile> keysFile,
      NtpConversionOptions options) {
    return new ChronyToNtp(config, keysFile, options).run();
  }

  private Conversion run() {
    List<ChronyDirective> convertible = new ArrayList<>();
    for (ChronyDirective d : config.directives()) {
      Optional<String> unreadable = whyNtpdCannotRead(d);
      if (unreadable.isPresent()) {
        report(d, Outcome.DROPPED, unreadable.get(), null, List.of());
        continue;
      }
      convertible.add(d);
      if (d instanceof AccessRule a) {
        accessRules.add(a);
      }
      if (d instanceof NtpSource s && s.type() == SourceType.POOL) {
        poolSeen = true;
      }
    }
    for (ChronyDirective d : convertible) {
      translate(d);
    }
    if (accessRules.isEmpty()) {
      List<OutputLine> out = new ArrayList<>();
      for (String line : restrictBlock().lines()) {
        out.add(append(line));
      }
      builtIn("serving nobody, monitoring from localhost only (chronyd's defaults)",
          Outcome.CONVERTED, "ntpd serves everybody unless restrict says otherwise, so chronyd's"
              + " defaults are written out", null, out);
    }
    if (!makestepSeen) {
      List<OutputLine> out = List.of(append("tinker step 0"));
      builtIn("never stepping the clock (chronyd without makestep)", Outcome.APPROXIMATED,
          "ntpd steps offsets over 0.128 s unless tinker step 0; with it, ntpd also leaves the"
              + " kernel discipline mode for large offsets", "start ntpd with -x to slew only",
          out);
    }
    String target = options.flavour().targetName();
    StringBuilder text = new StringBuilder("# Converted from chrony.conf by ntplint convert for "
        + target + ".\n");
    int[] number = {1};
    // Each line's directives, found once: a search of every directive per line made a 1 MB
    // chrony.conf take 20 s (issue 8, P4).
    Map<SourceLine, List<ChronyDirective>> byLine = new IdentityHashMap<>();
    for (ChronyDirective d : config.directives()) {
      byLine.computeIfAbsent(d.syntax().line(), k -> new ArrayList<>(1)).add(d);
    }
    for (SourceLine line : config.syntax().lines()) {
      List<ChronyDirective> onLine = byLine.getOrDefault(line, List.of());
      if (onLine.isEmpty()) {
        text.append(commentOrBlank(line)).append('\n');
        number[0]++;
        continue;
      }
      for (ChronyDirective d : onLine) {
        for (OutputLine o : lines.getOrDefault(d, List.of())) {
          text.append(o.text()).append('\n');
          o.placeAt(++number[0]);
        }
      }
    }
    if (!appended.isEmpty()) {
      text.append("\n# chronyd behaviour that ntpd needs written out (added by ntplint convert):\n");
      number[0] += 2;
      for (OutputLine o : appended) {
        text.append(o.text()).append('\n');
        o.placeAt(++number[0]);
      }
    }
    ConversionReport report = new ConversionReport("chrony", "ntp", target,
        config.file().name(), entries);
    return new Conversion(text.toString(), keysFile.isPresent() && keysOut.length() > 0
        ? Optional.of(keysOut.toString()) : Optional.empty(), report);
  }

  /**
   * A line without a directive: blank, or a comment. chronyd also takes {@code !}, {@code ;} and
   * {@code %} as comment markers; ntpd only {@code #}.
   */
  private static String commentOrBlank(SourceLine line) {
    String content = line.contentSpan().text().replace("\r", "");
    String trimmed = content.stripLeading();
    if (trimmed.isEmpty()) {
      return "";
    }
    char first = trimmed.charAt(0);
    if (first == '!' || first == ';' || first == '%') {
      return content.substring(0, content.length() - trimmed.length()) + "#" + trimmed.substring(1);
    }
    return content;
  }

  private static final String NOT_FINITE = "chronyd reads numbers with strtod, which takes nan"
      + " and inf too; ntpd's parser takes only finite numbers";

  /** Drops {@code d}, with a report entry, when chronyd read {@code value} as nan or inf. */
  private boolean notFinite(ChronyDirective d, double value) {
    if (Double.isFinite(value)) {
      return false;
    }
    report(d, Outcome.DROPPED, NOT_FINITE, null, List.of());
    return true;
  }

  /** A number as ntpd's parser reads it: plain decimal, no exponent or hex. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.valueOf((long) value);
    }
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  // ------------------------------------------------------------------ report and emission

  private List<OutputLine> emit(ChronyDirective d, String... texts) {
    List<OutputLine> out = new ArrayList<>();
    for (String t : texts) {
      out.add(new OutputLine(t));
    }
    lines.computeIfAbsent(d, k -> new ArrayList<>()).addAll(out);
    return out;
  }

  private OutputLine append(String text) {
    OutputLine line = new OutputLine(text);
    appended.add(line);
    return line;
  }

  private void report(DirectiveSyntax s, String construct, Outcome outcome, String reason,
      String advice, List<OutputLine> out) {
    entries.add(new ReportEntry(s.line().file().name(), s.line().number(), construct, outcome,
        reason, Optional.ofNullable(advice), out));
  }

  private void report(ChronyDirective d, Outcome outcome, String reason, String advice,
      List<OutputLine> out) {
    report(d.syntax(), d.syntax().text(), outcome, reason, advice, out);
  }

  private void part(ChronyDirective d, String construct, Outcome outcome, String reason) {
    report(d.syntax(), construct, outcome, reason, null, List.of());
  }

  private void builtIn(String construct, Outcome outcome, String reason, String advice,
      List<OutputLine> out) {
    entries.add(new ReportEntry("(chronyd default)", 0, construct, outcome, reason,
        Optional.ofNullable(advice), out));
  }

  private boolean ntpsec() {
    return options.flavour() == NtpFlavour.NTPSEC;
  }

  // ------------------------------------------------------------------ directives

  /**
   * Why ntpd cannot read the words of {@code d} as chronyd did, if it cannot: chronyd splits a
   * line at blanks only and takes words of any length, while ntpd's scanner starts a comment at
   * {@code #}, joins text between quotes into one word, reads a lone {@code =} as a token, and
   * exits on a word longer than its limit. The converter copies words (hosts, paths, values), so
   * such a line is dropped whole.
   */
  private Optional<String> whyNtpdCannotRead(ChronyDirective d) {
    for (Word w : d.syntax().arguments()) {
      String text = w.text();
      // The limit is in bytes: the span's length, not the decoded text's.
      if (w.span().length() > options.flavour().maxLexeme()) {
        return Optional.of("a word of it is longer than " + options.flavour().displayName()
            + " reads (" + options.flavour().maxLexeme() + " bytes): ntpd would exit on the"
            + " whole file");
      }
      if (text.indexOf('#') >= 0) {
        return Optional.of("ntpd reads # as the start of a comment");
      }
      if (text.indexOf('"') >= 0) {
        return Optional.of("ntpd reads \" as the start of a quoted string");
      }
      if (text.equals("=")) {
        return Optional.of("ntpd reads a lone = as an operator, not as a name or value");
      }
    }
    return Optional.empty();
  }

  private void translate(ChronyDirective d) {
    if (d instanceof NtpSource s) {
      source(s);
    } else if (d instanceof Refclock r) {
      refclock(r);
    } else if (d instanceof LocalClock l) {
      local(l);
    } else if (d instanceof AccessRule a) {
      access(a);
    } else if (d instanceof LogDirective l) {
      log(l);
    } else if (d instanceof RateLimit r) {
      rateLimit(r);
    } else if (d instanceof Setting s) {
      setting(s);
    } else if (d instanceof Switch s) {
      switchDirective(s);
    } else {
      String why = switch (d.getClass().getSimpleName()) {
        case "IncludeDirective" -> "included files are not converted with this file";
        case "InvalidDirective", "UnknownDirective", "ObsoleteDirective" ->
            "chronyd rejects or ignores this line";
        default -> "ntpd has no equivalent";
      };
      String advice = d.getClass().getSimpleName().equals("IncludeDirective")
          ? "convert each included file and add its lines (or use includefile)" : null;
      report(d, Outcome.DROPPED, why, advice, List.of());
    }
  }

  private void source(NtpSource s) {
    boolean peer = s.type() == SourceType.PEER;
    StringBuilder line = new StringBuilder(s.type() == SourceType.POOL ? "pool"
        : peer ? "peer" : "server");
    StringBuilder family = new StringBuilder();
    StringBuilder opts = new StringBuilder();
    for (Option<SourceOption> o : s.options()) {
      String value = o.value().map(v -> v.span().text()).orElse("");
      switch (o.kind()) {
        case IBURST, BURST, PREFER, NOSELECT -> opts.append(' ').append(o.kind().info().keyword());
        case TRUST -> opts.append(" true");
        case XLEAVE -> {
          if (ntpsec()) {
            part(s, "option xleave", Outcome.DROPPED, "NTPsec has no interleaved mode");
          } else {
            opts.append(" xleave");
          }
        }
        case MINPOLL, MAXPOLL -> {
          long v = o.intValue();
          long clamped = Math.max(3, Math.min(17, v));
          opts.append(' ').append(o.kind().info().keyword()).append(' ').append(clamped);
          if (clamped != v) {
            part(s, "option " + o.kind().info().keyword() + " " + value, Outcome.APPROXIMATED,
                "ntpd polls between 2^3 and 2^17 s; written as " + clamped);
          }
        }
        case KEY, VERSION -> {
          long v = o.intValue();
          long max = o.kind() == SourceOption.KEY ? 65535 : 4;
          if (v >= 1 && v <= max) {
            opts.append(' ').append(o.kind().info().keyword()).append(' ').append(v);
          } else {
            part(s, "option " + o.kind().info().keyword() + " " + value, Outcome.DROPPED,
                "ntpd takes " + o.kind().info().keyword() + " 1 to " + max);
          }
        }
        case NTS -> {
          if (ntpsec() && !peer) {
            opts.append(" nts");
          } else {
            part(s, "option nts", Outcome.DROPPED, "classic ntpd has no NTS");
          }
        }
        case IPV4 -> family.append(" -4");
        case IPV6 -> family.append(" -6");
        case MAXSOURCES -> part(s, "option maxsources " + value, Outcome.APPROXIMATED,
            "ntpd sizes pools with the global tos maxclock, not per pool");
        default -> part(s, "option " + o.kind().info().keyword() + (value.isEmpty() ? ""
            : " " + value), Outcome.DROPPED, "ntpd has no per-source " + o.kind().info().keyword());
      }
    }
    line.append(family).append(' ').append(s.host().text()).append(opts);
    List<OutputLine> out = emit(s, line.toString());
    report(s, Outcome.CONVERTED, peer ? "ntpd also makes ephemeral peers unless nopeer (written"
        + " in restrict)" : "", null, out);
  }

  private void refclock(Refclock r) {
    String driver = r.driver().text().toUpperCase(java.util.Locale.ROOT);
    int type;
    int unit;
    String device = r.device();
    if (driver.equals("SHM")) {
      type = 28;
      unit = parseUnit(device);
    } else if (driver.equals("PPS") && device.matches("/dev/pps\\d+")) {
      type = 22;
      unit = Integer.parseInt(device.substring("/dev/pps".length()));
    } else {
      report(r, Outcome.DROPPED, "ntpd has no " + driver + " driver for " + device,
          driver.equals("SOCK") ? "let gpsd feed ntpd through shared memory (SHM) instead"
              : null, List.of());
      return;
    }
    if (unit < 0) {
      report(r, Outcome.DROPPED, "not a unit number: " + device, null, List.of());
      return;
    }
    Map<String, String> fudge = new LinkedHashMap<>();
    StringBuilder opts = new StringBuilder();
    for (Option<RefclockOption> o : r.options()) {
      String value = o.value().map(v -> v.span().text()).orElse("");
      switch (o.kind()) {
        case POLL -> {
          long poll = Math.max(3, Math.min(17, o.intValue()));
          opts.append(" minpoll ").append(poll).append(" maxpoll ").append(poll);
        }
        case PREFER -> opts.append(" prefer");
        case NOSELECT -> opts.append(" noselect");
        case TRUST -> opts.append(" true");
        case OFFSET -> {
          if (Double.isFinite(o.doubleValue())) {
            fudge.put("time1", number(o.doubleValue()));
          } else {
            part(r, "option offset " + value, Outcome.DROPPED, NOT_FINITE);
          }
        }
        case REFID -> fudge.put("refid", value);
        case STRATUM -> fudge.put("stratum", String.valueOf(o.intValue()));
        default -> part(r, "option " + o.kind().info().keyword(), Outcome.DROPPED,
            "ntpd's refclock has no equivalent");
      }
    }
    if (r.driverOptions().contains("clear")) {
      fudge.put("flag2", "1");
    }
    String address = "127.127." + type + "." + unit;
    Refclock first = clockAddresses.putIfAbsent(address, r);
    if (first != null) {
      // chronyd runs both lines on the one device; ntpd would ignore the second association.
      String where = first.syntax().line().file().name() + ":" + first.syntax().line().number();
      report(r, Outcome.DROPPED, "ntpd keeps one association per clock address: this line would"
          + " be " + address + " again, as the refclock at " + where + " is, and ntpd ignores it"
          + " (Ignoring duplicate) with its options, where chronyd reads the device twice",
          "if they are two devices, give each its own unit; if one, merge the options into the"
          + " first line", List.of());
      return;
    }
    StringBuilder factors = new StringBuilder();
    fudge.forEach((k, v) -> factors.append(' ').append(k).append(' ').append(v));
    List<OutputLine> out;
    if (ntpsec()) {
      out = emit(r, "refclock " + (type == 28 ? "shm" : "pps") + " unit " + unit + opts
          + factors);
    } else if (fudge.isEmpty()) {
      out = emit(r, "server " + address + opts);
    } else {
      out = emit(r, "server " + address + opts, "fudge " + address + factors);
    }
    report(r, type == 22 ? Outcome.APPROXIMATED : Outcome.CONVERTED, type == 22
        ? "ntpd's PPS driver needs a prefer source for the time of day" : "", null, out);
  }

  private static int parseUnit(String device) {
    String digits = device.contains(":") ? device.substring(0, device.indexOf(':')) : device;
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private void local(LocalClock l) {
    int stratum = l.stratum();
    for (Option<LocalOption> o : l.options()) {
      if (o.kind() != LocalOption.STRATUM && o.kind() != LocalOption.ORPHAN) {
        part(l, "option " + o.kind().info().keyword(), Outcome.DROPPED,
            "ntpd's local clock has no equivalent");
      }
    }
    List<OutputLine> out;
    if (l.orphan()) {
      out = emit(l, "tos orphan " + stratum);
      report(l, Outcome.CONVERTED, "ntpd serves the orphan stratum itself", null, out);
    } else if (ntpsec()) {
      out = emit(l, "refclock local stratum " + (stratum - 1));
      report(l, Outcome.CONVERTED, "ntpd serves the LOCAL clock's stratum + 1", null, out);
    } else {
      out = emit(l, "server 127.127.1.0", "fudge 127.127.1.0 stratum " + (stratum - 1));
      report(l, Outcome.CONVERTED, "ntpd serves the LOCAL clock's stratum + 1", null, out);
    }
  }

  private void access(AccessRule a) {
    if (a == accessRules.get(0)) {
      restrictBlock = restrictBlock();
      List<OutputLine> out = emit(a, restrictBlock.lines().toArray(String[]::new));
      report(a, Outcome.CONVERTED, "all access rules become one restrict list here: an"
          + " explicit default (chronyd's serve-nobody, monitor-from-localhost) and one entry per"
          + " network", null, out);
    } else {
      // The lines of the list that decide for this rule's networks, not the whole list: that
      // made the report grow with rules x networks (108 MB for a 1 MB chrony.conf; issue 8, P4).
      List<OutputLine> written = lines.get(accessRules.get(0));
      TreeSet<Integer> mine = new TreeSet<>();
      for (AddressRange r : rangesOf(a)) {
        mine.add(r == null ? restrictBlock.hostLine().get(a.subnet().get().text())
            : restrictBlock.lineDeciding(r));
      }
      List<OutputLine> out = new ArrayList<>(mine.size());
      for (int i : mine) {
        out.add(written.get(i));
      }
      report(a, Outcome.CONVERTED, "in the restrict list written for line "
          + accessRules.get(0).syntax().line().number(), null, out);
    }
  }

  /**
   * The restrict list of the whole configuration, with where it says what: the line of each
   * network, of each host name and of each family's default.
   */
  private record RestrictBlock(List<String> lines, Map<AddressRange, Integer> networkLine,
      Map<String, Integer> hostLine, Map<AddressFamily, Integer> defaultLine) {

    /** The line of the most specific network of the list that holds {@code range}. */
    int lineDeciding(AddressRange range) {
      Integer line = mostSpecific(networkLine, range);
      return line != null ? line : defaultLine.get(range.family());
    }
  }

  /** Set by the first access rule: the list every rule is in. */
  private RestrictBlock restrictBlock;

  /** The networks of an access rule; null for a host name. */
  private static List<AddressRange> rangesOf(AccessRule a) {
    if (a.subnet().isEmpty()) {
      return List.of(AddressRange.all(AddressFamily.IPV4), AddressRange.all(AddressFamily.IPV6));
    }
    if (a.subnet().get().address().isPresent()) {
      return List.of(AddressRange.of(a.subnet().get().address().get(),
          a.subnet().get().prefixLength()));
    }
    return Collections.singletonList(null);
  }

  /**
   * Removes the rules strictly inside {@code range} ({@code all} clears them): in the table's
   * order (family, prefix, network) they are one run per longer prefix. A scan of the whole table
   * per {@code all} line made a file of many of them quadratic (issue 8, P4).
   */
  private static void clearInside(TreeMap<AddressRange, Boolean> table, AddressRange range) {
    AddressRange last = range.lastAddress();
    for (int prefix = range.prefix() + 1; prefix <= range.family().bits(); prefix++) {
      table.subMap(range.withPrefix(prefix), true, last.withPrefix(prefix), true).clear();
    }
  }

  /** The restrict list of the whole configuration. */
  private RestrictBlock restrictBlock() {
    TreeMap<AddressRange, Boolean> serve = new TreeMap<>();
    TreeMap<AddressRange, Boolean> query = new TreeMap<>();
    List<String> hostNames = new ArrayList<>();
    for (AccessRule a : accessRules) {
      TreeMap<AddressRange, Boolean> table = a.command() ? query : serve;
      List<AddressRange> ranges = rangesOf(a);
      if (ranges.get(0) == null) {
        hostNames.add(a.subnet().get().text());
        part(a, a.subnet().get().text(), Outcome.APPROXIMATED,
            "a host name: ntpd resolves it once at start, like chronyd");
      }
      for (AddressRange r : ranges) {
        if (r == null) {
          continue;
        }
        if (a.all()) {
          clearInside(table, r);
        }
        table.put(r, a.allow());
      }
    }
    List<String> out = new ArrayList<>();
    Map<AddressFamily, String> defaults = new LinkedHashMap<>();
    for (AddressFamily f : AddressFamily.values()) {
      AddressRange all = AddressRange.all(f);
      defaults.put(f, flags(state(serve, all, false), state(query, all, false)));
    }
    Map<AddressFamily, Integer> defaultLine = new EnumMap<>(AddressFamily.class);
    if (defaults.get(AddressFamily.IPV4).equals(defaults.get(AddressFamily.IPV6))) {
      out.add("restrict default" + defaults.get(AddressFamily.IPV4));
      defaultLine.put(AddressFamily.IPV4, 0);
      defaultLine.put(AddressFamily.IPV6, 0);
    } else {
      out.add("restrict -4 default" + defaults.get(AddressFamily.IPV4));
      out.add("restrict -6 default" + defaults.get(AddressFamily.IPV6));
      defaultLine.put(AddressFamily.IPV4, 0);
      defaultLine.put(AddressFamily.IPV6, 1);
    }
    if (poolSeen) {
      out.add("restrict source nomodify notrap noquery");
    }
    TreeMap<AddressRange, Boolean> nodes = new TreeMap<>();
    serve.keySet().forEach(k -> nodes.put(k, true));
    query.keySet().forEach(k -> nodes.put(k, true));
    AddressRange lo4 = AddressRange.parse("127.0.0.1");
    AddressRange lo6 = AddressRange.parse("::1");
    nodes.put(lo4, true);
    nodes.put(lo6, true);
    Map<AddressRange, Integer> networkLine = new HashMap<>();
    for (AddressRange node : nodes.keySet()) {
      if (node.isEverything()) {
        continue;
      }
      String flags = flags(state(serve, node, false), state(query, node, node.isLoopback()));
      networkLine.put(node, out.size());
      out.add("restrict " + address(node) + flags);
    }
    Map<String, Integer> hostLine = new HashMap<>();
    for (String host : hostNames) {
      hostLine.putIfAbsent(host, out.size());
      out.add("restrict " + host + " nomodify notrap nopeer");
    }
    return new RestrictBlock(out, networkLine, hostLine, defaultLine);
  }

  /** The decision of the most specific rule covering {@code range}. */
  private static boolean state(TreeMap<AddressRange, Boolean> table, AddressRange range,
      boolean fallback) {
    Boolean state = mostSpecific(table, range);
    return state != null ? state : fallback;
  }

  /**
   * The value of the most specific network of {@code table} that holds {@code range}, or null:
   * its networks from the longest prefix up, a look-up each (a scan of every entry per network
   * grew with networks squared; issue 8, P4).
   */
  private static <V> V mostSpecific(Map<AddressRange, V> table, AddressRange range) {
    for (int prefix = range.prefix(); prefix >= 0; prefix--) {
      V value = table.get(range.withPrefix(prefix));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String flags(boolean serve, boolean query) {
    return " nomodify notrap nopeer" + (serve ? "" : " noserve") + (query ? "" : " noquery");
  }

  private static String address(AddressRange r) {
    if (r.prefix() == r.family().bits()) {
      return r.addressText();
    }
    AddressRange mask = new AddressRange(r.family(),
        java.math.BigInteger.ONE.shiftLeft(r.family().bits()).subtract(java.math.BigInteger.ONE)
            .xor(java.math.BigInteger.ONE.shiftLeft(r.family().bits() - r.prefix())
                .subtract(java.math.BigInteger.ONE)), r.family().bits());
    return r.addressText() + " mask " + mask.addressText();
  }

  private void log(LogDirective l) {
    List<String> stats = new ArrayList<>();
    for (LogKind k : l.logs()) {
      String s = switch (k) {
        case TRACKING -> "loopstats";
        case STATISTICS -> "peerstats";
        case REFCLOCKS -> "clockstats";
        case MEASUREMENTS -> "rawstats";
        default -> null;
      };
      if (s == null) {
        part(l, "log " + k.keyword(), Outcome.DROPPED, "ntpd has no " + k.keyword() + " log");
      } else {
        stats.add(s);
      }
    }
    List<OutputLine> out = stats.isEmpty() ? List.of()
        : emit(l, "statistics " + String.join(" ", stats));
    report(l, Outcome.CONVERTED, "", null, out);
  }

  private void rateLimit(RateLimit r) {
    if (r.directive() != ChronyDirectiveKind.RATELIMIT) {
      report(r, Outcome.DROPPED, "ntpd has no equivalent", null, List.of());
      return;
    }
    if (ntpsec()) {
      report(r, Outcome.DROPPED, "NTPsec has no discard command", "use restrict ... limited",
          List.of());
      return;
    }
    String interval = r.options().stream().filter(o -> o.kind().info().keyword()
        .equals("interval")).map(o -> String.valueOf(o.intValue())).findFirst().orElse("3");
    List<OutputLine> out = emit(r, "discard average " + interval);
    report(r, Outcome.APPROXIMATED, "ntpd rate-limits only clients of restrict entries with"
        + " limited", "add limited (and kod) to the restrict lines of the clients to limit", out);
  }

  private void setting(Setting s) {
    ChronyDirectiveKind k = s.directive();
    String first = s.syntax().arguments().isEmpty() ? "" : s.syntax().arguments().get(0).text();
    List<OutputLine> out;
    switch (k) {
      case DRIFTFILE -> {
        out = emit(s, "driftfile " + options.driftFile());
        report(s, Outcome.APPROXIMATED, "ntpd's drift file has another format, so it gets its own"
            + " path", null, out);
      }
      case LOGDIR -> {
        out = emit(s, "statsdir " + (first.endsWith("/") ? first : first + "/"));
        report(s, Outcome.CONVERTED, "", null, out);
      }
      case LEAPSECLIST -> {
        out = emit(s, "leapfile " + first);
        report(s, Outcome.CONVERTED, "", null, out);
      }
      case LEAPSECTZ -> report(s, Outcome.DROPPED, "ntpd reads leap seconds from a"
          + " leap-seconds.list file, not from the tz database",
          "add leapfile /usr/share/zoneinfo/leap-seconds.list", List.of());
      case MAKESTEP -> {
        // A threshold of nan or inf never steps: left to the "never stepping" default below.
        if (notFinite(s, s.doubleValue(0))) {
          return;
        }
        makestepSeen = true;
        out = emit(s, "tinker step " + number(s.doubleValue(0)));
        String limit = s.syntax().arguments().size() > 1 ? s.syntax().arguments().get(1).text()
            : "-1";
        report(s, limit.equals("-1") ? Outcome.CONVERTED : Outcome.APPROXIMATED,
            limit.equals("-1") ? "ntpd steps above the threshold at any time"
                : "ntpd steps above the threshold at any time, not only in the first " + limit
                    + " updates", limit.equals("-1") ? null : "start ntpd with -g", out);
      }
      case MAXCHANGE -> {
        if (notFinite(s, s.doubleValue(0))) {
          return;
        }
        out = emit(s, "tinker panic " + number(s.doubleValue(0)));
        report(s, Outcome.APPROXIMATED, "ntpd exits on an offset above the panic threshold at"
            + " any update (with -g, except the first)", null, out);
      }
      case MINSOURCES -> {
        out = emit(s, "tos minsane " + s.intValue(0));
        report(s, Outcome.CONVERTED, "", null, out);
      }
      case MAXDISTANCE -> {
        if (notFinite(s, s.doubleValue(0))) {
          return;
        }
        out = emit(s, "tos maxdist " + number(s.doubleValue(0)));
        report(s, Outcome.CONVERTED, "", null, out);
      }
      case MAXCLOCKERROR -> {
        if (notFinite(s, s.doubleValue(0))) {
          return;
        }
        out = emit(s, "tinker dispersion " + number(s.doubleValue(0)));
        report(s, Outcome.APPROXIMATED, "close to ntpd's dispersion rate", null, out);
      }
      case KEYFILE -> keys(s);
      case BINDADDRESS -> {
        if (first.isEmpty()) {
          report(s, Outcome.DROPPED, "no address", null, List.of());
          return;
        }
        out = emit(s, "interface listen " + first);
        report(s, Outcome.APPROXIMATED, "ntpd also keeps listening on its other addresses",
            "add interface ignore wildcard", out);
      }
      case BROADCAST -> {
        if (ntpsec()) {
          report(s, Outcome.DROPPED, "NTPsec has no broadcast server", null, List.of());
          return;
        }
        long interval = s.intValue(0);
        int poll = 63 - Long.numberOfLeadingZeros(Math.max(1, interval));
        String addr = s.syntax().arguments().size() > 1 ? s.syntax().arguments().get(1).text()
            : "";
        out = emit(s, "broadcast " + addr + " minpoll " + poll);
        report(s, (1L << poll) == interval ? Outcome.CONVERTED : Outcome.APPROXIMATED,
            "every 2^" + poll + " s", null, out);
      }
      case NTSSERVERKEY, NTSSERVERCERT -> {
        if (ntpsec()) {
          String line = "nts " + (k == ChronyDirectiveKind.NTSSERVERKEY ? "key " : "cert ")
              + first;
          out = ntsEnabled ? emit(s, line) : emit(s, line, "nts enable");
          ntsEnabled = true;
          report(s, Outcome.CONVERTED, "", null, out);
        } else {
          report(s, Outcome.DROPPED, "classic ntpd has no NTS", "convert for NTPsec", List.of());
        }
      }
      case NTPSIGNDSOCKET -> {
        out = emit(s, "ntpsigndsocket " + first);
        report(s, Outcome.CONVERTED, "", null, out);
      }
      case BINDCMDADDRESS, CMDPORT -> report(s, Outcome.APPROXIMATED, "ntpd answers monitoring"
          + " on its NTP port; the restrict list's noquery decides who may", null, List.of());
      default -> report(s, Outcome.DROPPED, "ntpd has no equivalent of " + k.keyword(), null,
          List.of());
    }
  }

  private void switchDirective(Switch s) {
    switch (s.directive()) {
      case RTCSYNC -> report(s, Outcome.CONVERTED, "ntpd keeps the RTC in sync through the"
          + " kernel's 11-minute mode", null, List.of());
      case NOCLIENTLOG -> report(s, Outcome.CONVERTED, "", null, emit(s, "disable monitor"));
      default -> report(s, Outcome.DROPPED, "ntpd has no equivalent of "
          + s.directive().keyword(), null, List.of());
    }
  }

  private void keys(Setting s) {
    if (keysFile.isEmpty()) {
      report(s, Outcome.DROPPED, "the keys file could not be read", "convert the keys by hand",
          List.of());
      return;
    }
    keysOut.append("# ntpd keys converted by ntplint convert\n");
    // The keys chronyd loads, read as chronyd does (the reader the linter uses): a line whose
    // words are shifted must not turn its key into a "type" that the report would then show.
    ChronyKeysFile file = ChronyKeys.parse(keysFile.get()).file();
    for (ChronyKey k : file.lines()) {
      if (!file.keys().contains(k)) {
        report(s.syntax(), "key " + k.id(), Outcome.DROPPED, "chronyd does not load this key"
            + " (see ntplint check)", "generate a new key on both sides", List.of());
        continue;
      }
      String type = k.type().map(t -> switch (t) {
        case MD5, SHA1, SHA256, SHA384, SHA512 -> t.keyword();
        case AES128 -> "AES128CMAC";
        default -> null;
      }).orElse(null);
      byte[] material = k.material().reveal();
      String construct = "key " + k.id() + " " + k.typeName();
      if (type == null || material.length == 0 || k.id() > 65535) {
        report(s.syntax(), construct, Outcome.DROPPED, type == null ? "ntpd has no "
            + k.typeName() + " keys" : "unusable key", "generate a new key on both sides",
            List.of());
        continue;
      }
      String hex = HexFormat.of().formatHex(material);
      String ascii = new String(material, java.nio.charset.StandardCharsets.ISO_8859_1);
      String written;
      if (hex.length() > 20) {
        written = hex;
      } else if (ascii.length() <= 20 && ascii.chars().allMatch(c -> c > 32 && c < 127 && c != '#')) {
        written = ascii;
      } else {
        report(s.syntax(), construct, Outcome.DROPPED, "too short to be written so that ntpd"
            + " reads the same bytes", "generate a longer key on both sides", List.of());
        continue;
      }
      keysOut.append(k.id()).append(' ').append(type).append(' ').append(written).append('\n');
      keyIds.add(k.id());
    }
    List<String> texts = new ArrayList<>();
    texts.add("keys " + options.keysFile());
    if (!keyIds.isEmpty()) {
      StringBuilder trusted = new StringBuilder("trustedkey");
      keyIds.forEach(id -> trusted.append(' ').append(id));
      texts.add(trusted.toString());
    }
    List<OutputLine> out = emit(s, texts.toArray(String[]::new));
    report(s, Outcome.CONVERTED, "chronyd uses every key of its file, so ntpd trusts them all",
        "install the keys file written with --keys-out as " + options.keysFile(), out);
  }
}

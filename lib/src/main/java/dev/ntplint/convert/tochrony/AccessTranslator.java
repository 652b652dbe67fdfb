package dev.ntplint.convert.tochrony;

import dev.ntplint.convert.Outcome;
import dev.ntplint.convert.OutputLine;
import dev.ntplint.ntp.catalog.DiscardOption;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.RestrictFlag;
import dev.ntplint.ntp.model.Discard;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Option;
import dev.ntplint.ntp.model.Restrict;
import dev.ntplint.ntp.model.RestrictTarget;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.view.AccessEntry;
import dev.ntplint.view.AccessPolicy;
import dev.ntplint.view.AddressFamily;
import dev.ntplint.view.AddressRange;
import dev.ntplint.view.TimeServiceView;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * ntpd's access control as chrony's. ntpd serves everyone unless a {@code restrict} says otherwise
 * and the longest matching mask wins; chronyd serves nobody until {@code allow}. The effective ntpd
 * policy of each address family (from {@link TimeServiceView}, flags of repeated entries OR'd) is
 * written as the smallest set of {@code allow}/{@code deny} that decides the same for every
 * address: a rule only where the decision changes from the enclosing one, so a narrower {@code
 * ignore}/{@code noserve} becomes a {@code deny} (ntp2chrony never wrote one, B3), and never a
 * {@code deny all} after allows. Entries for the host's own upstream servers are left out (chrony
 * accepts replies from its sources without them, B14). The command port stays on localhost unless
 * asked ({@code cmdallow} and {@code bindcmdaddress} only with the open-command-port option).
 */
final class AccessTranslator {

  /** One chrony rule, and the restrict line that decides it (empty for ntpd's built-in default). */
  private record Rule(String directive, AddressRange range, Optional<DirectiveSyntax> decidedBy) {
    String text() {
      return directive + " " + rangeText(range);
    }
  }

  private final Context context;
  private final TimeServiceView view;
  private final List<Restrict> restricts = new ArrayList<>();
  private final List<Discard> discards = new ArrayList<>();
  private final Set<AddressRange> upstreamHosts = new TreeSet<>();
  private final Set<String> upstreamNames = new java.util.HashSet<>();
  private final Map<DirectiveSyntax, List<Rule>> rulesByLine = new IdentityHashMap<>();
  private final Map<DirectiveSyntax, Restrict> restrictOf = new IdentityHashMap<>();
  private final List<Rule> builtInRules = new ArrayList<>();
  private boolean rateLimitWritten;

  AccessTranslator(Context context, TimeServiceView view, List<NtpDirective> effective) {
    this.context = context;
    this.view = view;
    for (NtpDirective d : effective) {
      if (d instanceof Restrict r) {
        restricts.add(r);
        restrictOf.put(r.syntax(), r);
      } else if (d instanceof Discard x) {
        discards.add(x);
      }
    }
    view.sources().forEach(s -> {
      if (!s.kind().network()) {
        return;
      }
      upstreamNames.add(s.address().toLowerCase(java.util.Locale.ROOT));
      dev.ntplint.net.IpAddresses.parse(s.address())
          .ifPresent(a -> upstreamHosts.add(AddressRange.host(a)));
    });
    plan();
  }

  private void plan() {
    List<Rule> rules = new ArrayList<>();
    if (!context.options.clientOnly()) {
      rules.addAll(rules(view.clientAccess(), "allow", "deny", false));
    }
    if (context.options.openCommandPort()) {
      rules.addAll(rules(view.monitorAccess(), "cmdallow", "cmddeny", true));
    }
    List<Rule> ordered = new ArrayList<>();
    for (Restrict r : restricts) {
      ordered.addAll(rulesByLine.getOrDefault(r.syntax(), List.of()));
    }
    if (!safeOrder(ordered) && !restricts.isEmpty()) {
      // chronyd's table has a level per 4 bits: a later, shorter rule ending on the same level
      // would overwrite a longer one, so write them all at the first restrict line, shortest first.
      List<Rule> all = new ArrayList<>(ordered);
      all.sort((a, b) -> Integer.compare(a.range().prefix(), b.range().prefix()));
      rulesByLine.clear();
      rulesByLine.put(restricts.get(0).syntax(), all);
    }
    for (Rule r : rules) {
      if (r.decidedBy().isEmpty()) {
        builtInRules.add(r);
      }
    }
  }

  private List<Rule> rules(AccessPolicy policy, String allow, String deny, boolean monitor) {
    List<Rule> out = new ArrayList<>();
    for (AddressFamily family : AddressFamily.values()) {
      Map<AddressRange, Optional<DirectiveSyntax>> nodes = new LinkedHashMap<>();
      nodes.put(AddressRange.all(family), Optional.empty());
      for (AccessEntry e : policy.entries()) {
        for (AddressRange r : e.ranges()) {
          if (r.family() == family && !e.builtIn()) {
            nodes.put(r, e.syntax()); // the last line for a range decides it
          }
        }
      }
      List<AddressRange> sorted = new ArrayList<>(nodes.keySet());
      sorted.sort(null);
      int[] prefixesLongestFirst = prefixesLongestFirst(sorted);
      for (AddressRange node : sorted) {
        if (upstreamHosts.contains(node) || (monitor && node.isLoopback())) {
          continue;
        }
        boolean state = policy.stateOf(node);
        AddressRange parent = parent(node, nodes.keySet(), prefixesLongestFirst);
        boolean parentState = parent != null && policy.stateOf(parent); // chronyd's default: nobody
        if (state != parentState) {
          Rule rule = new Rule(state ? allow : deny, node, nodes.get(node));
          out.add(rule);
          nodes.get(node).ifPresent(s -> rulesByLine.computeIfAbsent(s, k -> new ArrayList<>())
              .add(rule));
        }
      }
    }
    return out;
  }

  /**
   * The longest node of {@code nodes} strictly containing {@code node} that is no upstream host,
   * or null: looked up at each prefix length in use, not by a scan of every node per node, which
   * made a file of many restrict lines quadratic (issue 8, P4).
   */
  private AddressRange parent(AddressRange node, Set<AddressRange> nodes,
      int[] prefixesLongestFirst) {
    for (int prefix : prefixesLongestFirst) {
      if (prefix < node.prefix()) {
        AddressRange candidate = node.withPrefix(prefix);
        if (nodes.contains(candidate) && !upstreamHosts.contains(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /** The distinct prefix lengths of {@code ranges}, longest first. */
  private static int[] prefixesLongestFirst(List<AddressRange> ranges) {
    TreeSet<Integer> prefixes = new TreeSet<>();
    for (AddressRange r : ranges) {
      prefixes.add(r.prefix());
    }
    int[] out = new int[prefixes.size()];
    int i = 0;
    for (int prefix : prefixes.descendingSet()) {
      out[i++] = prefix;
    }
    return out;
  }

  /**
   * True when no later rule is shorter than, contains and ends on the same level as an earlier.
   * The earlier rules such a later one could overwrite are at most three prefix lengths longer
   * (one level is 4 bits), and at each length they are one run of the earlier rules' (family,
   * prefix, network) order: a look-up per length, not a comparison of every pair of rules, which
   * made a file of many restrict lines quadratic (issue 8, P4).
   */
  private static boolean safeOrder(List<Rule> rules) {
    TreeSet<AddressRange> earlier = new TreeSet<>();
    for (Rule rule : rules) {
      AddressRange later = rule.range();
      int levelEnd = (later.prefix() + 3) / 4 * 4;
      AddressRange last = later.lastAddress();
      for (int prefix = later.prefix() + 1; prefix <= levelEnd; prefix++) {
        if (!earlier.subSet(later.withPrefix(prefix), true, last.withPrefix(prefix), true)
            .isEmpty()) {
          return false;
        }
      }
      earlier.add(later);
    }
    return true;
  }

  static String rangeText(AddressRange range) {
    if (range.prefix() == range.family().bits()) {
      return range.addressText();
    }
    return range.toString();
  }

  void restrict(Restrict r) {
    List<Rule> rules = rulesByLine.getOrDefault(r.syntax(), List.of());
    List<OutputLine> out = context.emit(r, rules.stream().map(Rule::text).toArray(String[]::new));
    for (Option<RestrictFlag> flag : r.flags()) {
      switch (flag.kind()) {
        case NOTRUST -> context.reportPart(r.syntax(), "flag notrust", Outcome.DROPPED,
            "chrony cannot require authentication from the clients of an address range",
            "if only authenticated clients may get time, deny them and use NTS (ntsserverkey)");
        case VERSION -> context.reportPart(r.syntax(), "flag version", Outcome.DROPPED,
            "chrony answers every NTP version it knows", null);
        case MSSNTP -> context.reportPart(r.syntax(), "flag mssntp", Outcome.DROPPED,
            "chrony signs replies for Samba clients through ntpsigndsocket, not per range",
            "add ntpsigndsocket with Samba's socket directory");
        default -> { }
      }
    }
    if (r.target() instanceof RestrictTarget.Source) {
      context.report(r.syntax(), Outcome.CONVERTED, "chrony accepts replies from the servers of"
          + " its pools without an access rule: nothing to write", null, out);
      return;
    }
    if (r.target() instanceof RestrictTarget.Address a && !a.address().isNumeric()) {
      boolean upstream = upstreamNames.contains(a.address().text().toLowerCase(
          java.util.Locale.ROOT));
      if (upstream) {
        context.report(r.syntax(), Outcome.CONVERTED, "an entry for an upstream server: chrony"
            + " accepts replies from its sources without an access rule", null, out);
      } else {
        context.report(r.syntax(), Outcome.DROPPED, "chrony's allow/deny take addresses, not host"
            + " names (ntpd resolved the name once at start)", "write allow or deny with the"
            + " host's address", out);
      }
      return;
    }
    if (isUpstreamEntry(r)) {
      boolean widened = view.clientAccess().entries().stream().anyMatch(e ->
          e.syntax().filter(s -> s == r.syntax()).isPresent() && e.allow()
              && e.ranges().stream().anyMatch(x -> !parentAllows(x)));
      context.report(r.syntax(), widened && !context.options.clientOnly() ? Outcome.APPROXIMATED
          : Outcome.CONVERTED, "an entry for an upstream server: chrony accepts replies from its"
          + " sources without an access rule, so no allow is written for it"
          + (widened ? " (ntpd also served time to it as a client; chrony will not)" : ""),
          null, out);
      return;
    }
    String reason;
    if (context.options.clientOnly()) {
      reason = "client-only conversion: no allow is written";
    } else if (rules.isEmpty()) {
      reason = "nothing to write: the enclosing rule (or chrony's default of serving nobody)"
          + " already decides the same" + (r.command() != NtpDirectiveKind.RESTRICT
          ? " after this " + r.command().keyword() : "");
    } else {
      reason = "the effective ntpd policy (most specific entry wins) written as chrony rules";
    }
    context.report(r.syntax(), context.options.clientOnly() && rules.isEmpty() && grants(r)
        ? Outcome.APPROXIMATED : Outcome.CONVERTED, reason, null, out);
    if (r.has(RestrictFlag.LIMITED) && discards.isEmpty() && !rateLimitWritten) {
      rateLimit(r, Optional.empty());
    }
  }

  private boolean grants(Restrict r) {
    return !r.has(RestrictFlag.IGNORE) && !r.has(RestrictFlag.NOSERVE)
        && r.command() == NtpDirectiveKind.RESTRICT;
  }

  private boolean parentAllows(AddressRange host) {
    AddressRange parent = new AddressRange(host.family(), host.network(), host.prefix() - 1);
    return view.clientAccess().stateOf(parent);
  }

  private boolean isUpstreamEntry(Restrict r) {
    if (!(r.target() instanceof RestrictTarget.Address a) || a.address().numeric().isEmpty()) {
      return false;
    }
    InetAddress ip = a.address().numeric().get();
    boolean hostMask = r.mask().flatMap(m -> m.numeric()).map(m -> allOnes(m.getAddress()))
        .orElse(a.address().prefixLength().isEmpty());
    return hostMask && upstreamHosts.contains(AddressRange.host(ip));
  }

  private static boolean allOnes(byte[] bytes) {
    for (byte b : bytes) {
      if (b != (byte) 0xff) {
        return false;
      }
    }
    return true;
  }

  void discard(Discard d) {
    boolean limited = restricts.stream().anyMatch(r -> r.has(RestrictFlag.LIMITED));
    if (!limited) {
      context.report(d.syntax(), Outcome.DROPPED, "ntpd applies discard only to clients with"
          + " restrict ... limited, and no entry has it", null, List.of());
      return;
    }
    if (rateLimitWritten) {
      context.report(d.syntax(), Outcome.CONVERTED, "merged into the ratelimit line", null,
          List.of());
      return;
    }
    rateLimit(d, d.option(DiscardOption.AVERAGE).map(o -> o.value().get().span().text()));
    d.option(DiscardOption.MINIMUM).ifPresent(o -> context.reportPart(d.syntax(),
        "option minimum", Outcome.DROPPED, "chrony's ratelimit has no minimum spacing; it"
        + " allows a burst of answers instead", null));
    d.option(DiscardOption.MONITOR).ifPresent(o -> context.reportPart(d.syntax(),
        "option monitor", Outcome.DROPPED, "chrony has no equivalent", null));
  }

  private void rateLimit(NtpDirective anchor, Optional<String> average) {
    rateLimitWritten = true;
    String interval = average.orElse("3");
    List<OutputLine> out = context.emit(anchor, "ratelimit interval " + interval);
    context.report(anchor.syntax(), "rate limiting (restrict ... limited" + (average.isPresent()
        ? ", discard average" : "") + ")", Outcome.APPROXIMATED,
        "ntpd limits only the clients of entries with limited; chrony's ratelimit applies to every"
            + " client, and its interval is the minimum average spacing (log2 seconds) like"
            + " ntpd's discard average", null, out);
  }

  boolean rateLimitWritten() {
    return rateLimitWritten;
  }

  /** The rules ntpd's built-in default decides (no restrict default line). */
  void builtIns() {
    if (!builtInRules.isEmpty()) {
      List<OutputLine> out = new ArrayList<>();
      for (Rule r : builtInRules) {
        out.add(context.append(r.text()));
      }
      context.reportBuiltIn("serving time to every address (no restrict default)",
          Outcome.CONVERTED, "ntpd serves time to every address that no restrict line limits;"
              + " chronyd serves nobody until allow", "convert with --client-only if this host"
              + " should not serve time", out);
    }
    if (context.options.clientOnly() && view.clientAccess().anyAllowed()) {
      context.reportBuiltIn("client-only conversion", Outcome.APPROXIMATED,
          "ntpd served time to clients; the converted chronyd serves nobody (--client-only)", null,
          List.of());
    }
    if (context.options.openCommandPort()) {
      List<OutputLine> out = new ArrayList<>();
      for (AddressFamily f : AddressFamily.values()) {
        if (view.monitorAccess().anyAllowedIn(AddressRange.all(f)) && hasRemote(f)) {
          out.add(context.append("bindcmdaddress " + (f == AddressFamily.IPV4 ? "0.0.0.0" : "::")));
        }
      }
      if (!out.isEmpty()) {
        context.reportBuiltIn("monitoring from other hosts (--open-cmdport)", Outcome.CONVERTED,
            "chronyd's command port (UDP 323) is opened to the addresses ntpd answered ntpq"
                + " queries from; chrony's remote commands only monitor", null, out);
      }
    } else if (monitoringOpen()) {
      context.reportBuiltIn("monitoring queries (no noquery)", Outcome.APPROXIMATED,
          "ntpd answered ntpq/ntpdc queries from other hosts; chronyd keeps its command port on"
              + " localhost (ntp2chrony opened it to the world, B14)",
          "convert with --open-cmdport to allow the same hosts with cmdallow and bindcmdaddress",
          List.of());
    }
  }

  private boolean hasRemote(AddressFamily f) {
    return rulesAllowRemote(f);
  }

  private boolean monitoringOpen() {
    for (AddressFamily f : AddressFamily.values()) {
      if (rulesAllowRemote(f)) {
        return true;
      }
    }
    return false;
  }

  private boolean rulesAllowRemote(AddressFamily family) {
    AccessPolicy policy = view.monitorAccess();
    if (policy.stateOf(AddressRange.all(family))) {
      return true;
    }
    for (AccessEntry e : policy.entries()) {
      for (AddressRange r : e.ranges()) {
        if (r.family() == family && !r.isLoopback() && policy.stateOf(r)) {
          return true;
        }
      }
    }
    return false;
  }
}

package dev.ntplint.view;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Who may use one service (time service, or monitoring/control), per address family, decided as
 * the daemon decides: the most specific rule that covers an address wins.
 *
 * <p>chronyd keeps its rules in a table with one level per 4 bits of address ({@link
 * Matching#NIBBLE_TABLE}, addrfilt.c): a prefix length that is not a multiple of 4 sets every
 * entry of the next level it covers, so a later, shorter rule can overwrite an earlier, longer one
 * when both end on the same level; {@code allow all}/{@code deny all} also clears the more
 * specific rules inside its range. ntpd matches {@code restrict} entries by longest mask ({@link
 * Matching#LONGEST_PREFIX}), whatever their order.
 *
 * <p>Queries never scan every rule (issue 8: a policy of n rules answered each of its n "is this
 * rule effective" questions with scans of all n): the rule table is ordered by network, then
 * prefix, so the rules inside a range are one contiguous sub-map ({@link #strictlyUnder}); the
 * rule that decides for a range is found by looking up its enclosing network at each prefix
 * length in use; and which rules a later {@code allow all}/{@code deny all} clears is
 * precomputed.
 */
public final class AccessPolicy {

  /** How rules of different lengths combine. */
  public enum Matching {
    /** chronyd: a 4-bit-per-level table; rules apply in order. */
    NIBBLE_TABLE,
    /** ntpd: the longest matching mask wins. */
    LONGEST_PREFIX
  }

  /**
   * Network first, then prefix: the ranges inside a range sort right after it, one contiguous
   * run (prefix ranges either nest or are disjoint). The tables hold one family each. A named
   * class, not Comparator.comparing(...).thenComparingInt(...): the JDK spins those lambda
   * classes at run time on every start, outside the AppCDS archive (issue 8, start-up).
   */
  private static final Comparator<AddressRange> NETWORK_THEN_PREFIX = new Comparator<>() {
    @Override
    public int compare(AddressRange a, AddressRange b) {
      int byNetwork = a.compareNetwork(b);
      return byNetwork != 0 ? byNetwork : Integer.compare(a.prefix(), b.prefix());
    }
  };

  private static final int[] NO_PREFIXES = {};

  private final List<AccessEntry> entries;
  private final Map<AddressFamily, TreeMap<AddressRange, Boolean>> nodes;
  /** Per family, the prefix lengths of its rules, longest first. */
  private final Map<AddressFamily, int[]> prefixesInUse = new EnumMap<>(AddressFamily.class);
  private final Map<AddressFamily, Boolean> defaults;
  /** Each entry's position in {@link #entries} (the first, by identity). */
  private final Map<AccessEntry, Integer> positions;
  /** Per allow/deny: the last position of an entry that clears every more specific rule. */
  private int lastClearingAllow = -1;
  private int lastClearingDeny = -1;
  /**
   * {@link #anyAllowedBeyondLoopback}, once asked: 0 not yet, 1 true, 2 false. Four rules ask it
   * of each file (through {@link TimeServiceView#servesClients} and {@code serverRole}), and its
   * descent of the address tree was ~0.8% of a batch's CPU (issue 8, P2). A plain int: the answer
   * never changes, so a thread that does not see another's write computes the same value again.
   */
  private int beyondLoopback;

  private AccessPolicy(List<AccessEntry> entries, Map<AddressFamily, TreeMap<AddressRange, Boolean>> nodes,
      Map<AddressFamily, Boolean> defaults) {
    this.entries = List.copyOf(entries);
    this.nodes = nodes;
    this.defaults = defaults;
    this.positions = new IdentityHashMap<>(this.entries.size());
    for (Map.Entry<AddressFamily, TreeMap<AddressRange, Boolean>> e : nodes.entrySet()) {
      prefixesInUse.put(e.getKey(), prefixesLongestFirst(e.getValue()));
    }
    for (int i = 0; i < this.entries.size(); i++) {
      AccessEntry e = this.entries.get(i);
      positions.putIfAbsent(e, i);
      if (e.overridesMoreSpecific() && e.coversEverything()) {
        if (e.allow()) {
          lastClearingAllow = i;
        } else {
          lastClearingDeny = i;
        }
      }
    }
  }

  /**
   * The distinct prefix lengths of the table's rules, longest first (no boxing, no stream, and no
   * array of every possible length: most tables hold a rule or two, and 129 flags for IPv6 were
   * most of the cost of a policy; issue 8, P2).
   */
  private static int[] prefixesLongestFirst(TreeMap<AddressRange, Boolean> table) {
    if (table.isEmpty()) {
      // Most policies of a file name one family or none.
      return NO_PREFIXES;
    }
    int[] prefixes = new int[table.size()];
    int n = 0;
    for (AddressRange node : table.keySet()) {
      prefixes[n++] = node.prefix();
    }
    Arrays.sort(prefixes);
    int[] longestFirst = new int[n];
    int distinct = 0;
    for (int i = n - 1; i >= 0; i--) {
      if (distinct == 0 || longestFirst[distinct - 1] != prefixes[i]) {
        longestFirst[distinct++] = prefixes[i];
      }
    }
    return distinct == n ? longestFirst : Arrays.copyOf(longestFirst, distinct);
  }

  public static Builder builder(Matching matching) {
    return new Builder(matching);
  }

  /** The rules as written (built-in defaults first), in the order the daemon applies them. */
  public List<AccessEntry> entries() {
    return entries;
  }

  /** The rules that allow something. */
  public List<AccessEntry> allowEntries() {
    List<AccessEntry> out = new ArrayList<>();
    for (AccessEntry e : entries) {
      if (e.allow()) {
        out.add(e);
      }
    }
    return out;
  }

  /** True when {@code address} may use the service. */
  public boolean allows(InetAddress address) {
    return stateOf(AddressRange.host(address));
  }

  /** The decision for the addresses of {@code range} that no more specific rule covers. */
  public boolean stateOf(AddressRange range) {
    // The most specific rule covering the range is its enclosing network at the longest prefix
    // length in use that has a rule.
    TreeMap<AddressRange, Boolean> table = table(range.family());
    for (int prefix : prefixesInUse.get(range.family())) {
      if (prefix <= range.prefix()) {
        Boolean state = table.get(range.withPrefix(prefix));
        if (state != null) {
          return state;
        }
      }
    }
    return defaults.get(range.family());
  }

  /** True when an address no rule names specifically may use the service (open to the world). */
  public boolean allowsEverything(AddressFamily family) {
    return stateOf(AddressRange.all(family));
  }

  /** True when at least one address (of either family) may use the service. */
  public boolean anyAllowed() {
    for (AddressFamily family : AddressFamily.ALL) {
      if (anyAllowedIn(AddressRange.all(family))) {
        return true;
      }
    }
    for (AccessEntry e : entries) {
      if (e.allow() && e.ranges().isEmpty() && !clearedLater(e)) {
        return true;
      }
    }
    return false;
  }


  /**
   * True when an address other than the host's own loopback addresses ({@code 127.0.0.0/8},
   * {@code ::1}) may use the service: a daemon that answers only its own host serves nobody else.
   */
  public boolean anyAllowedBeyondLoopback() {
    int known = beyondLoopback;
    if (known == 0) {
      known = computeAnyAllowedBeyondLoopback() ? 1 : 2;
      beyondLoopback = known;
    }
    return known == 1;
  }

  private boolean computeAnyAllowedBeyondLoopback() {
    for (AddressFamily family : AddressFamily.ALL) {
      AddressRange all = AddressRange.all(family);
      if (anyAllowedOutside(all, stateOf(all), AddressRange.loopback(family))) {
        return true;
      }
    }
    for (AccessEntry e : entries) {
      if (e.allow() && e.ranges().isEmpty() && !clearedLater(e)) {
        return true;
      }
    }
    return false;
  }

  /** Prefix ranges either nest or are disjoint: descend only towards {@code excluded}. */
  private boolean anyAllowedOutside(AddressRange range, boolean state, AddressRange excluded) {
    if (excluded.contains(range)) {
      return false;
    }
    if (!range.contains(excluded)) {
      return anyAllowedUnder(range, state);
    }
    if (!hasNodesStrictlyUnder(range)) {
      // One decision for the whole range, which is larger than the excluded part: no need to
      // descend bit by bit towards it (128 levels for ::1).
      return state;
    }
    for (AddressRange half : range.halves()) {
      Boolean explicit = table(range.family()).get(half);
      if (anyAllowedOutside(half, explicit != null ? explicit : state, excluded)) {
        return true;
      }
    }
    return false;
  }

  /** True when some address inside {@code range} may use the service. */
  public boolean anyAllowedIn(AddressRange range) {
    return anyAllowedUnder(range, stateOf(range));
  }

  /** True when a range of {@code entry} still decides for some of its addresses as it says. */
  public boolean effective(AccessEntry entry) {
    if (entry.ranges().isEmpty()) {
      return !clearedLater(entry);
    }
    for (AddressRange r : entry.ranges()) {
      if (entry.allow() ? anyAllowedIn(r) : anyDeniedIn(r)) {
        return true;
      }
    }
    return false;
  }

  /** True when a later entry of the other kind clears every rule (allow all / deny all). */
  private boolean clearedLater(AccessEntry entry) {
    Integer position = positions.get(entry);
    if (position == null) {
      return false;
    }
    return (entry.allow() ? lastClearingDeny : lastClearingAllow) > position;
  }

  private boolean anyDeniedIn(AddressRange range) {
    return anyDeniedUnder(range, stateOf(range));
  }

  private boolean anyAllowedUnder(AddressRange range, boolean state) {
    return anyDecidedUnder(range, state, true);
  }

  private boolean anyDeniedUnder(AddressRange range, boolean state) {
    return anyDecidedUnder(range, state, false);
  }

  /**
   * True when the daemon decides {@code wanted} for some address inside {@code range}, where
   * {@code state} is the decision for the addresses of the range that no rule inside it covers.
   *
   * <p>Not bit by bit: when every rule inside the range lies in one smaller range, the rest of
   * the range has {@code state}, and the search jumps straight to that smaller range (descending
   * one bit at a time took up to 128 steps per query for an IPv6 host rule, a tenth of a short
   * run; issue 8). It splits into halves only where rules lie in both.
   */
  private boolean anyDecidedUnder(AddressRange range, boolean state, boolean wanted) {
    TreeMap<AddressRange, Boolean> table = table(range.family());
    AddressRange first = firstStrictlyUnder(table, range);
    if (first == null) {
      return state == wanted;
    }
    AddressRange enclosing = enclosing(first, table.floorKey(range.lastAddress()));
    if (enclosing.prefix() > range.prefix()) {
      // No rule between the range and the enclosing one (it would sort first), so the
      // addresses outside the enclosing range have the range's decision.
      if (state == wanted) {
        return true;
      }
      Boolean explicit = table.get(enclosing);
      return anyDecidedUnder(enclosing, explicit != null ? explicit : state, wanted);
    }
    for (AddressRange half : range.halves()) {
      Boolean explicit = table.get(half);
      if (anyDecidedUnder(half, explicit != null ? explicit : state, wanted)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The smallest range holding every rule of a network-ordered run from {@code first} to {@code
   * last}: their common leading bits, no longer than {@code first} (which may hold the others).
   */
  private static AddressRange enclosing(AddressRange first, AddressRange last) {
    return first.withPrefix(Math.min(first.commonLeadingBits(last), first.prefix()));
  }

  private boolean hasNodesStrictlyUnder(AddressRange range) {
    return firstStrictlyUnder(table(range.family()), range) != null;
  }

  /**
   * The first rule of {@code table} strictly inside {@code range} in network-then-prefix order,
   * or null: a direct lookup, no sub-map view (the last one is the floor of the range's last
   * address, once a first one exists).
   */
  private static AddressRange firstStrictlyUnder(TreeMap<AddressRange, Boolean> table,
      AddressRange range) {
    if (range.prefix() == range.family().bits()) {
      return null;
    }
    AddressRange first = table.ceilingKey(range.withPrefix(range.prefix() + 1));
    return first != null && range.contains(first) ? first : null;
  }

  /**
   * The rules of {@code table} strictly inside {@code range}: in network-then-prefix order they
   * run from (its network, its prefix + 1) to (its last address, full length).
   */
  private static NavigableMap<AddressRange, Boolean> strictlyUnder(
      TreeMap<AddressRange, Boolean> table, AddressRange range) {
    AddressFamily family = range.family();
    if (range.prefix() == family.bits()) {
      return new TreeMap<>(NETWORK_THEN_PREFIX);
    }
    return table.subMap(range.withPrefix(range.prefix() + 1), true, range.lastAddress(), true);
  }

  private TreeMap<AddressRange, Boolean> table(AddressFamily family) {
    return nodes.get(family);
  }

  /** Collects rules in the daemon's order. */
  public static final class Builder {
    private final Matching matching;
    private final List<AccessEntry> entries = new ArrayList<>();
    private Map<AddressFamily, TreeMap<AddressRange, Boolean>> nodes =
        new EnumMap<>(AddressFamily.class);
    private Map<AddressFamily, Boolean> defaults = new EnumMap<>(AddressFamily.class);
    /**
     * True when the last {@link #build} handed {@link #nodes} and {@link #defaults} to its policy:
     * they are copied before the next change. A builder is nearly always built once, and copying
     * its tables for that was ~5% of checking a short file (issue 8, P2).
     */
    private boolean tablesGiven;

    private Builder(Matching matching) {
      this.matching = Objects.requireNonNull(matching, "matching");
      for (AddressFamily f : AddressFamily.ALL) {
        nodes.put(f, new TreeMap<>(NETWORK_THEN_PREFIX));
        defaults.put(f, false);
      }
    }

    /** What addresses no rule covers get (chronyd: denied; ntpd: served). */
    public Builder defaultAllow(AddressFamily family, boolean allow) {
      takeTablesBack();
      defaults.put(family, allow);
      return this;
    }

    /** Applies a rule after the earlier ones. */
    public Builder add(AccessEntry entry) {
      takeTablesBack();
      entries.add(entry);
      for (AddressRange range : entry.ranges()) {
        apply(range, entry.allow(), entry.overridesMoreSpecific());
      }
      return this;
    }

    private void apply(AddressRange range, boolean allow, boolean clearMoreSpecific) {
      TreeMap<AddressRange, Boolean> table = nodes.get(range.family());
      List<AddressRange> targets = new ArrayList<>();
      if (matching == Matching.NIBBLE_TABLE && range.prefix() % 4 != 0) {
        int aligned = (range.prefix() / 4 + 1) * 4;
        int count = 1 << (aligned - range.prefix());
        for (int i = 0; i < count; i++) {
          targets.add(range.subnet(i, aligned));
        }
      } else {
        targets.add(range);
      }
      for (AddressRange target : targets) {
        if (clearMoreSpecific) {
          strictlyUnder(table, target).clear();
        }
        table.put(target, allow);
      }
    }

    public AccessPolicy build() {
      tablesGiven = true;
      return new AccessPolicy(entries, nodes, defaults);
    }

    /** Copies the tables a policy was built with, so that changing them leaves it as it was. */
    private void takeTablesBack() {
      if (!tablesGiven) {
        return;
      }
      Map<AddressFamily, TreeMap<AddressRange, Boolean>> copy = new EnumMap<>(AddressFamily.class);
      for (Map.Entry<AddressFamily, TreeMap<AddressRange, Boolean>> e : nodes.entrySet()) {
        copy.put(e.getKey(), new TreeMap<>(e.getValue()));
      }
      nodes = copy;
      defaults = new EnumMap<>(defaults);
      tablesGiven = false;
    }
  }
}

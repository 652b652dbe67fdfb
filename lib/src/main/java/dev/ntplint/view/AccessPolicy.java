package dev.ntplint.view;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
 * rule effective" questions with scans of all n): the rule table ({@link RuleTable}) is ordered
 * by network, then prefix, so the rules inside a range are one contiguous run; the rule that
 * decides for a range is found by looking up its enclosing network at each prefix length in use;
 * and which rules a later {@code allow all}/{@code deny all} clears is worked out when the table
 * is made.
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
  private final RuleTable ipv4;
  private final RuleTable ipv6;
  private final Map<AddressFamily, Boolean> defaults;
  /**
   * The position in {@link #entries} of each entry without ranges (a host name, or a rule for
   * every address of both families as chronyd's {@code allow} alone), the first by identity: only
   * those are asked whether a later rule clears them. Every entry was mapped before, and a large
   * file's 86,000 restrict lines cost two identity maps of that size (issue 8, P4).
   */
  private final Map<AccessEntry, Integer> positions = new IdentityHashMap<>();
  /** Per allow/deny: the last position of an entry that clears every more specific rule. */
  private int lastClearingAllow = -1;
  private int lastClearingDeny = -1;
  /** The positions of the deny entries that clear every more specific rule, in order. */
  private final int[] clearingDenials;
  /** What {@link #ineffectiveAllows} asks: the written allow entries and their ranges. */
  private final AllowQueries allowQueries;
  /**
   * {@link #anyAllowedBeyondLoopback}, once asked: 0 not yet, 1 true, 2 false. Four rules ask it
   * of each file (through {@link TimeServiceView#servesClients} and {@code serverRole}), and its
   * descent of the address tree was ~0.8% of a batch's CPU (issue 8, P2). A plain int: the answer
   * never changes, so a thread that does not see another's write computes the same value again.
   */
  private int beyondLoopback;

  private AccessPolicy(List<AccessEntry> entries, RuleTable ipv4, RuleTable ipv6,
      Map<AddressFamily, Boolean> defaults, AllowQueries allowQueries) {
    this.entries = List.copyOf(entries);
    this.ipv4 = ipv4;
    this.ipv6 = ipv6;
    this.defaults = defaults;
    this.allowQueries = allowQueries;
    int[] denials = new int[4];
    int clearingDenialCount = 0;
    for (int i = 0; i < this.entries.size(); i++) {
      AccessEntry e = this.entries.get(i);
      if (e.ranges().isEmpty()) {
        positions.putIfAbsent(e, i);
      }
      if (e.overridesMoreSpecific() && !e.allow()) {
        if (clearingDenialCount == denials.length) {
          denials = Arrays.copyOf(denials, 2 * clearingDenialCount);
        }
        denials[clearingDenialCount++] = i;
      }
      if (e.overridesMoreSpecific() && e.coversEverything()) {
        if (e.allow()) {
          lastClearingAllow = i;
        } else {
          lastClearingDeny = i;
        }
      }
    }
    this.clearingDenials = Arrays.copyOf(denials, clearingDenialCount);
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
    RuleTable table = table(range.family());
    for (int prefix : table.prefixesLongestFirst()) {
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

  /**
   * The positions in {@link #entries} of the written rules that allow something and are not
   * {@linkplain #effective effective}: later rules decide every address they name otherwise. In
   * order. Worked out from the ranges the builder noted as each rule was added, not from the
   * entries: on a large file, a walk of every entry fetched each back from memory (issue 8, P4).
   */
  public int[] ineffectiveAllows() {
    BitSet ranged = new BitSet();
    BitSet effective = new BitSet();
    for (int q = 0; q < allowQueries.size; q++) {
      int position = allowQueries.position(q);
      ranged.set(position);
      if (!effective.get(position) && anyAllowedIn(allowQueries.range(q))) {
        effective.set(position);
      }
    }
    BitSet written = allowQueries.writtenAllows;
    // Every effective position is a written one: the rest bound the answer.
    int[] out = new int[written.cardinality() - effective.cardinality()];
    int n = 0;
    for (int i = written.nextSetBit(0); i >= 0; i = written.nextSetBit(i + 1)) {
      boolean decides = ranged.get(i) ? effective.get(i) : !clearedLater(entries.get(i));
      if (!decides) {
        out[n++] = i;
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /**
   * The positions in {@link #entries} of the written rules that allow a whole address family
   * ({@code 0/0}, {@code ::/0}, or no address), in order: from the builder's notes, as {@link
   * #ineffectiveAllows}.
   */
  public int[] writtenAllowsOfEverything() {
    int[] out = new int[allowQueries.size];
    int n = 0;
    for (int q = 0; q < allowQueries.size; q++) {
      int position = allowQueries.position(q);
      // A rule for both families names two ranges in a row: it is listed once.
      if (allowQueries.prefix(q) == 0 && (n == 0 || out[n - 1] != position)) {
        out[n++] = position;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The positions in {@link #entries} of the deny rules that clear every more specific rule before
   * them (chronyd's {@code deny all}), in order.
   */
  public int[] clearingDenials() {
    return clearingDenials.clone();
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
    RuleTable table = table(range.family());
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
  private static AddressRange firstStrictlyUnder(RuleTable table, AddressRange range) {
    if (range.prefix() == range.family().bits()) {
      return null;
    }
    AddressRange first = table.ceilingKey(range.withPrefix(range.prefix() + 1));
    return first != null && range.contains(first) ? first : null;
  }

  private RuleTable table(AddressFamily family) {
    return family == AddressFamily.IPV4 ? ipv4 : ipv6;
  }

  /**
   * One family's rules once the policy is built: ordered by network, then prefix, in one array
   * that the queries binary-search, three longs per rule (network high, network low, prefix and
   * decision) so that a step of the search reads one cache line. A TreeMap was asked instead:
   * ~17 dependent loads of a node and its key per look-up in the 86,000 rules of a large file's
   * restrict lines, most of them cache misses once the tree had outgrown the caches, and a query
   * makes several look-ups (issue 8, P4).
   */
  private static final class RuleTable {
    private static final int STRIDE = 3;
    private final AddressFamily family;
    private final long[] rules;
    private final int size;
    /** The distinct prefix lengths of the rules, longest first; set once the table is filled. */
    private int[] prefixesLongestFirst;

    private RuleTable(AddressFamily family, int size) {
      this.family = family;
      this.rules = new long[STRIDE * size];
      this.size = size;
    }

    /** The rules of {@code table}, which holds one family's (network-then-prefix ordered). */
    static RuleTable of(AddressFamily family, TreeMap<AddressRange, Boolean> table) {
      RuleTable rules = new RuleTable(family, table.size());
      int i = 0;
      for (Map.Entry<AddressRange, Boolean> e : table.entrySet()) {
        rules.set(i++, e.getKey().high(), e.getKey().low(), e.getKey().prefix(), e.getValue());
      }
      return rules.filled();
    }

    private void set(int i, long high, long low, int prefix, boolean allow) {
      rules[STRIDE * i] = high;
      rules[STRIDE * i + 1] = low;
      rules[STRIDE * i + 2] = (long) prefix << 1 | (allow ? 1 : 0);
    }

    private int prefixAt(int i) {
      return (int) (rules[STRIDE * i + 2] >>> 1);
    }

    private RuleTable filled() {
      prefixesLongestFirst = distinctPrefixesLongestFirst();
      return this;
    }

    int[] prefixesLongestFirst() {
      return prefixesLongestFirst;
    }

    /**
     * The distinct prefix lengths of the rules, longest first (no boxing, no stream, and no array
     * of every possible length: most tables hold a rule or two, and 129 flags for IPv6 were most
     * of the cost of a policy; issue 8, P2).
     */
    private int[] distinctPrefixesLongestFirst() {
      if (size == 0) {
        // Most policies of a file name one family or none.
        return NO_PREFIXES;
      }
      int[] sorted = new int[size];
      for (int i = 0; i < size; i++) {
        sorted[i] = prefixAt(i);
      }
      Arrays.sort(sorted);
      int[] longestFirst = new int[size];
      int distinct = 0;
      for (int i = size - 1; i >= 0; i--) {
        if (distinct == 0 || longestFirst[distinct - 1] != sorted[i]) {
          longestFirst[distinct++] = sorted[i];
        }
      }
      return distinct == size ? longestFirst : Arrays.copyOf(longestFirst, distinct);
    }

    /**
     * Where {@code range} is, as Arrays.binarySearch answers: its index, or (-(insertion point) -
     * 1) when no rule is for exactly that range.
     */
    private int search(AddressRange range) {
      long high = range.high();
      long low = range.low();
      int prefix = range.prefix();
      int from = 0;
      int to = size - 1;
      while (from <= to) {
        int mid = (from + to) >>> 1;
        int c = Long.compareUnsigned(rules[STRIDE * mid], high);
        if (c == 0) {
          c = Long.compareUnsigned(rules[STRIDE * mid + 1], low);
        }
        if (c == 0) {
          c = Integer.compare(prefixAt(mid), prefix);
        }
        if (c < 0) {
          from = mid + 1;
        } else if (c > 0) {
          to = mid - 1;
        } else {
          return mid;
        }
      }
      return -(from + 1);
    }

    /** The decision of the rule for exactly {@code range}, or null when there is none. */
    Boolean get(AddressRange range) {
      int i = search(range);
      return i >= 0 ? Boolean.valueOf((rules[STRIDE * i + 2] & 1) != 0) : null;
    }

    /** The first rule's range at or after {@code range}, or null. */
    AddressRange ceilingKey(AddressRange range) {
      int i = search(range);
      int at = i >= 0 ? i : -(i + 1);
      return at < size ? rangeAt(at) : null;
    }

    /** The last rule's range at or before {@code range}, or null. */
    AddressRange floorKey(AddressRange range) {
      int i = search(range);
      int at = i >= 0 ? i : -(i + 1) - 1;
      return at >= 0 ? rangeAt(at) : null;
    }

    private AddressRange rangeAt(int i) {
      return AddressRange.ofBits(family, rules[STRIDE * i], rules[STRIDE * i + 1], prefixAt(i));
    }
  }

  /**
   * The ranges the rules set in one family, in the order applied (chronyd's table widens a prefix
   * that is not a multiple of 4 into the ranges of the next multiple), in arrays: the table is
   * made from them when the policy is built.
   */
  private static final class Targets {
    /**
     * Order numbers that fit beside an IPv4 network and prefix in a long ({@link #ipv4Table}):
     * 2^25, more ranges than a 20 MB file of restrict lines sets.
     */
    private static final int IPV4_ORDER_BITS = 25;
    /** Bits of an IPv4 prefix length (0 to 32) in such a long. */
    private static final int IPV4_PREFIX_BITS = 6;
    private final AddressFamily family;
    private long[] highs = new long[4];
    private long[] lows = new long[4];
    private int[] prefixes = new int[4];
    private final BitSet allows = new BitSet();
    private final BitSet clearing = new BitSet();
    private int size;

    Targets(AddressFamily family) {
      this.family = family;
    }

    void add(AddressRange range, boolean allow, boolean clearsMoreSpecific) {
      if (size == prefixes.length) {
        highs = Arrays.copyOf(highs, 2 * size);
        lows = Arrays.copyOf(lows, 2 * size);
        prefixes = Arrays.copyOf(prefixes, 2 * size);
      }
      highs[size] = range.high();
      lows[size] = range.low();
      prefixes[size] = range.prefix();
      allows.set(size, allow);
      clearing.set(size, clearsMoreSpecific);
      size++;
    }

    /** The table the ranges leave, applied in order. */
    RuleTable table() {
      if (family == AddressFamily.IPV4 && clearing.isEmpty() && size < 1 << IPV4_ORDER_BITS) {
        return ipv4Table();
      }
      TreeMap<AddressRange, Boolean> table = new TreeMap<>(NETWORK_THEN_PREFIX);
      for (int i = 0; i < size; i++) {
        AddressRange range = AddressRange.ofBits(family, highs[i], lows[i], prefixes[i]);
        if (clearing.get(i)) {
          strictlyUnder(table, range).clear();
        }
        table.put(range, allows.get(i));
      }
      return RuleTable.of(family, table);
    }

    /**
     * IPv4 ranges that clear nothing: the last setting of each range decides for it. Network,
     * prefix and order packed in one long each and sorted as numbers, not a map's insertion per
     * range: a large file sets tens of thousands, and each insertion walked a tree that had
     * outgrown the caches (issue 8, P4).
     */
    private RuleTable ipv4Table() {
      long[] keys = new long[size];
      for (int i = 0; i < size; i++) {
        keys[i] = lows[i] << (IPV4_PREFIX_BITS + IPV4_ORDER_BITS)
            | (long) prefixes[i] << IPV4_ORDER_BITS | i;
      }
      Arrays.sort(keys);
      int distinct = 0;
      for (int i = 0; i < size; i++) {
        if (lastOfItsRange(keys, i)) {
          distinct++;
        }
      }
      RuleTable rules = new RuleTable(family, distinct);
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (lastOfItsRange(keys, i)) {
          int order = (int) (keys[i] & ((1 << IPV4_ORDER_BITS) - 1));
          rules.set(n++, 0, lows[order], prefixes[order], allows.get(order));
        }
      }
      return rules.filled();
    }

    private static boolean lastOfItsRange(long[] sortedKeys, int i) {
      return i + 1 == sortedKeys.length
          || sortedKeys[i] >>> IPV4_ORDER_BITS != sortedKeys[i + 1] >>> IPV4_ORDER_BITS;
    }

    /**
     * The rules of {@code table} strictly inside {@code range}: in network-then-prefix order they
     * run from (its network, its prefix + 1) to (its last address, full length).
     */
    private static NavigableMap<AddressRange, Boolean> strictlyUnder(
        TreeMap<AddressRange, Boolean> table, AddressRange range) {
      if (range.prefix() == range.family().bits()) {
        return new TreeMap<>(NETWORK_THEN_PREFIX);
      }
      return table.subMap(range.withPrefix(range.prefix() + 1), true, range.lastAddress(), true);
    }
  }

  /** Collects rules in the daemon's order. */
  public static final class Builder {
    private final Matching matching;
    private final List<AccessEntry> entries = new ArrayList<>();
    private final Targets ipv4 = new Targets(AddressFamily.IPV4);
    private final Targets ipv6 = new Targets(AddressFamily.IPV6);
    private final Map<AddressFamily, Boolean> defaults = new EnumMap<>(AddressFamily.class);
    private final AllowQueries allowQueries = new AllowQueries();

    private Builder(Matching matching) {
      this.matching = Objects.requireNonNull(matching, "matching");
      for (AddressFamily f : AddressFamily.ALL) {
        defaults.put(f, false);
      }
    }

    /** What addresses no rule covers get (chronyd: denied; ntpd: served). */
    public Builder defaultAllow(AddressFamily family, boolean allow) {
      defaults.put(family, allow);
      return this;
    }

    /** Applies a rule after the earlier ones. */
    public Builder add(AccessEntry entry) {
      int position = entries.size();
      entries.add(entry);
      boolean writtenAllow = entry.allow() && !entry.builtIn();
      if (writtenAllow) {
        allowQueries.writtenAllows.set(position);
      }
      for (AddressRange range : entry.ranges()) {
        apply(range, entry.allow(), entry.overridesMoreSpecific());
        if (writtenAllow) {
          allowQueries.add(position, range);
        }
      }
      return this;
    }

    private void apply(AddressRange range, boolean allow, boolean clearMoreSpecific) {
      Targets targets = range.family() == AddressFamily.IPV4 ? ipv4 : ipv6;
      if (matching == Matching.NIBBLE_TABLE && range.prefix() % 4 != 0) {
        int aligned = (range.prefix() / 4 + 1) * 4;
        int count = 1 << (aligned - range.prefix());
        for (int i = 0; i < count; i++) {
          targets.add(range.subnet(i, aligned), allow, clearMoreSpecific);
        }
      } else {
        targets.add(range, allow, clearMoreSpecific);
      }
    }

    /** The policy of the rules added so far; the builder may go on adding after it. */
    public AccessPolicy build() {
      return new AccessPolicy(entries, ipv4.table(), ipv6.table(), new EnumMap<>(defaults),
          allowQueries.copy());
    }
  }

  /**
   * The written allow rules, and each range they name, noted as the rules are added, while each is
   * in the cache: four longs per range (position and family, network, prefix), read in order.
   */
  private static final class AllowQueries {
    private static final int STRIDE = 4;
    /**
     * The positions of the allow rules a directive wrote (not the daemon's built-in ones). Those
     * that name no range (a host) have no query.
     */
    final BitSet writtenAllows;
    private long[] queries;
    int size;

    AllowQueries() {
      this(new BitSet(), NO_QUERIES, 0);
    }

    private AllowQueries(BitSet writtenAllows, long[] queries, int size) {
      this.writtenAllows = writtenAllows;
      this.queries = queries;
      this.size = size;
    }

    void add(int position, AddressRange range) {
      if (STRIDE * size == queries.length) {
        queries = Arrays.copyOf(queries, Math.max(STRIDE * 4, 2 * queries.length));
      }
      queries[STRIDE * size] = (long) position << 1 | range.family().ordinal();
      queries[STRIDE * size + 1] = range.high();
      queries[STRIDE * size + 2] = range.low();
      queries[STRIDE * size + 3] = range.prefix();
      size++;
    }

    int position(int q) {
      return (int) (queries[STRIDE * q] >>> 1);
    }

    int prefix(int q) {
      return (int) queries[STRIDE * q + 3];
    }

    AddressRange range(int q) {
      AddressFamily family = AddressFamily.ALL.get((int) (queries[STRIDE * q] & 1));
      return AddressRange.ofBits(family, queries[STRIDE * q + 1], queries[STRIDE * q + 2],
          (int) queries[STRIDE * q + 3]);
    }

    /**
     * A copy for a policy: the builder may go on adding. Shared when there is nothing to note:
     * most policies of a short file have no written allow rule (a batch builds several per file).
     */
    AllowQueries copy() {
      if (writtenAllows.isEmpty()) {
        return NONE;
      }
      return new AllowQueries((BitSet) writtenAllows.clone(), Arrays.copyOf(queries, STRIDE * size),
          size);
    }

    private static final long[] NO_QUERIES = {};
    /** No written allow rule: never added to (a policy only reads its notes). */
    private static final AllowQueries NONE = new AllowQueries();
  }
}

package dev.ntplint.rules;

import dev.ntplint.edit.ConfigEditor;
import dev.ntplint.edit.Edits;
import dev.ntplint.net.IpAddresses;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpFlavour;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.NtpOptionSpec;
import dev.ntplint.ntp.catalog.RestrictFlag;
import dev.ntplint.ntp.model.AddressFamily;
import dev.ntplint.ntp.model.InvalidDirective;
import dev.ntplint.ntp.model.NtpAddress;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Option;
import dev.ntplint.ntp.model.Restrict;
import dev.ntplint.ntp.model.RestrictTarget;
import dev.ntplint.source.DirectiveSyntax;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Look-ups over an ntp.conf (with its included files) that several rules share. */
public final class NtpFacts {

  /** NTPsec's built-in {@code restrict default} flags (classic's built-in default has none). */
  public static final Set<RestrictFlag> NTPSEC_BUILT_IN_DEFAULT =
      Collections.unmodifiableSet(EnumSet.of(RestrictFlag.NOQUERY, RestrictFlag.LIMITED));

  /** The loopback addresses: where ntpq on the host itself sends its queries from. */
  public enum Loopback {
    IPV4("127.0.0.1", AddressFamily.IPV4),
    IPV6("::1", AddressFamily.IPV6);

    /** Both, in order: values() copies its array on every call (twice per ntp.conf; issue 8). */
    public static final List<Loopback> BOTH = List.of(values());

    private final String literal;
    private final AddressFamily family;
    private final InetAddress address;
    /** The key of its host entry (see {@link NtpFacts#hostEntry}), made once, not on every look-up. */
    private final String hostKey;

    Loopback(String literal, AddressFamily family) {
      this.literal = literal;
      this.family = family;
      this.address = IpAddresses.parse(literal).orElseThrow();
      this.hostKey = hostKey(address);
    }

    /** The address as written in a restrict line. */
    public String literal() {
      return literal;
    }

    public AddressFamily family() {
      return family;
    }

    public InetAddress address() {
      return address;
    }

    /** The loopback address of the other family. */
    public Loopback twin() {
      return this == IPV4 ? IPV6 : IPV4;
    }
  }

  private NtpFacts() {}

  /** The ntp.conf set of a context (rules that list only the ntp dialect always have one). */
  public static NtpConfigSet set(RuleContext context) {
    Optional<NtpConfigSet> set = context.ntp();
    if (set.isEmpty()) {
      throw new IllegalStateException("not an ntp.conf");
    }
    return set.get();
  }

  /*
   * The look-ups below read facts computed once per lint (RuleContext.shared): each used to expand
   * the include tree and copy every command again per call, once per rule that asked (issue 8).
   */

  /*
   * Anonymous classes rather than lambdas: linking a lambda's call site costs a short check
   * ~0.3 ms the first time, loading a class from the AppCDS archive a tenth of that (issue 8).
   */

  private static final SharedFact<List<NtpDirective>> DIRECTIVES =
      new SharedFact<List<NtpDirective>>() {
        @Override
        public List<NtpDirective> compute(RuleContext context) {
          // The set keeps its expansion: the view builder made the same list before the rules ran.
          return set(context).effectiveDirectives();
        }
      };

  /** The applied commands of each family asked for so far, filled on demand. */
  private static final SharedFact<FamilyIndex<NtpDirective>> BY_FAMILY =
      new SharedFact<FamilyIndex<NtpDirective>>() {
        @Override
        public FamilyIndex<NtpDirective> compute(RuleContext context) {
          return new FamilyIndex<>(directives(context));
        }
      };

  /**
   * Records the sorting by family of {@code effective}, the set's {@linkplain
   * NtpConfigSet#effectiveDirectives() effective directives}, and returns what to show each of
   * them, in order, during the walk the linter makes of them anyway (the view's): on a large file
   * a walk of their own missed the cache for every directive (issue 8, P4). What the walk did not
   * show is sorted when a family is first asked for.
   *
   * @param judges who judges the directives of each class, shown each in the same walk; may be null
   */
  static FamilyIndex<NtpDirective> knownDirectives(Map<SharedFact<?>, Object> facts,
      List<NtpDirective> effective, FamilyIndex.ClassListeners<NtpDirective> judges) {
    FamilyIndex<NtpDirective> families = new FamilyIndex<>(effective, null, judges);
    facts.put(BY_FAMILY, families);
    return families;
  }

  private static final SharedFact<Set<NtpDirective>> PARTLY_APPLIED =
      new SharedFact<Set<NtpDirective>>() {
        @Override
        public Set<NtpDirective> compute(RuleContext context) {
          Set<NtpDirective> out = Collections.newSetFromMap(new IdentityHashMap<>());
          for (InvalidDirective rejected : set(context).invalidDirectives()) {
            NtpDirective d = rejected;
            while (d instanceof InvalidDirective invalid && invalid.applied().isPresent()) {
              d = invalid.applied().get();
              out.add(d);
            }
          }
          return Collections.unmodifiableSet(out);
        }
      };

  private static final SharedFact<List<RestrictEntry>> CLASSIC_RESTRICT_ENTRIES =
      new RestrictEntriesFact(NtpFlavour.CLASSIC);

  private static final SharedFact<List<RestrictEntry>> NTPSEC_RESTRICT_ENTRIES =
      new RestrictEntriesFact(NtpFlavour.NTPSEC);

  /** ntpd's restrict list as one flavour builds it from the applied lines. */
  private static final class RestrictEntriesFact implements SharedFact<List<RestrictEntry>> {
    private final NtpFlavour flavour;

    RestrictEntriesFact(NtpFlavour flavour) {
      this.flavour = flavour;
    }

    @Override
    public List<RestrictEntry> compute(RuleContext context) {
      return restrictEntries(directives(context, Restrict.class), flavour);
    }
  }

  /**
   * The commands as ntpd applies them, in its reading order: included files in place, the part
   * ntpd applies of a rejected command, the command after {@code includefile}. Unmodifiable.
   */
  public static List<NtpDirective> directives(RuleContext context) {
    return context.shared(DIRECTIVES);
  }

  /** The applied commands of one family, in reading order. Unmodifiable. */
  public static <T extends NtpDirective> List<T> directives(RuleContext context, Class<T> type) {
    return context.shared(BY_FAMILY).of(type);
  }

  /**
   * The commands ntpd applies only in part because its parser rejected the rest of the line
   * ({@code restrict default NOQUERY} installs {@code restrict default}); compared by identity.
   * Unmodifiable.
   */
  public static Set<NtpDirective> partlyApplied(RuleContext context) {
    return context.shared(PARTLY_APPLIED);
  }

  /**
   * The daemon whose behaviour a rule judges by: the target's flavour, or classic ntpd for the
   * accept-either target (its built-in defaults are the open ones, so a file that is safe there is
   * safe in both).
   */
  public static NtpFlavour flavour(RuleContext context) {
    return context.ntpTarget().flavour().orElse(NtpFlavour.CLASSIC);
  }

  /** True when the file is checked for NTPsec only. */
  public static boolean ntpsecOnly(RuleContext context) {
    return context.ntpTarget().flavour().orElse(null) == NtpFlavour.NTPSEC;
  }

  /** True when the file may be read by NTPsec as well (the accept-either target). */
  public static boolean eitherFlavour(RuleContext context) {
    return context.ntpTarget().flavour().isEmpty();
  }

  // ----- restrict ------------------------------------------------------------------------------

  /**
   * One entry of ntpd's restrict list: every {@code restrict} line for one address and mask, their
   * flags OR'd together (NTPsec {@code unrestrict} removes flags), plus NTPsec's built-in flags
   * for the defaults.
   *
   * @param key identifies the entry ({@code default -4}, {@code source}, an address and prefix)
   * @param family the address family, for defaults and numeric addresses
   * @param lines the lines that made the entry, in reading order (never empty)
   * @param flags the entry's flags after every line
   */
  public record RestrictEntry(String key, Optional<AddressFamily> family,
      List<Restrict> lines, Set<RestrictFlag> flags) {

    /** The last line of the entry (where flags are best added). */
    public Restrict lastLine() {
      return lines.get(lines.size() - 1);
    }

    public boolean has(RestrictFlag flag) {
      return flags.contains(flag);
    }

    /** True for the default entry of a family (also made by {@code restrict 0.0.0.0 mask 0.0.0.0}). */
    public boolean isDefault() {
      return key.startsWith("default ");
    }

    /** True for {@code restrict source}. */
    public boolean isSource() {
      return key.equals(SOURCE_KEY);
    }

    /** The flags in the order the lines first wrote them (as written, for new lines). */
    public List<String> flagWords() {
      Map<RestrictFlag, String> words = new LinkedHashMap<>();
      // Only until every flag is found: the default entry of a large file has thousands of lines.
      for (int i = 0; i < lines.size() && words.size() < flags.size(); i++) {
        for (Option<RestrictFlag> o : lines.get(i).flags()) {
          if (flags.contains(o.kind()) && !words.containsKey(o.kind())) {
            words.put(o.kind(), o.span().text());
          }
        }
      }
      return List.copyOf(words.values());
    }
  }

  /**
   * ntpd's restrict list as {@code flavour} builds it from the applied lines, in the order each
   * entry first appears; classic {@code delrestrict} removes an entry. The built-in defaults of the
   * flavour are not entries of their own: see {@link #defaultEntry}.
   */
  public static List<RestrictEntry> restrictEntries(RuleContext context, NtpFlavour flavour) {
    return context.shared(flavour == NtpFlavour.NTPSEC ? NTPSEC_RESTRICT_ENTRIES
        : CLASSIC_RESTRICT_ENTRIES);
  }

  /** ntpd's restrict list built from {@code restricts}, the applied lines in reading order. */
  public static List<RestrictEntry> restrictEntries(List<Restrict> restricts, NtpFlavour flavour) {
    // One map of entries being built, in the order their keys were (re)made: three maps by the
    // same key were three look-ups per line of a large file (issue 8, P3).
    Map<String, EntryBuilder> entries = new LinkedHashMap<>();
    // By index, and the defaults' and source's keys made once: an iterator per list and a key
    // string per restrict line were a visible share of a large file's allocation (issue 8).
    for (int i = 0; i < restricts.size(); i++) {
      Restrict r = restricts.get(i);
      List<Key> keys = keys(r);
      for (int j = 0; j < keys.size(); j++) {
        Key k = keys.get(j);
        if (r.command() == NtpDirectiveKind.DELRESTRICT) {
          entries.remove(k.key());
          continue;
        }
        EntryBuilder entry = entries.get(k.key());
        if (entry == null) {
          entry = new EntryBuilder(k.family(), k.isDefault() && flavour == NtpFlavour.NTPSEC
              ? EnumSet.copyOf(NTPSEC_BUILT_IN_DEFAULT) : EnumSet.noneOf(RestrictFlag.class));
          entries.put(k.key(), entry);
        }
        entry.lines.add(r);
        List<Option<RestrictFlag>> lineFlags = r.flags();
        for (int f = 0; f < lineFlags.size(); f++) {
          Option<RestrictFlag> o = lineFlags.get(f);
          if (r.command() == NtpDirectiveKind.UNRESTRICT) {
            entry.flags.remove(o.kind());
          } else {
            entry.flags.add(o.kind());
          }
        }
      }
    }
    List<RestrictEntry> out = new ArrayList<>(entries.size());
    for (Map.Entry<String, EntryBuilder> e : entries.entrySet()) {
      EntryBuilder b = e.getValue();
      out.add(new RestrictEntry(e.getKey(), b.family, List.copyOf(b.lines),
          Collections.unmodifiableSet(EnumSet.copyOf(b.flags))));
    }
    return Collections.unmodifiableList(out);
  }

  /** An entry of the restrict list while its lines are read. */
  private static final class EntryBuilder {
    final Optional<AddressFamily> family;
    final List<Restrict> lines = new ArrayList<>(1);
    final EnumSet<RestrictFlag> flags;

    EntryBuilder(Optional<AddressFamily> family, EnumSet<RestrictFlag> flags) {
      this.family = family;
      this.flags = flags;
    }
  }

  /** The configured default entry of one family, if a {@code restrict [-4|-6] default} made one. */
  public static Optional<RestrictEntry> defaultEntry(List<RestrictEntry> entries,
      AddressFamily family) {
    for (RestrictEntry e : entries) {
      if (e.isDefault() && e.family().orElse(null) == family) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The flags the default of one family has in {@code flavour}: configured or built in. */
  public static Set<RestrictFlag> defaultFlags(List<RestrictEntry> entries, AddressFamily family,
      NtpFlavour flavour) {
    Optional<RestrictEntry> configured = defaultEntry(entries, family);
    if (configured.isPresent()) {
      return configured.get().flags();
    }
    return flavour == NtpFlavour.NTPSEC ? NTPSEC_BUILT_IN_DEFAULT : Set.of();
  }

  /** The {@code restrict source} entry, if any. */
  public static Optional<RestrictEntry> sourceEntry(List<RestrictEntry> entries) {
    for (RestrictEntry e : entries) {
      if (e.isSource()) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The entry for exactly this loopback address (a host entry, mask all ones), if any. */
  public static Optional<RestrictEntry> hostEntry(List<RestrictEntry> entries, Loopback address) {
    return entryWithKey(entries, address.hostKey);
  }

  /** The key of the entry for exactly {@code address}. */
  private static String hostKey(InetAddress address) {
    return address.getHostAddress() + "/" + address.getAddress().length * 8;
  }

  /** True when some entry names {@code localhost}, which resolves to both loopback addresses. */
  public static boolean hasLocalhostEntry(List<RestrictEntry> entries) {
    return entryWithKey(entries, "host:localhost").isPresent();
  }

  private static Optional<RestrictEntry> entryWithKey(List<RestrictEntry> entries, String key) {
    for (RestrictEntry e : entries) {
      if (e.key().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static final String SOURCE_KEY = "source";

  private record Key(String key, Optional<AddressFamily> family) {
    boolean isDefault() {
      return key.startsWith("default ");
    }
  }

  private static final List<Key> IPV4_DEFAULT = List.of(defaultKey(AddressFamily.IPV4));
  private static final List<Key> IPV6_DEFAULT = List.of(defaultKey(AddressFamily.IPV6));
  /** In {@link AddressFamily} order, as a plain {@code restrict default} writes them. */
  private static final List<Key> BOTH_DEFAULTS =
      List.of(IPV4_DEFAULT.get(0), IPV6_DEFAULT.get(0));
  private static final List<Key> SOURCE = List.of(new Key(SOURCE_KEY, Optional.empty()));

  /** The entries one line writes to: both defaults for a plain {@code restrict default}. */
  private static List<Key> keys(Restrict r) {
    if (r.target() instanceof RestrictTarget.Default def) {
      if (def.family().isEmpty()) {
        return BOTH_DEFAULTS;
      }
      return def.family().get() == AddressFamily.IPV4 ? IPV4_DEFAULT : IPV6_DEFAULT;
    }
    if (r.target() instanceof RestrictTarget.Source source) {
      // classic `delrestrict source ADDRESS` names an entry made for one association: not the
      // template, and nothing this file configures.
      return source.address().isPresent() ? List.of() : SOURCE;
    }
    NtpAddress address = ((RestrictTarget.Address) r.target()).address();
    if (address.numeric().isEmpty()) {
      String mask = r.mask().isPresent() ? " mask " + r.mask().get().text() : "";
      return List.of(new Key("host:" + address.text().toLowerCase(Locale.ROOT) + mask,
          Optional.empty()));
    }
    InetAddress ip = address.numeric().get();
    int bits = ip.getAddress().length * 8;
    int prefix = bits;
    if (address.prefixLength().isPresent()) {
      prefix = Math.min(bits, address.prefixLength().getAsInt());
    } else if (r.mask().isPresent() && r.mask().get().numeric().isPresent()) {
      prefix = leadingOnes(r.mask().get().numeric().get().getAddress());
    }
    AddressFamily family = bits == 32 ? AddressFamily.IPV4 : AddressFamily.IPV6;
    if (prefix == 0) {
      // `restrict 0.0.0.0 mask 0.0.0.0` is the IPv4 default entry itself (ntpd keeps the
      // default as the all-zero address and mask).
      return family == AddressFamily.IPV4 ? IPV4_DEFAULT : IPV6_DEFAULT;
    }
    return List.of(new Key(ip.getHostAddress() + "/" + prefix, Optional.of(family)));
  }

  private static Key defaultKey(AddressFamily family) {
    return new Key("default " + (family == AddressFamily.IPV4 ? "-4" : "-6"), Optional.of(family));
  }

  private static int leadingOnes(byte[] mask) {
    int n = 0;
    for (byte b : mask) {
      for (int bit = 7; bit >= 0; bit--) {
        if ((b >> bit & 1) == 0) {
          return n;
        }
        n++;
      }
    }
    return n;
  }

  // ----- edits ---------------------------------------------------------------------------------

  /**
   * The fix's edit that removes one flag of an {@code enable} or {@code disable} line, or the whole
   * line when it is the only flag (an empty {@code enable} is a syntax error).
   */
  public static <K extends Enum<K> & NtpOptionSpec> Consumer<ConfigEditor> removingFlag(
      DirectiveSyntax line, List<Option<K>> flags, Option<K> flag) {
    return flags.size() == 1 ? Edits.removeDirective(line) : Edits.removeWords(line, flag.span());
  }
}

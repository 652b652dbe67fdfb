package dev.ntplint.view.ntp;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpFlavour;
import dev.ntplint.ntp.catalog.AssociationOption;
import dev.ntplint.ntp.catalog.FudgeFactor;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.RestrictFlag;
import dev.ntplint.ntp.catalog.TosOption;
import dev.ntplint.ntp.keys.NtpKey;
import dev.ntplint.ntp.model.Association;
import dev.ntplint.ntp.model.AssociationType;
import dev.ntplint.ntp.model.FileSetting;
import dev.ntplint.ntp.model.Fudge;
import dev.ntplint.ntp.model.InvalidDirective;
import dev.ntplint.ntp.model.NtpAddress;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Option;
import dev.ntplint.ntp.model.Refclock;
import dev.ntplint.ntp.model.RefclockAddress;
import dev.ntplint.ntp.model.Restrict;
import dev.ntplint.ntp.model.RestrictTarget;
import dev.ntplint.ntp.model.Statistics;
import dev.ntplint.ntp.model.Tos;
import dev.ntplint.ntp.model.Value;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Word;
import dev.ntplint.view.AccessEntry;
import dev.ntplint.view.AccessPolicy;
import dev.ntplint.view.AddressFamily;
import dev.ntplint.view.AddressRange;
import dev.ntplint.view.KeyEntry;
import dev.ntplint.view.KeyFile;
import dev.ntplint.view.LocalFallback;
import dev.ntplint.view.PathSetting;
import dev.ntplint.view.SourceKind;
import dev.ntplint.view.TimeServiceView;
import dev.ntplint.view.TimeSource;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@link TimeServiceView} of an ntp.conf: the commands of {@link NtpConfigSet#directives()} in
 * ntpd's reading order (included files in place, {@code end} honoured), reduced to what ntpd
 * applies (the complete part of a rejected command; the command after {@code includefile}), with
 * ntpd's defaults:
 * <ul>
 *   <li>sources: {@code server}/{@code pool}/{@code peer}/{@code manycastclient} and NTPsec
 *       {@code refclock}; {@code server 127.127.T.U} is a reference clock. A pool of a host name
 *       counts the servers ntpd spins up for it: {@code tos maxclock} (10 by default) minus the
 *       associations the file makes (pools included), at least 1, shared among pools. A reference
 *       clock's refid is its {@code fudge}/{@code refid} value (first 4 characters) when given;
 *   <li>local fallback: the LOCAL driver (127.127.1.x, not {@code noselect}) serves its stratum
 *       plus one (ntpd serves the system peer's stratum + 1), its stratum being the last {@code
 *       fudge ... stratum} for its address (0..15), the {@code refclock local stratum} option, or
 *       5; a served stratum of 16 is no fallback. Its directive is the {@code fudge} line that sets the
 *       stratum, else the clock's own line; several LOCAL units give the lowest. Without it, {@code tos orphan N} (1..15) serves N
 *       in orphan mode (with a LOCAL driver selected, ntpd never enters orphan mode);
 *   <li>access: longest mask wins; flags of repeated entries for one address and mask are OR'd
 *       (NTPsec {@code unrestrict} removes them, classic {@code delrestrict} removes the entry);
 *       {@code ignore}/{@code noserve} deny time service, {@code ignore}/{@code noquery} deny
 *       monitoring. The built-in default allows everything (classic ntpd), or time service but not
 *       monitoring (NTPsec's {@code noquery limited}); the accept-either target uses classic's.
 *       {@code restrict source} (a template for association addresses) decides for no client;
 *   <li>files: the last {@code driftfile} (a bare one disables it), {@code leapfile}, {@code
 *       statsdir}, {@code keys}; the keys file as {@link NtpConfigSet#keys()} read it.
 * </ul>
 */
public final class NtpViewBuilder {

  /** ntpd's {@code tos maxclock} default. */
  public static final int DEFAULT_MAXCLOCK = 10;

  /** The LOCAL driver's compiled-in stratum (refclock_local.c). */
  public static final int LOCAL_DEFAULT_STRATUM = 5;

  /** ntpd's "unsynchronised" stratum. */
  public static final int STRATUM_UNSPEC = 16;

  private NtpViewBuilder() {}

  /** The view of {@code set}. */
  public static TimeServiceView build(NtpConfigSet set) {
    return build(set, null);
  }

  /**
   * The view of {@code set}.
   *
   * @param alsoShown if not null, shown each of the set's {@linkplain
   *     NtpConfigSet#effectiveDirectives() effective directives} in order as the view reads it:
   *     what the caller wants of every directive is done while the directive is in the cache,
   *     without a walk of its own (on a large file each walk missed the cache for every directive;
   *     issue 8, P4)
   */
  public static TimeServiceView build(NtpConfigSet set, Consumer<? super NtpDirective> alsoShown) {
    // Expanded once, by the set, for the view and the rules' facts alike: each expansion walks and
    // copies every command of every file (issue 8).
    List<NtpDirective> directives = set.effectiveDirectives();
    NtpFlavour flavour = set.main().result().config().target().flavour().orElse(NtpFlavour.CLASSIC);

    List<DirectiveSyntax> rejected = new ArrayList<>();
    for (InvalidDirective i : set.invalidDirectives()) {
      if (i.command().isPresent() && isSourceCommand(i.command().get())) {
        rejected.add(i.syntax());
      }
    }

    // Fudge and tos are applied by category in ntpd: their position does not matter. One walk of
    // the commands (a second one, for these alone, was memory-bound on a large file; issue 8, P3):
    // the sources that depend on them (pools, reference clocks) are made after it, in their
    // places.
    Map<String, Fudge> fudges = new HashMap<>();
    Map<String, Integer> fudgeStrata = new HashMap<>();
    Map<String, Fudge> fudgeStratumLines = new HashMap<>();
    int maxclock = DEFAULT_MAXCLOCK;
    Optional<Tos> orphanTos = Optional.empty();
    int orphan = STRATUM_UNSPEC;
    int associations = 0;
    int pools = 0;

    List<TimeSource> sources = new ArrayList<>();
    // The commands whose sources wait for the walk's end, and their places in the list.
    List<NtpDirective> later = new ArrayList<>();
    List<Integer> laterAt = new ArrayList<>();
    List<DirectiveSyntax> broadcasts = new ArrayList<>();
    List<DirectiveSyntax> rateLimits = new ArrayList<>();
    List<DirectiveSyntax> logs = new ArrayList<>();
    Map<NtpDirectiveKind, FileSetting> files = new LinkedHashMap<>();
    Restrictions restrictions = new Restrictions(flavour);
    for (NtpDirective d : directives) {
      if (alsoShown != null) {
        alsoShown.accept(d);
      }
      if (d instanceof Association a) {
        if (a.type() == AssociationType.BROADCAST) {
          broadcasts.add(a.syntax());
          continue;
        }
        associations++;
        boolean pool = a.type() == AssociationType.POOL && !a.address().isNumeric();
        if (pool) {
          pools++;
        }
        if (pool || a.refclock().isPresent()) {
          later.add(a);
          laterAt.add(sources.size());
          sources.add(null);
        } else {
          sources.add(association(a, 1, fudges));
        }
      } else if (d instanceof Refclock r) {
        associations++;
        later.add(r);
        laterAt.add(sources.size());
        sources.add(null);
      } else if (d instanceof Fudge f) {
        if (f.refclock().isPresent()) {
          String key = f.refclock().get().address();
          fudges.put(key, f);
          Optional<Long> stratum = integerOf(f.factor(FudgeFactor.STRATUM));
          if (stratum.isPresent()) {
            long s = stratum.get();
            if (s >= 0 && s <= 16) {
              fudgeStrata.put(key, (int) s);
              fudgeStratumLines.put(key, f);
            }
          }
        }
      } else if (d instanceof Tos t) {
        Optional<Long> mc = integerOf(t.option(TosOption.MAXCLOCK));
        if (mc.isPresent()) {
          maxclock = (int) (long) mc.get();
        }
        Optional<Long> o = integerOf(t.option(TosOption.ORPHAN));
        if (o.isPresent()) {
          orphan = (int) (long) o.get();
          orphanTos = Optional.of(t);
        }
      } else if (d instanceof Restrict r) {
        restrictions.add(r);
        if (r.command() == NtpDirectiveKind.RESTRICT && r.has(RestrictFlag.LIMITED)) {
          rateLimits.add(r.syntax());
        }
      } else if (d instanceof Statistics s && !s.options().isEmpty()) {
        logs.add(s.syntax());
      } else if (d instanceof FileSetting f) {
        switch (f.command()) {
          case DRIFTFILE, LEAPFILE, STATSDIR, KEYS -> {
            files.remove(f.command());
            files.put(f.command(), f);
          }
          default -> { }
        }
      } else if (isBroadcastClient(d)) {
        // Last: asking a command its kind makes an Optional, and restrict lines, asked before
        // they came first, are the most of a large file (issue 8).
        Word name = d.syntax().name();
        Word address = d.syntax().arguments().isEmpty() ? name : d.syntax().arguments().get(0);
        sources.add(new TimeSource(Dialect.NTP, SourceKind.BROADCAST_CLIENT, address.text(), address,
            false, false, false, OptionalInt.empty(), OptionalInt.empty(), OptionalLong.empty(),
            false, 1, Optional.empty(), d.syntax()));
      }
    }
    int poolBudget = Math.max(pools, maxclock - associations);
    LocalFallback local = null;
    int poolIndex = 0;
    // In reading order: the pools share the budget in that order, and the first of two equal
    // local clocks is the one kept.
    // The clock addresses configured so far: ntpd ignores a second line of one (a repeated source),
    // so a LOCAL clock on such a line serves nothing, whatever its options.
    Set<String> clocks = new HashSet<>();
    for (int i = 0; i < later.size(); i++) {
      NtpDirective d = later.get(i);
      TimeSource source;
      if (d instanceof Association a) {
        int maxSources = 1;
        if (a.type() == AssociationType.POOL && !a.address().isNumeric()) {
          maxSources = Math.max(1, poolBudget / pools + (poolIndex++ < poolBudget % pools ? 1 : 0));
        }
        source = association(a, maxSources, fudges);
        if (a.refclock().isPresent() && clocks.add(a.refclock().get().address())) {
          local = better(local, localClock(a.refclock().get(), source, OptionalInt.empty(),
              fudgeStrata, fudgeStratumLines));
        }
      } else {
        Refclock r = (Refclock) d;
        source = refclock(r, fudges);
        if (r.address().isPresent() && clocks.add(r.address().get().address())) {
          OptionalInt stratum = OptionalInt.empty();
          Optional<Long> s = integerOf(r.option(AssociationOption.STRATUM));
          if (s.isPresent() && s.get() >= 0 && s.get() <= 16) {
            stratum = OptionalInt.of((int) (long) s.get());
          }
          local = better(local, localClock(r.address().get(), source, stratum, fudgeStrata,
              fudgeStratumLines));
        }
      }
      sources.set(laterAt.get(i), source);
    }
    if (local == null && orphan >= 1 && orphan < STRATUM_UNSPEC && orphanTos.isPresent()) {
      local = new LocalFallback(Dialect.NTP, orphan, true, orphanTos.get().syntax());
    }

    Optional<PathSetting> drift = path(files.get(NtpDirectiveKind.DRIFTFILE));
    Optional<PathSetting> leapfile = path(files.get(NtpDirectiveKind.LEAPFILE));
    List<PathSetting> leap = leapfile.isPresent() ? List.of(leapfile.get()) : List.of();
    Optional<PathSetting> statsdir = path(files.get(NtpDirectiveKind.STATSDIR));
    Optional<PathSetting> keysSetting = path(files.get(NtpDirectiveKind.KEYS));
    Optional<KeyFile> keys = keysSetting.isPresent()
        ? Optional.of(keyFile(keysSetting.get(), set)) : Optional.empty();
    return new TimeServiceView(Dialect.NTP, set.main().result().config().file(), sources, List.of(),
        rejected, Optional.ofNullable(local), restrictions.policy(false), restrictions.policy(true),
        broadcasts, rateLimits, drift, leap, statsdir, logs, keys);
  }

  private static boolean isBroadcastClient(NtpDirective d) {
    Optional<NtpDirectiveKind> kind = d.kind();
    return kind.isPresent() && (kind.get() == NtpDirectiveKind.BROADCASTCLIENT
        || kind.get() == NtpDirectiveKind.MULTICASTCLIENT);
  }

  /** A command that adds a time source, when the daemon's parser accepts it. */
  private static boolean isSourceCommand(NtpDirectiveKind k) {
    return k == NtpDirectiveKind.SERVER || k == NtpDirectiveKind.POOL || k == NtpDirectiveKind.PEER
        || k == NtpDirectiveKind.REFCLOCK || k == NtpDirectiveKind.MANYCASTCLIENT
        || k == NtpDirectiveKind.BROADCASTCLIENT || k == NtpDirectiveKind.MULTICASTCLIENT;
  }

  static TimeSource association(Association a, int maxSources, Map<String, Fudge> fudges) {
    SourceKind kind;
    Optional<String> refid = Optional.empty();
    if (a.refclock().isPresent()) {
      kind = SourceKind.REFCLOCK;
      refid = fudgeRefid(fudges.get(a.refclock().get().address()));
    } else {
      kind = switch (a.type()) {
        case POOL -> SourceKind.POOL;
        case PEER -> SourceKind.PEER;
        case MANYCASTCLIENT -> SourceKind.BROADCAST_CLIENT;
        default -> SourceKind.SERVER;
      };
    }
    return new TimeSource(Dialect.NTP, kind, a.address().text(), a.address().word(),
        a.has(AssociationOption.IBURST), a.has(AssociationOption.PREFER),
        a.has(AssociationOption.NOSELECT), optionalInt(a.option(AssociationOption.MINPOLL)),
        optionalInt(a.option(AssociationOption.MAXPOLL)),
        optionalLong(a.option(AssociationOption.KEY)),
        a.has(AssociationOption.NTS), maxSources, refid, a.syntax());
  }

  static TimeSource refclock(Refclock r, Map<String, Fudge> fudges) {
    Optional<String> refid = refid(r.option(AssociationOption.REFID));
    if (refid.isEmpty() && r.address().isPresent()) {
      refid = fudgeRefid(fudges.get(r.address().get().address()));
    }
    String address = r.address().isPresent() ? r.address().get().address()
        : r.driverName().text();
    return new TimeSource(Dialect.NTP, SourceKind.REFCLOCK, address, r.driverName(), false,
        r.has(AssociationOption.PREFER), r.has(AssociationOption.NOSELECT),
        optionalInt(r.option(AssociationOption.MINPOLL)),
        optionalInt(r.option(AssociationOption.MAXPOLL)), OptionalLong.empty(), false, 1, refid,
        r.syntax());
  }

  private static Optional<String> fudgeRefid(Fudge f) {
    if (f == null) {
      return Optional.empty();
    }
    return refid(f.factor(FudgeFactor.REFID));
  }

  /** A refid option's value: its first 4 characters. */
  private static Optional<String> refid(Optional<? extends Option<?>> option) {
    if (option.isEmpty() || option.get().value().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(refid4(text(option.get().value().get())));
  }

  private static String refid4(String s) {
    return s.length() > 4 ? s.substring(0, 4) : s;
  }

  /** The LOCAL driver's fallback, or null for another driver or a noselect one. */
  private static LocalFallback localClock(RefclockAddress address, TimeSource source,
      OptionalInt optionStratum, Map<String, Integer> fudgeStrata, Map<String, Fudge> stratumLines) {
    if (!address.isLocalClock() || source.noselect()) {
      return null;
    }
    String key = address.address();
    int stratum = LOCAL_DEFAULT_STRATUM;
    DirectiveSyntax syntax = source.syntax();
    if (fudgeStrata.containsKey(key)) {
      stratum = fudgeStrata.get(key);
      syntax = stratumLines.get(key).syntax();
    } else if (optionStratum.isPresent()) {
      stratum = optionStratum.getAsInt();
    }
    int served = Math.min(stratum + 1, STRATUM_UNSPEC);
    if (served >= STRATUM_UNSPEC) {
      return null;
    }
    return new LocalFallback(Dialect.NTP, served, false, syntax);
  }

  /** The fallback ntpd ends up serving: the lowest stratum (the one it would select). */
  private static LocalFallback better(LocalFallback current, LocalFallback candidate) {
    if (candidate == null) {
      return current;
    }
    return current == null || candidate.stratum() < current.stratum() ? candidate : current;
  }

  private static Optional<PathSetting> path(FileSetting f) {
    if (f == null || f.path().isEmpty()) {
      return Optional.empty();
    }
    Value.TextValue value = f.path().get();
    Word word = null;
    for (Word w : f.syntax().arguments()) {
      if (w.span().start() == value.span().start()) {
        word = w;
      }
    }
    if (word == null) {
      word = f.syntax().arguments().isEmpty() ? f.syntax().name() : f.syntax().arguments().get(0);
    }
    return Optional.of(new PathSetting(f.command().keyword(), value.text(), word, f.syntax()));
  }

  private static KeyFile keyFile(PathSetting setting, NtpConfigSet set) {
    if (set.keys().isEmpty()) {
      return new KeyFile(setting, Optional.empty(), List.of());
    }
    var result = set.keys().get().result().file();
    SourceFile file = result.file();
    List<KeyEntry> keys = new ArrayList<>();
    for (NtpKey k : result.keys()) {
      String type = k.algorithm().orElse(k.type().text()).toUpperCase(Locale.ROOT);
      keys.add(new KeyEntry(k.id(), type, k.material().length() * 8, k.span()));
    }
    return new KeyFile(setting, Optional.of(file), keys);
  }

  private static OptionalInt optionalInt(Optional<? extends Option<?>> option) {
    // Without the Optional<Long>: asked twice per source (issue 8).
    if (option.isPresent() && option.get().value().orElse(null) instanceof Value.IntValue i) {
      return OptionalInt.of((int) i.value());
    }
    return OptionalInt.empty();
  }

  private static OptionalLong optionalLong(Optional<? extends Option<?>> option) {
    if (option.isPresent() && option.get().value().orElse(null) instanceof Value.IntValue i) {
      return OptionalLong.of(i.value());
    }
    return OptionalLong.empty();
  }

  private static Optional<Long> integerOf(Optional<? extends Option<?>> option) {
    return option.isPresent() ? integer(option.get()) : Optional.empty();
  }

  private static Optional<Long> integer(Option<?> option) {
    if (option.value().orElse(null) instanceof Value.IntValue i) {
      return Optional.of(i.value());
    }
    return Optional.empty();
  }

  private static String text(Value v) {
    return v instanceof Value.TextValue t ? t.text() : v.span().text();
  }

  /**
   * ntpd's restrict list: one entry per address and mask, flags OR'd across lines; turned into two
   * longest-prefix policies (time service, monitoring) at the end, so that {@code delrestrict}
   * can remove an entry.
   */
  private static final class Restrictions {
    /**
     * The {@code seq}th line read. What the entry's flags deny after this line, not a copy of the
     * flags: the policies ask only that, and a set copied per restrict line showed in the profile
     * of a large file (issue 8).
     */
    private record Line(int seq, Optional<DirectiveSyntax> syntax, List<AddressRange> ranges,
        Optional<String> host, boolean deniesService, boolean deniesMonitoring) {}

    /** One entry of the list: its flags so far, and its lines (what {@code delrestrict} removes). */
    private static final class Entry {
      final EnumSet<RestrictFlag> flags = EnumSet.noneOf(RestrictFlag.class);
      final List<Line> lines = new ArrayList<>(1);
    }

    private final NtpFlavour flavour;
    /**
     * By entry: the list of its address ranges (AddressRange's equals and hashCode are written
     * out), or "host:" and the name for a host name. The ranges' text was the key before: a string
     * built per restrict line, a visible share of the bytes of a large file (issue 8). One map,
     * one look-up per line.
     */
    private final Map<Object, Entry> entries = new HashMap<>();
    /** Every line, in reading order, removed or not. */
    private final List<Line> read = new ArrayList<>();
    /** The {@code seq} of each line that a {@code delrestrict} removed. */
    private final BitSet removed = new BitSet();
    private int seq;

    Restrictions(NtpFlavour flavour) {
      this.flavour = flavour;
    }

    void add(Restrict r) {
      if (r.target() instanceof RestrictTarget.Source) {
        return;
      }
      List<AddressRange> ranges = new ArrayList<>();
      Optional<String> host = Optional.empty();
      if (r.target() instanceof RestrictTarget.Default def) {
        if (def.family().isEmpty() || def.family().get() == dev.ntplint.ntp.model.AddressFamily.IPV4) {
          ranges.add(AddressRange.all(AddressFamily.IPV4));
        }
        if (def.family().isEmpty() || def.family().get() == dev.ntplint.ntp.model.AddressFamily.IPV6) {
          ranges.add(AddressRange.all(AddressFamily.IPV6));
        }
      } else if (r.target() instanceof RestrictTarget.Address a) {
        NtpAddress address = a.address();
        if (address.numeric().isPresent()) {
          InetAddress ip = address.numeric().get();
          int bits = ip instanceof Inet4Address ? 32 : 128;
          int prefix = bits;
          if (address.prefixLength().isPresent()) {
            if (flavour == NtpFlavour.CLASSIC) {
              return; // classic ntpd: "address/host '.../N' unusable", entry dropped
            }
            prefix = Math.min(bits, address.prefixLength().getAsInt());
          } else if (r.mask().isPresent() && r.mask().get().numeric().isPresent()) {
            byte[] mask = r.mask().get().numeric().get().getAddress();
            if (mask.length * 8 != bits) {
              return;
            }
            prefix = leadingOnes(mask);
          }
          ranges.add(AddressRange.of(ip, prefix));
        } else {
          host = Optional.of(address.text());
        }
      }
      // Immutable once, for the key and both policies: each AccessEntry copied a growable list.
      List<AddressRange> entryRanges = List.copyOf(ranges);
      Object key = ranges.isEmpty() ? "host:" + host.orElse("") : entryRanges;
      if (r.command() == NtpDirectiveKind.DELRESTRICT) {
        Entry gone = entries.remove(key);
        if (gone != null) {
          for (Line line : gone.lines) {
            removed.set(line.seq());
          }
        }
        return;
      }
      Entry entry = entries.get(key);
      if (entry == null) {
        entry = new Entry();
        entries.put(key, entry);
      }
      EnumSet<RestrictFlag> flags = entry.flags;
      for (int i = 0; i < r.flags().size(); i++) {
        Option<RestrictFlag> f = r.flags().get(i);
        if (r.command() == NtpDirectiveKind.UNRESTRICT) {
          flags.remove(f.kind());
        } else {
          flags.add(f.kind());
        }
      }
      boolean ignore = flags.contains(RestrictFlag.IGNORE);
      Line line = new Line(seq++, Optional.of(r.syntax()), entryRanges, host,
          ignore || flags.contains(RestrictFlag.NOSERVE),
          ignore || flags.contains(RestrictFlag.NOQUERY));
      entry.lines.add(line);
      read.add(line);
    }

    /** The daemon's own entry ahead of every restrict line, for either answer: made once. */
    private static final AccessEntry BUILT_IN_ALLOW = builtIn(true);
    private static final AccessEntry BUILT_IN_DENY = builtIn(false);

    private static AccessEntry builtIn(boolean allows) {
      return new AccessEntry(List.of(AddressRange.all(AddressFamily.IPV4),
          AddressRange.all(AddressFamily.IPV6)), Optional.empty(), allows, false, Optional.empty());
    }

    AccessPolicy policy(boolean monitor) {
      AccessPolicy.Builder b = AccessPolicy.builder(AccessPolicy.Matching.LONGEST_PREFIX);
      boolean builtInAllows = !monitor || flavour == NtpFlavour.CLASSIC;
      b.add(builtInAllows ? BUILT_IN_ALLOW : BUILT_IN_DENY);
      for (AddressFamily f : AddressFamily.ALL) {
        b.defaultAllow(f, builtInAllows);
      }
      for (Line line : inReadingOrder()) {
        boolean deny = monitor ? line.deniesMonitoring() : line.deniesService();
        b.add(new AccessEntry(line.ranges(), line.host(), !deny, false, line.syntax()));
      }
      return b.build();
    }

    /**
     * The lines in the order they were read, less those a {@code delrestrict} removed. Kept in
     * that order as they are read: gathering every entry's lines and sorting them showed in the
     * profile of a large file (issue 8, P4).
     */
    private List<Line> inReadingOrder() {
      if (removed.isEmpty()) {
        return read;
      }
      List<Line> kept = new ArrayList<>(read.size() - removed.cardinality());
      for (Line line : read) {
        if (!removed.get(line.seq())) {
          kept.add(line);
        }
      }
      return kept;
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
  }
}

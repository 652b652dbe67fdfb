package dev.ntplint.view.chrony;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.catalog.RefclockOption;
import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.IncludedFile;
import dev.ntplint.chrony.keys.ChronyKey;
import dev.ntplint.chrony.keys.ChronyKeys;
import dev.ntplint.chrony.model.AccessRule;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.IncludeDirective;
import dev.ntplint.chrony.model.InvalidDirective;
import dev.ntplint.chrony.model.LocalClock;
import dev.ntplint.chrony.model.LogDirective;
import dev.ntplint.chrony.model.NtpSource;
import dev.ntplint.chrony.model.Option;
import dev.ntplint.chrony.model.RateLimit;
import dev.ntplint.chrony.model.Refclock;
import dev.ntplint.chrony.model.Setting;
import dev.ntplint.chrony.model.SourceType;
import dev.ntplint.chrony.model.Subnet;
import dev.ntplint.chrony.model.Value;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.SourceFile;
import dev.ntplint.view.AccessEntry;
import dev.ntplint.view.AccessPolicy;
import dev.ntplint.view.AddressFamily;
import dev.ntplint.view.AddressRange;
import dev.ntplint.view.FileLoader;
import dev.ntplint.view.KeyEntry;
import dev.ntplint.view.KeyFile;
import dev.ntplint.view.LocalFallback;
import dev.ntplint.view.PathSetting;
import dev.ntplint.view.SourceKind;
import dev.ntplint.view.TimeServiceView;
import dev.ntplint.view.TimeSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * The {@link TimeServiceView} of a chrony configuration: the resolved tree as chronyd reads it
 * (include and confdir files in place, {@code .sources} files of sourcedir added), with chronyd's
 * defaults (no client access unless allowed; command access from localhost; pool maxsources 4,
 * clamped to 1..16; a refclock's refid defaults to the first three letters of its driver and its
 * index; a pool of a numeric address is one source). Directives chronyd rejects are left out:
 * they have their own findings.
 */
public final class ChronyViewBuilder {

  /** chronyd's pool {@code maxsources} default and the range it clamps to when it starts. */
  public static final int DEFAULT_MAXSOURCES = 4;

  /**
   * chronyd's built-in monitoring access for its own host, ahead of any cmdallow/cmddeny:
   * immutable, so made once, not parsed again for every file (issue 8, P2).
   */
  private static final AccessEntry MONITOR_LOCALHOST_V4 = new AccessEntry(
      List.of(AddressRange.parse("127.0.0.1/32")), Optional.empty(), true, false, Optional.empty());
  private static final AccessEntry MONITOR_LOCALHOST_V6 = new AccessEntry(
      List.of(AddressRange.parse("::1/128")), Optional.empty(), true, false, Optional.empty());

  private ChronyViewBuilder() {}

  /** The view of {@code tree}; the keys file is read through {@code loader}. */
  public static TimeServiceView build(ChronyConfigTree tree, FileLoader loader) {
    return build(tree, tree.directives(), loader, null);
  }

  /**
   * The view of {@code tree}, whose {@linkplain ChronyConfigTree#directives() directives} the
   * caller has already listed (the linter needs them too: one walk of the tree, not two).
   *
   * @param alsoShown if not null, shown each of {@code directives} in order as the view reads it:
   *     what the caller wants of every directive is done while the directive is in the cache,
   *     without a walk of its own (on a large file each walk missed the cache for every directive;
   *     issue 8, P4)
   */
  public static TimeServiceView build(ChronyConfigTree tree, List<ChronyDirective> directives,
      FileLoader loader, Consumer<? super ChronyDirective> alsoShown) {
    List<TimeSource> sources = new ArrayList<>();
    List<DirectiveSyntax> runtime = new ArrayList<>();
    List<DirectiveSyntax> rejected = new ArrayList<>();
    Optional<LocalFallback> local = Optional.empty();
    AccessPolicy.Builder clients = AccessPolicy.builder(AccessPolicy.Matching.NIBBLE_TABLE);
    AccessPolicy.Builder monitor = AccessPolicy.builder(AccessPolicy.Matching.NIBBLE_TABLE);
    monitor.add(MONITOR_LOCALHOST_V4);
    monitor.add(MONITOR_LOCALHOST_V6);
    List<DirectiveSyntax> broadcasts = new ArrayList<>();
    List<DirectiveSyntax> rateLimits = new ArrayList<>();
    List<DirectiveSyntax> logs = new ArrayList<>();
    Map<ChronyDirectiveKind, PathSetting> paths = new LinkedHashMap<>();
    int refclocks = 0;
    for (ChronyDirective d : directives) {
      if (alsoShown != null) {
        alsoShown.accept(d);
      }
      if (d instanceof NtpSource s) {
        sources.add(source(s));
      } else if (d instanceof Refclock r) {
        sources.add(refclock(r, refclocks++));
      } else if (d instanceof InvalidDirective i && (i.directive() == ChronyDirectiveKind.SERVER
          || i.directive() == ChronyDirectiveKind.POOL || i.directive() == ChronyDirectiveKind.PEER
          || i.directive() == ChronyDirectiveKind.REFCLOCK)) {
        rejected.add(i.syntax());
      } else if (d instanceof LocalClock l) {
        local = Optional.of(new LocalFallback(Dialect.CHRONY, l.stratum(), l.orphan(), l.syntax()));
      } else if (d instanceof AccessRule a) {
        (a.command() ? monitor : clients).add(entry(a));
      } else if (d instanceof IncludeDirective i && i.directive() == ChronyDirectiveKind.SOURCEDIR) {
        runtime.add(i.syntax());
      } else if (d instanceof RateLimit r && r.directive() == ChronyDirectiveKind.RATELIMIT) {
        rateLimits.add(r.syntax());
      } else if (d instanceof LogDirective l && !l.logs().isEmpty()) {
        logs.add(l.syntax());
      } else if (d instanceof Setting s) {
        switch (s.directive()) {
          case BROADCAST -> broadcasts.add(s.syntax());
          case DRIFTFILE, LEAPSECTZ, LEAPSECLIST, LOGDIR, KEYFILE -> {
            paths.remove(s.directive());
            paths.put(s.directive(), path(s));
          }
          default -> { }
        }
      }
    }
    for (IncludedFile file : tree.sourcesFiles()) {
      // Tested in place: no list of the sources per file (issue 8, P3).
      for (ChronyDirective d : file.result().config().directives()) {
        if (d instanceof NtpSource s) {
          sources.add(source(s));
        }
      }
    }
    List<PathSetting> leap = new ArrayList<>();
    for (Map.Entry<ChronyDirectiveKind, PathSetting> e : paths.entrySet()) {
      if (e.getKey() == ChronyDirectiveKind.LEAPSECTZ || e.getKey() == ChronyDirectiveKind.LEAPSECLIST) {
        leap.add(e.getValue());
      }
    }
    PathSetting keyfile = paths.get(ChronyDirectiveKind.KEYFILE);
    Optional<KeyFile> keys = Optional.empty();
    if (keyfile != null) {
      Optional<SourceFile> file = loader.load(keyfile.value());
      keys = Optional.of(new KeyFile(keyfile, file,
          file.isPresent() ? keys(file.get()) : List.of()));
    }
    return new TimeServiceView(Dialect.CHRONY, tree.root().file(), sources, runtime, rejected, local,
        clients.build(), monitor.build(), broadcasts, rateLimits,
        Optional.ofNullable(paths.get(ChronyDirectiveKind.DRIFTFILE)), leap,
        Optional.ofNullable(paths.get(ChronyDirectiveKind.LOGDIR)), logs, keys);
  }

  /** A keys file and the keys read from it (both immutable). */
  private record ParsedKeys(SourceFile file, List<KeyEntry> keys) {}

  /**
   * The last keys file read, by identity: the configurations of a batch name the same keys file,
   * which {@link FileLoader#once} gives as the same object each time, and parsing it again for
   * each was ~2% of a 10,000-file check (issue 8, P2). One entry, replaced as a whole.
   */
  private static volatile ParsedKeys lastKeys;

  /** The keys chronyd loads from its key file. */
  private static List<KeyEntry> keys(SourceFile file) {
    ParsedKeys last = lastKeys;
    if (last != null && last.file() == file) {
      return last.keys();
    }
    List<KeyEntry> keys = new ArrayList<>();
    for (ChronyKey k : ChronyKeys.parse(file).file().keys()) {
      keys.add(new KeyEntry(k.id(), k.typeName(), k.bits(), k.span()));
    }
    List<KeyEntry> parsed = List.copyOf(keys);
    lastKeys = new ParsedKeys(file, parsed);
    return parsed;
  }

  static TimeSource source(NtpSource s) {
    SourceKind kind = switch (s.type()) {
      case SERVER -> SourceKind.SERVER;
      case POOL -> SourceKind.POOL;
      case PEER -> SourceKind.PEER;
    };
    // One pass over the options (the last of each valued one is the one chronyd uses), not a
    // scan per option asked for (issue 8, P3).
    boolean iburst = false;
    boolean prefer = false;
    boolean noselect = false;
    boolean nts = false;
    Option<SourceOption> minpoll = null;
    Option<SourceOption> maxpoll = null;
    Option<SourceOption> key = null;
    Option<SourceOption> maxsources = null;
    List<Option<SourceOption>> options = s.options();
    for (int i = 0; i < options.size(); i++) {
      Option<SourceOption> option = options.get(i);
      switch (option.kind()) {
        case IBURST -> iburst = true;
        case PREFER -> prefer = true;
        case NOSELECT -> noselect = true;
        case NTS -> nts = true;
        case MINPOLL -> minpoll = option;
        case MAXPOLL -> maxpoll = option;
        case KEY -> key = option;
        case MAXSOURCES -> maxsources = option;
        default -> { }
      }
    }
    int maxSources = 1;
    if (s.type() == SourceType.POOL && numericAddress(s.host().text()).isEmpty()) {
      Value.IntValue written = intValue(maxsources);
      maxSources = written == null ? DEFAULT_MAXSOURCES
          : (int) Math.max(1, Math.min(16, written.value()));
    }
    Value.IntValue keyId = intValue(key);
    return new TimeSource(Dialect.CHRONY, kind, s.host().text(), s.host(), iburst, prefer, noselect,
        optionalInt(minpoll), optionalInt(maxpoll),
        keyId == null ? OptionalLong.empty() : OptionalLong.of(keyId.value()),
        nts, maxSources, Optional.empty(), s.syntax());
  }

  /**
   * The option's integer value, null when the option is absent or its value is not an integer.
   * Without Optional chains: their boxes were made for every option of every source (issue 8, P3).
   */
  private static Value.IntValue intValue(Option<?> option) {
    return option != null && option.valueOrNull() instanceof Value.IntValue i ? i : null;
  }

  static TimeSource refclock(Refclock r, int index) {
    String written = writtenRefid(r);
    String refid = written != null ? written : defaultRefid(r.driver().text(), index);
    return new TimeSource(Dialect.CHRONY, SourceKind.REFCLOCK,
        r.driver().text() + " " + r.parameter().text(), r.driver(), false,
        r.has(RefclockOption.PREFER), r.has(RefclockOption.NOSELECT), OptionalInt.empty(),
        OptionalInt.empty(), OptionalLong.empty(), false, 1, Optional.of(refid), r.syntax());
  }

  /** The refid {@code r}'s last {@code refid} option gives, or null when it has none. */
  public static String writtenRefid(Refclock r) {
    Optional<Option<RefclockOption>> option = r.option(RefclockOption.REFID);
    Value written = option.isPresent() ? option.get().valueOrNull() : null;
    return written != null ? text(written) : null;
  }

  /** chronyd's default refid: {@code "%3.3s%d"} of the driver name and the refclock's index mod 10. */
  public static String defaultRefid(String driver, int index) {
    return (driver.length() > 3 ? driver.substring(0, 3) : driver) + (index % 10);
  }

  /**
   * The ranges are built as immutable lists, which AccessEntry's {@code List.copyOf} keeps as they
   * are: an ArrayList was copied for every allow/deny line (2% of linting a large file; issue 8).
   */
  private static AccessEntry entry(AccessRule a) {
    List<AddressRange> ranges = List.of();
    Optional<String> host = Optional.empty();
    if (a.subnet().isEmpty()) {
      ranges = List.of(AddressRange.all(AddressFamily.IPV4), AddressRange.all(AddressFamily.IPV6));
    } else {
      Subnet subnet = a.subnet().get();
      if (subnet.address().isPresent()) {
        InetAddress address = subnet.address().get();
        int bits = address instanceof java.net.Inet4Address ? 32 : 128;
        if (subnet.prefixLength() <= bits) {
          ranges = List.of(AddressRange.of(address, subnet.prefixLength()));
        }
      } else {
        host = Optional.of(subnet.hostName().orElse(subnet.text()));
      }
    }
    return new AccessEntry(ranges, host, a.allow(), a.all(), Optional.of(a.syntax()));
  }

  private static PathSetting path(Setting s) {
    return new PathSetting(s.directive().keyword(), s.text(), s.syntax().arguments().get(0), s.syntax());
  }

  private static OptionalInt optionalInt(Option<?> option) {
    Value.IntValue value = intValue(option);
    return value == null ? OptionalInt.empty() : OptionalInt.of((int) value.value());
  }

  /** A value as text: a text value's own text, a number as written. */
  public static String text(Value v) {
    return v instanceof Value.TextValue t ? t.text() : v.span().text();
  }

  /**
   * True when {@code host} looks like a numeric address, {@code [0-9.]+} or {@code
   * [0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*}: only such words go to InetAddress, which would otherwise look a
   * name up. A loop over the characters, not a regex: a matcher per pool line and per rule that
   * asks was 2.3% of linting a large file (issue 8, P3).
   */
  static boolean looksNumeric(String host) {
    boolean digitsAndDots = !host.isEmpty();
    boolean colon = false;
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c == ':') {
        colon = true;
        digitsAndDots = false;
      } else if ((c < '0' || c > '9') && c != '.') {
        if ((c < 'a' || c > 'f') && (c < 'A' || c > 'F')) {
          return false;
        }
        digitsAndDots = false;
      }
    }
    return digitsAndDots || colon;
  }

  /** A numeric IPv4 or IPv6 address, when {@code host} is one. */
  public static Optional<InetAddress> numericAddress(String host) {
    if (!looksNumeric(host)) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(host));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

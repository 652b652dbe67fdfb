package dev.ntplint.rules;

import dev.ntplint.diag.Suggestions;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.builtin.BuiltinRules;
import dev.ntplint.rules.builtin.DiagnosticRule;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules ntplint knows: the built-in catalogue, the parser diagnostic codes as rules, and rules
 * from {@link RuleProvider} plugins found with {@link ServiceLoader}. Ids and names are unique
 * across all of them (ids compared case-insensitively).
 *
 * <p>The built-in rules that check one dialect only are instantiated when first needed: by
 * {@link #rulesFor} that dialect, or by anything that needs every rule ({@link #rules}, {@link
 * #suggest}, a {@link #find} of a name not yet known). A check of one chrony.conf then never loads
 * the ntp.conf rules' classes, nor an ntp.conf check chrony's (issue 8, P1). Every answer is the
 * one a registry of every rule gives. Thread-safe: the rules known so far are an immutable
 * snapshot, replaced as a whole when more are instantiated.
 */
public final class RuleRegistry {

  /** The rules instantiated so far, sorted, and their keys; never changed once published. */
  private static final class Known {
    final List<Rule> rules;
    final Map<String, Rule> byKey;
    /** The dialects whose {@link #dialectOnly} rules are among {@link #rules}. */
    final Set<Dialect> dialects;

    Known(List<Rule> rules, Map<String, Rule> byKey, Set<Dialect> dialects) {
      this.rules = rules;
      this.byKey = byKey;
      this.dialects = dialects;
    }
  }

  /** The rules that check only the given dialect, instantiated on demand; see the class comment. */
  private final Function<Dialect, List<Rule>> dialectOnly;
  private volatile Known known;

  private RuleRegistry(List<Rule> rules, Function<Dialect, List<Rule>> dialectOnly,
      Set<Dialect> loaded) {
    this.dialectOnly = dialectOnly;
    Set<Dialect> dialects = Collections.unmodifiableSet(loaded);
    this.known = with(new Known(List.of(), Map.of(), dialects), rules, dialects);
  }

  /**
   * {@code known} and {@code more} rules, sorted and keyed; a clash of ids or names throws. The
   * keys are put in the order of the sorted rules, as a registry of every rule always put them,
   * so that "did you mean" picks the same key among equally close ones.
   */
  private static Known with(Known known, List<Rule> more, Set<Dialect> dialects) {
    List<Rule> sorted = new ArrayList<>(known.rules);
    sorted.addAll(more);
    sorted.sort(CATALOGUE_FIRST_BY_ID);
    // Keyed on Rule.id() and name(), not metadata(): the parser diagnostic rules build their
    // metadata only when something reads it, and a plain check reads almost none of it.
    Map<String, Rule> byKey = new HashMap<>();
    for (Rule rule : sorted) {
      putKey(byKey, rule.id().toUpperCase(Locale.ROOT), rule);
      putKey(byKey, rule.name(), rule);
    }
    return new Known(List.copyOf(sorted), byKey, dialects);
  }

  /** No built-in rule is instantiated later: they are all among the rules given. */
  private static final Function<Dialect, List<Rule>> NONE_LATER = new Function<>() {
    @Override
    public List<Rule> apply(Dialect dialect) {
      return List.of();
    }
  };

  /** The built-in rules of one dialect (a class, not a method reference: see the comparator). */
  private static final Function<Dialect, List<Rule>> BUILTIN_DIALECT_ONLY = new Function<>() {
    @Override
    public List<Rule> apply(Dialect dialect) {
      return builtinOnlyFor(dialect);
    }
  };

  /**
   * The NTP catalogue first, then the other rules; by id within each. A named class, not
   * Comparator.comparing(lambda).thenComparing(Rule::id): every start builds a registry, and each
   * lambda or method reference is an invokedynamic call site linked on first use, in the
   * interpreter (issue 8, start-up).
   */
  private static final Comparator<Rule> CATALOGUE_FIRST_BY_ID = new Comparator<>() {
    @Override
    public int compare(Rule a, Rule b) {
      boolean aCatalogue = a.id().startsWith("NTP");
      if (aCatalogue != b.id().startsWith("NTP")) {
        return aCatalogue ? -1 : 1;
      }
      return a.id().compareTo(b.id());
    }
  };

  private static void putKey(Map<String, Rule> byKey, String key, Rule rule) {
    Rule clash = byKey.putIfAbsent(key, rule);
    if (clash != null) {
      throw new IllegalStateException("rule " + rule.id() + " (" + rule.name() + ", "
          + rule.getClass().getName() + ") clashes with " + clash.id() + " ("
          + clash.name() + ", " + clash.getClass().getName() + ") on `" + key + "`");
    }
  }

  /** Exactly these rules (for tests and embedding). */
  public static RuleRegistry of(List<? extends Rule> rules) {
    return new RuleRegistry(new ArrayList<>(rules), NONE_LATER, EnumSet.allOf(Dialect.class));
  }

  /**
   * These rules, and for each dialect the rules {@code dialectOnly} gives, instantiated when
   * first needed (tests; {@link #builtin} with the built-in ones).
   */
  static RuleRegistry withDialectRulesLater(List<? extends Rule> rules,
      Function<Dialect, List<Rule>> dialectOnly) {
    return new RuleRegistry(new ArrayList<>(rules), dialectOnly, EnumSet.noneOf(Dialect.class));
  }

  /** The built-in rules and the diagnostic codes of both dialects (each dialect's when needed). */
  public static RuleRegistry builtin() {
    return withDialectRulesLater(builtinForBothDialects(), BUILTIN_DIALECT_ONLY);
  }

  /** The built-in rules plus every {@link RuleProvider} visible to {@code loader}. */
  public static RuleRegistry withPlugins(ClassLoader loader) {
    if (onlyNtplintVisibleTo(loader)) {
      return builtin();
    }
    // Plugins: every rule at once, so that a plugin's clash with any built-in rule is refused
    // here, as it always was.
    List<Rule> all = builtinForBothDialects();
    for (Dialect dialect : Dialect.values()) {
      all.addAll(builtinOnlyFor(dialect));
    }
    for (RuleProvider provider : ServiceLoader.load(RuleProvider.class, loader)) {
      all.addAll(provider.rules());
    }
    return of(all);
  }

  /** The built-in rules that check both dialects. */
  private static List<Rule> builtinForBothDialects() {
    return new ArrayList<>(BuiltinRules.forBothDialects());
  }

  /**
   * The built-in rules of one dialect and its diagnostic codes: instantiated when a file of that
   * dialect is first linted (a check of one chrony.conf made ~90 ntp.conf code rules, ~1 ms of
   * its start, issue 8, P1).
   */
  private static List<Rule> builtinOnlyFor(Dialect dialect) {
    List<Rule> rules = new ArrayList<>(BuiltinRules.onlyFor(dialect));
    rules.addAll(dialect == Dialect.CHRONY ? DiagnosticRule.chrony() : DiagnosticRule.ntp());
    return rules;
  }

  /**
   * True when {@code loader} can see no class but ntplint's own (and the JDK's), so that no
   * plugin can be found: it is the system class loader, there is no module path and no class
   * loader of the user's, and the class path is the one jar (or directory) this class came from,
   * as when the launcher runs {@code java -jar ntplint.jar}. ntplint's own build output lists no
   * {@link RuleProvider} ({@code RuleRegistryPluginLookupTest} checks it).
   *
   * <p>Why: the {@link ServiceLoader} look-up opens and indexes the jar from Java code (the JVM
   * maps the classes themselves from the AppCDS archive), 9-14 ms of a start-up of ~100 ms of
   * main-thread work, for a plugin that cannot be there (issue 8, P1). A plugin is put on the
   * class path ({@code java -cp ntplint.jar:plugin.jar ...}) or the module path, and either makes
   * this false. Not covered: a plugin appended to the boot class path
   * ({@code -Xbootclasspath/a}), which the JDK does not report.
   */
  static boolean onlyNtplintVisibleTo(ClassLoader loader) {
    CodeSource own = RuleRegistry.class.getProtectionDomain().getCodeSource();
    return onlyOwnClassPath(loader == ClassLoader.getSystemClassLoader(), System.getProperties(),
        own == null ? null : own.getLocation());
  }

  /**
   * {@link #onlyNtplintVisibleTo} from its inputs: whether the loader is the system class loader,
   * the system properties, and where ntplint's classes were loaded from (null if unknown).
   */
  static boolean onlyOwnClassPath(boolean systemLoader, Properties system, URL ownLocation) {
    String classPath = system.getProperty("java.class.path", "");
    if (!systemLoader || ownLocation == null
        || system.getProperty("java.system.class.loader") != null
        || system.getProperty("jdk.module.path") != null
        || classPath.isEmpty() || classPath.contains(File.pathSeparator)) {
      return false;
    }
    try {
      return Path.of(ownLocation.toURI()).equals(Path.of(classPath).toAbsolutePath().normalize());
    } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
      return false;
    }
  }

  /** Every rule: the NTP catalogue by id, then the others by id. */
  public List<Rule> rules() {
    return knowing(EnumSet.allOf(Dialect.class)).rules;
  }

  /**
   * Every rule that may check files of {@code dialect}, in the order of {@link #rules()}; rules
   * of other dialects may be among them (the caller asks each rule {@link Rule#checks}).
   */
  public List<Rule> rulesFor(Dialect dialect) {
    return knowing(EnumSet.of(dialect)).rules;
  }

  /** The rule with this id ({@code NTP101}, any case) or name ({@code single-source}). */
  public Optional<Rule> find(String idOrName) {
    Rule rule = find(known, idOrName);
    if (rule == null) {
      rule = find(knowing(EnumSet.allOf(Dialect.class)), idOrName);
    }
    return Optional.ofNullable(rule);
  }

  private static Rule find(Known known, String idOrName) {
    Rule rule = known.byKey.get(idOrName);
    return rule != null ? rule : known.byKey.get(idOrName.toUpperCase(Locale.ROOT));
  }

  /** The closest id or name to an unknown one, for "did you mean". */
  public Optional<String> suggest(String unknown) {
    return Suggestions.closest(unknown, knowing(EnumSet.allOf(Dialect.class)).byKey.keySet());
  }

  /** The rules known once those of {@code dialects} are instantiated (each dialect's once). */
  private Known knowing(Set<Dialect> dialects) {
    Known now = known;
    if (now.dialects.containsAll(dialects)) {
      return now;
    }
    synchronized (this) {
      now = known;
      for (Dialect dialect : dialects) {
        if (!now.dialects.contains(dialect)) {
          Set<Dialect> loaded = EnumSet.of(dialect);
          loaded.addAll(now.dialects);
          now = with(now, dialectOnly.apply(dialect), Collections.unmodifiableSet(loaded));
          known = now;
        }
      }
      return now;
    }
  }
}

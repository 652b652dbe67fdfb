package dev.ntplint.rules;

import dev.ntplint.diag.Suggestions;
import dev.ntplint.rules.builtin.BuiltinRules;
import dev.ntplint.rules.builtin.DiagnosticRule;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * The rules ntplint knows: the built-in catalogue, the parser diagnostic codes as rules, and rules
 * from {@link RuleProvider} plugins found with {@link ServiceLoader}. Ids and names are unique
 * across all of them (ids compared case-insensitively).
 */
public final class RuleRegistry {

  private final List<Rule> rules;
  private final Map<String, Rule> byKey = new HashMap<>();

  private RuleRegistry(List<Rule> rules) {
    List<Rule> sorted = new ArrayList<>(rules);
    // Keyed on Rule.id() and name(), not metadata(): the parser diagnostic rules build their
    // metadata only when something reads it, and a plain check reads almost none of it.
    sorted.sort(CATALOGUE_FIRST_BY_ID);
    for (Rule rule : sorted) {
      putKey(rule.id().toUpperCase(Locale.ROOT), rule);
      putKey(rule.name(), rule);
    }
    this.rules = List.copyOf(sorted);
  }

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

  private void putKey(String key, Rule rule) {
    Rule clash = byKey.putIfAbsent(key, rule);
    if (clash != null) {
      throw new IllegalStateException("rule " + rule.id() + " (" + rule.name() + ", "
          + rule.getClass().getName() + ") clashes with " + clash.id() + " ("
          + clash.name() + ", " + clash.getClass().getName() + ") on `" + key + "`");
    }
  }

  /** Exactly these rules (for tests and embedding). */
  public static RuleRegistry of(List<? extends Rule> rules) {
    return new RuleRegistry(new ArrayList<>(rules));
  }

  /** The built-in rules and the diagnostic codes of both dialects. */
  public static RuleRegistry builtin() {
    List<Rule> all = new ArrayList<>(BuiltinRules.all());
    all.addAll(DiagnosticRule.chrony());
    all.addAll(DiagnosticRule.ntp());
    return new RuleRegistry(all);
  }

  /** The built-in rules plus every {@link RuleProvider} visible to {@code loader}. */
  public static RuleRegistry withPlugins(ClassLoader loader) {
    List<Rule> all = new ArrayList<>(BuiltinRules.all());
    all.addAll(DiagnosticRule.chrony());
    all.addAll(DiagnosticRule.ntp());
    if (!onlyNtplintVisibleTo(loader)) {
      for (RuleProvider provider : ServiceLoader.load(RuleProvider.class, loader)) {
        all.addAll(provider.rules());
      }
    }
    return new RuleRegistry(all);
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
    return rules;
  }

  /** The rule with this id ({@code NTP101}, any case) or name ({@code single-source}). */
  public Optional<Rule> find(String idOrName) {
    Rule rule = byKey.get(idOrName);
    if (rule == null) {
      rule = byKey.get(idOrName.toUpperCase(Locale.ROOT));
    }
    return Optional.ofNullable(rule);
  }

  /** The closest id or name to an unknown one, for "did you mean". */
  public Optional<String> suggest(String unknown) {
    return Suggestions.closest(unknown, byKey.keySet());
  }
}

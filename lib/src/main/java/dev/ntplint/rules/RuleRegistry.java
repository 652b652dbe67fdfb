package dev.ntplint.rules;

import dev.ntplint.diag.Suggestions;
import dev.ntplint.rules.builtin.BuiltinRules;
import dev.ntplint.rules.builtin.DiagnosticRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    for (RuleProvider provider : ServiceLoader.load(RuleProvider.class, loader)) {
      all.addAll(provider.rules());
    }
    return new RuleRegistry(all);
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

package dev.ntplint.rules;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The option values of one rule: configured values checked against the metadata, else defaults. */
public final class RuleOptions {

  private final RuleMetadata metadata;
  /** Whose metadata is read on the first look-up when {@link #metadata} is null. */
  private final Rule owner;
  private final Map<String, Object> values;

  /** {@code values} must already be checked ({@link RuleOption#accept}). */
  public RuleOptions(RuleMetadata rule, Map<String, Object> values) {
    this.metadata = Objects.requireNonNull(rule, "rule");
    this.owner = null;
    this.values = Map.copyOf(values);
  }

  /**
   * The options of {@code rule}, whose metadata is read only when an option is looked up: the
   * engine gives every rule its options, and most rules have none (issue 8, start-up).
   */
  RuleOptions(Rule rule, Map<String, Object> values) {
    this.metadata = null;
    this.owner = Objects.requireNonNull(rule, "rule");
    this.values = Map.copyOf(values);
  }

  public static RuleOptions defaults(RuleMetadata rule) {
    return new RuleOptions(rule, Map.of());
  }

  private Object raw(String name) {
    RuleMetadata rule = metadata != null ? metadata : owner.metadata();
    Optional<RuleOption> declared = rule.option(name);
    if (declared.isEmpty()) {
      throw new IllegalArgumentException(rule.id() + " has no option " + name);
    }
    RuleOption option = declared.get();
    Object value = values.get(name);
    return value != null ? value : option.defaultValue();
  }

  public int integer(String name) {
    return (Integer) raw(name);
  }

  public double number(String name) {
    return (Double) raw(name);
  }

  public boolean bool(String name) {
    return (Boolean) raw(name);
  }

  public String string(String name) {
    return (String) raw(name);
  }

  /** The configured values only (no defaults). */
  public Map<String, Object> configured() {
    return values;
  }
}

package dev.ntplint.rules;

import java.util.Objects;

/**
 * One option a rule accepts in {@code .ntplint.yaml} ({@code rules: {single-source: {options:
 * {min-sources: 4}}}}), with its type and default; values are checked against it when the
 * configuration is read.
 *
 * @param name kebab-case option name
 * @param type the value type
 * @param defaultValue the value when not configured (an Integer, Double, Boolean or String; a
 *     Long or Short that fits is kept as an Integer, any Number of a NUMBER option as a Double)
 * @param description one sentence for the documentation
 */
public record RuleOption(String name, Type type, Object defaultValue, String description) {

  /** The value types an option can have. */
  public enum Type {
    INTEGER, NUMBER, BOOLEAN, STRING;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public RuleOption {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(description, "description");
    // The rule names' check, written out: a regular expression here was compiled for every
    // option of the catalogue on every start (issue 8, start-up).
    if (!RuleMetadata.isName(name)) {
      throw new IllegalArgumentException("option name must be kebab-case: " + name);
    }
    Object coerced = coerce(type, defaultValue);
    if (coerced == null) {
      throw new IllegalArgumentException("default of " + name + " is not a " + type.label());
    }
    // Kept as the type's own value, as accept() makes of a configured one: a rule then reads its
    // default without converting it again on every lint (issue 8).
    defaultValue = coerced;
  }

  public static RuleOption integer(String name, int defaultValue, String description) {
    return new RuleOption(name, Type.INTEGER, defaultValue, description);
  }

  public static RuleOption number(String name, double defaultValue, String description) {
    return new RuleOption(name, Type.NUMBER, defaultValue, description);
  }

  public static RuleOption bool(String name, boolean defaultValue, String description) {
    return new RuleOption(name, Type.BOOLEAN, defaultValue, description);
  }

  public static RuleOption string(String name, String defaultValue, String description) {
    return new RuleOption(name, Type.STRING, defaultValue, description);
  }

  /**
   * The value converted to this option's type (an int for INTEGER, a double for NUMBER...), or
   * null when it does not fit.
   */
  public Object accept(Object value) {
    return coerce(type, value);
  }

  private static Object coerce(Type type, Object value) {
    switch (type) {
      case INTEGER:
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
          long l = ((Number) value).longValue();
          return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? (int) l : null;
        }
        return null;
      case NUMBER:
        return value instanceof Number n ? n.doubleValue() : null;
      case BOOLEAN:
        return value instanceof Boolean ? value : null;
      case STRING:
        return value instanceof String ? value : null;
      default:
        return null;
    }
  }
}

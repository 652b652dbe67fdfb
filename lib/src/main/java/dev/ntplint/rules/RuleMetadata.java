package dev.ntplint.rules;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything about a rule except its check: the one record that drives {@code ntplint rules},
 * {@code ntplint explain}, the documentation pages, SARIF {@code tool.driver.rules} and the
 * configuration.
 *
 * @param id stable opaque identifier ({@code NTP101}); never reused for another meaning
 * @param name stable kebab-case name ({@code single-source}); accepted wherever an id is
 * @param dialects the configuration languages the rule checks
 * @param defaultSeverity error: breaks time service or opens the host; warning: a real risk;
 *     info: advice
 * @param category the family, for listings and docs
 * @param tags free-form tags (SARIF {@code properties.tags}); {@code security} marks rules whose
 *     findings are security problems
 * @param fixable whether findings carry a fix, and of which kind
 * @param scope whether the rule needs the whole configuration
 * @param shortDescription one line, no final period (SARIF shortDescription, rule listings)
 * @param fullDescription what the daemon does and why it matters, in Markdown, grounded in the
 *     daemon's behaviour; the body of the docs page and of {@code ntplint explain}
 * @param options the options the rule accepts in {@code .ntplint.yaml}
 * @param supersedes parse-diagnostic codes this rule explains better: a diagnostic with one of
 *     these codes at exactly the span of one of this rule's findings is dropped
 */
public record RuleMetadata(
    String id,
    String name,
    Set<Dialect> dialects,
    Severity defaultSeverity,
    Category category,
    List<String> tags,
    Fixability fixable,
    Scope scope,
    String shortDescription,
    String fullDescription,
    List<RuleOption> options,
    Set<String> supersedes) {

  /*
   * The id and name checks are written out rather than as regular expressions: every rule of the
   * catalogue is checked on every start-up, where matching ~100 ids and names with
   * java.util.regex in the interpreter was a visible part of a short run (issue 8).
   */

  /** {@code [A-Z][A-Z0-9]*[0-9]{3}}. */
  static boolean isId(String id) {
    int n = id.length();
    if (n < 4 || !isUpper(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = id.charAt(i);
      if (!(isDigit(c) || (i < n - 3 && isUpper(c)))) {
        return false;
      }
    }
    return true;
  }

  /** {@code [a-z][a-z0-9]*(-[a-z0-9]+)*}. */
  static boolean isName(String name) {
    int n = name.length();
    if (n == 0 || !isLower(name.charAt(0)) || name.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = name.charAt(i);
      if (c == '-' ? name.charAt(i - 1) == '-' : !(isLower(c) || isDigit(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Where the rule pages are published: the docs/rules folder of the repository. */
  public static final String DOCS_BASE_URI =
      "https://github.com/ntplint/ntplint/blob/main/docs/rules/";

  public RuleMetadata {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(fixable, "fixable");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(shortDescription, "shortDescription");
    Objects.requireNonNull(fullDescription, "fullDescription");
    if (!isId(id)) {
      throw new IllegalArgumentException("rule id must look like NTP101: " + id);
    }
    if (!isName(name)) {
      throw new IllegalArgumentException("rule name must be kebab-case: " + name);
    }
    if (dialects.isEmpty()) {
      throw new IllegalArgumentException(id + ": a rule checks at least one dialect");
    }
    if (shortDescription.isBlank() || shortDescription.length() > 1024
        || shortDescription.endsWith(".") || shortDescription.contains("\n")) {
      throw new IllegalArgumentException(id + ": the short description is one line of at most"
          + " 1024 characters without a final period");
    }
    if (fullDescription.isBlank()) {
      throw new IllegalArgumentException(id + ": the full description is required");
    }
    dialects = Collections.unmodifiableSet(EnumSet.copyOf(dialects));
    tags = List.copyOf(tags);
    options = List.copyOf(options);
    supersedes = Set.copyOf(supersedes);
  }

  /** Starts a metadata record; the builder checks the same constraints when built. */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /** The documentation page, relative to the repository root. */
  public String docsPath() {
    return "docs/rules/" + name + ".md";
  }

  /** The documentation page as a URL (SARIF helpUri). */
  public String helpUri() {
    return DOCS_BASE_URI + name + ".md";
  }

  /** The option called {@code optionName}, if the rule has one. */
  public Optional<RuleOption> option(String optionName) {
    for (RuleOption o : options) {
      if (o.name().equals(optionName)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  public boolean checks(Dialect dialect) {
    return dialects.contains(dialect);
  }

  /** True for rules whose findings are security problems (tag {@code security}). */
  public boolean security() {
    return tags.contains("security");
  }

  /** Builds a {@link RuleMetadata}; every field but id and name has a sensible default. */
  public static final class Builder {
    private final String id;
    private final String name;
    private Set<Dialect> dialects = EnumSet.of(Dialect.CHRONY);
    private Severity severity = Severity.WARNING;
    private Category category = Category.SYNTAX;
    private final List<String> tags = new ArrayList<>();
    private Fixability fixable = Fixability.NONE;
    private Scope scope = Scope.DIRECTIVE;
    private String shortDescription;
    private String fullDescription;
    private final List<RuleOption> options = new ArrayList<>();
    private final Set<String> supersedes = new java.util.LinkedHashSet<>();

    private Builder(String id, String name) {
      this.id = id;
      this.name = name;
    }

    public Builder dialects(Dialect first, Dialect... rest) {
      this.dialects = EnumSet.of(first, rest);
      return this;
    }

    /** The dialects as a set (not empty). */
    public Builder dialects(Set<Dialect> dialects) {
      this.dialects = EnumSet.copyOf(dialects);
      return this;
    }

    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    public Builder category(Category category) {
      this.category = category;
      return this;
    }

    public Builder tags(String... tags) {
      this.tags.addAll(List.of(tags));
      return this;
    }

    public Builder fixable(Fixability fixable) {
      this.fixable = fixable;
      return this;
    }

    public Builder scope(Scope scope) {
      this.scope = scope;
      return this;
    }

    public Builder summary(String shortDescription) {
      this.shortDescription = shortDescription;
      return this;
    }

    public Builder description(String fullDescription) {
      this.fullDescription = fullDescription;
      return this;
    }

    public Builder option(RuleOption option) {
      this.options.add(option);
      return this;
    }

    public Builder supersedes(String... codes) {
      this.supersedes.addAll(List.of(codes));
      return this;
    }

    public RuleMetadata build() {
      return new RuleMetadata(id, name, dialects, severity, category, tags, fixable, scope,
          shortDescription, fullDescription, options, supersedes);
    }
  }
}

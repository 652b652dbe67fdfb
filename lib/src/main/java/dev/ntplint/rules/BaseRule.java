package dev.ntplint.rules;

import dev.ntplint.dialect.Dialect;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A rule holding its metadata; subclasses implement {@link #check}. The built-in rules declare
 * their identity (id, name, scope, dialects) in the constructor and build the rest of their
 * metadata on first use, in {@link #describe}; a rule may also pass ready metadata.
 *
 * <p>Why lazily: every start instantiates the whole catalogue, but a check of one file reads the
 * full metadata (descriptions, options) only of the rules that run on its dialect, and the engine
 * selects them from the identity alone (issue 8, start-up time).
 */
public abstract class BaseRule implements Rule {

  private final String id;
  private final String name;
  private final Scope scope;
  private final Set<Dialect> dialects;
  private volatile RuleMetadata metadata;

  /** A rule with ready metadata. */
  protected BaseRule(RuleMetadata metadata) {
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.id = metadata.id();
    this.name = metadata.name();
    this.scope = metadata.scope();
    this.dialects = metadata.dialects();
  }

  /** A rule whose metadata {@link #describe} builds on first use. */
  protected BaseRule(String id, String name, Scope scope, Dialect first, Dialect... rest) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.dialects = EnumSet.of(first, rest);
  }

  /**
   * The rest of the rule's metadata: severity, category, documentation, options... on a builder
   * that already holds the constructor's id, name, scope and dialects (which it must not change).
   * Called once, by the first {@link #metadata()}; only for rules created without metadata, which
   * must override it.
   */
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    throw new IllegalStateException("rule " + id + " was created without metadata and does not"
        + " describe itself");
  }

  @Override
  public final RuleMetadata metadata() {
    RuleMetadata built = metadata;
    if (built == null) {
      synchronized (this) {
        built = metadata;
        if (built == null) {
          built = describe(RuleMetadata.builder(id, name).dialects(dialects).scope(scope)).build();
          if (!built.dialects().equals(dialects) || built.scope() != scope) {
            throw new IllegalStateException("rule " + id + " describes other dialects or another"
                + " scope than its constructor declares");
          }
          metadata = built;
        }
      }
    }
    return built;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final boolean checks(Dialect dialect) {
    return dialects.contains(dialect);
  }

  @Override
  public final Scope scope() {
    return scope;
  }
}

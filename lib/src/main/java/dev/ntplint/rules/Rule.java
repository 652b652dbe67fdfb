package dev.ntplint.rules;

import dev.ntplint.dialect.Dialect;

/**
 * A check. Implementations are stateless (one instance serves every file, possibly from several
 * threads) and report through the context; they never throw for bad content.
 *
 * <p>A rule that is the same idea for both daemons reads {@link RuleContext#view()}; a rule about
 * one dialect's syntax reads that dialect's model ({@link RuleContext#chrony()}). The engine runs a
 * rule only on files of the dialects it {@linkplain #checks checks}, and a {@link
 * Scope#CONFIGURATION} rule only on a main configuration file. See {@link RuleProvider} to add
 * rules from another jar.
 */
public interface Rule {

  /** The rule's identity and documentation; the same object every time. */
  RuleMetadata metadata();

  /**
   * {@code metadata().id()}. A rule whose metadata is costly to build may answer without building
   * it: the registry keys every rule on its id and name at each start, while most rules' full
   * metadata is only read when they run or report (issue 8, start-up time).
   */
  default String id() {
    return metadata().id();
  }

  /** {@code metadata().name()}; see {@link #id()}. */
  default String name() {
    return metadata().name();
  }

  /**
   * {@code metadata().checks(dialect)}: whether the engine runs this rule on files of {@code
   * dialect}. The engine selects rules with this and {@link #scope()}, so a rule that builds its
   * metadata lazily ({@link BaseRule}) builds it only when it runs.
   */
  default boolean checks(Dialect dialect) {
    return metadata().checks(dialect);
  }

  /** {@code metadata().scope()}; see {@link #checks(Dialect)}. */
  default Scope scope() {
    return metadata().scope();
  }

  /** Looks at the configuration and reports findings through {@code context}. */
  void check(RuleContext context);
}

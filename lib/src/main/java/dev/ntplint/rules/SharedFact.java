package dev.ntplint.rules;

/**
 * How to compute a fact about the configuration being linted, for {@link RuleContext#shared}. The
 * instance is the fact's identity: declare each one once, as a constant.
 *
 * @param <T> the fact's type; an immutable (or never modified) value
 */
@FunctionalInterface
public interface SharedFact<T> {

  /** Computes the fact from the configuration {@code context} sees. */
  T compute(RuleContext context);
}

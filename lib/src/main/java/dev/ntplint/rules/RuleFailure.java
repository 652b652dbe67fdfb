package dev.ntplint.rules;

/** A rule threw: a bug in the rule, reported with the rule and the file instead of a stack trace. */
public final class RuleFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuleFailure(String ruleId, String file, RuntimeException cause) {
    super("rule " + ruleId + " failed on " + file + ": " + cause, cause);
  }
}

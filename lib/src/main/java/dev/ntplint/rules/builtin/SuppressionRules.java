package dev.ntplint.rules.builtin;

import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.Rule;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;

/**
 * The rules about ntplint's own suppression comments. The engine reports them while it applies
 * the comments (they have no check of their own); they can be configured like any rule.
 */
public final class SuppressionRules {

  private SuppressionRules() {}

  public static final RuleMetadata UNUSED = RuleMetadata.builder("NTP001", "unused-suppression")
      .dialects(Dialect.CHRONY, Dialect.NTP)
      .severity(Severity.WARNING)
      .category(Category.SUPPRESSIONS)
      .summary("A suppression comment that suppresses nothing")
      .description("""
          A `# ntplint: disable=ID` comment (or `disable-file=ID`) names a rule that reports \
          nothing where the comment applies: the problem was fixed, the rule id is wrong, or the \
          comment is not right above the directive it is meant for. Stale suppressions hide the \
          next real problem of that kind, so remove them.

          A suppression applies to the next line that holds a directive (comment and blank lines \
          in between are skipped); `disable-file=` applies to the whole file and must come before \
          its first directive. Suppressions for rules switched off in `.ntplint.yaml` are not \
          reported.""")
      .build();

  public static final RuleMetadata INVALID = RuleMetadata.builder("NTP002", "invalid-suppression")
      .dialects(Dialect.CHRONY, Dialect.NTP)
      .severity(Severity.WARNING)
      .category(Category.SUPPRESSIONS)
      .summary("A suppression comment ntplint cannot use")
      .description("""
          A comment starting with `ntplint:` that ntplint cannot apply: an unknown rule id or \
          name, a misspelt keyword, or `disable-file=` after the file's first directive. The \
          comment has no effect.

          The forms are `# ntplint: disable=ID[,ID...] -- reason` (for the next directive) and \
          `# ntplint: disable-file=ID[,ID...] -- reason` (at the top of the file), where ID is a \
          rule id (`NTP101`), a rule name (`single-source`) or `all`. In chrony.conf any comment \
          character works (`!`, `;`, `#`, `%`).""")
      .build();

  /** The two rules, for the registry. */
  static Rule unused() {
    return new Meta(UNUSED);
  }

  static Rule invalid() {
    return new Meta(INVALID);
  }

  private record Meta(RuleMetadata metadata) implements Rule {
    @Override
    public void check(RuleContext context) {}
  }
}

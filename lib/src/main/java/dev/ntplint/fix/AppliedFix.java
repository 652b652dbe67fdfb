package dev.ntplint.fix;

import dev.ntplint.rules.Finding;
import dev.ntplint.rules.Fixability;

/**
 * One fix the fixer applied (or tried and withheld): for the summary ("which fixes were applied
 * where").
 *
 * @param pass the pass (1-based) that applied it
 * @param file the file it edited, by the name findings use
 * @param line the line of the finding in that file as it was at the start of the pass
 * @param ruleId the rule's id ({@code CH010}, {@code CP003})
 * @param ruleName the rule's name ({@code missing-iburst})
 * @param description what the fix did
 * @param safety safe or unsafe
 */
public record AppliedFix(int pass, String file, int line, String ruleId, String ruleName,
    String description, Fixability safety) {

  static AppliedFix of(int pass, Finding finding) {
    return new AppliedFix(pass, finding.file(), finding.line(), finding.rule().id(),
        finding.rule().name(), finding.fix().orElseThrow().description(),
        finding.fix().orElseThrow().safety());
  }

  /** {@code file:line: fixed ID (name): description [unsafe]}: one line of the summary. */
  public String format() {
    return file + ":" + line + ": fixed " + ruleId + " (" + ruleName + "): " + description
        + (safety == Fixability.UNSAFE ? " [unsafe]" : "");
  }

  /** {@code file:line: not fixed ID (name): description: why}, for a fix taken back. */
  public String formatWithheld() {
    return file + ":" + line + ": not fixed " + ruleId + " (" + ruleName + "): " + description
        + ": it would make the daemon reject the configuration or bring another finding";
  }

  @Override
  public String toString() {
    return format();
  }
}

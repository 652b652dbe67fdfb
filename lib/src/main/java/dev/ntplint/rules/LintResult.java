package dev.ntplint.rules;

import dev.ntplint.diag.Severity;
import dev.ntplint.rules.suppress.Suppression;
import dev.ntplint.source.SourceFile;
import java.util.List;

/**
 * The findings of one configuration.
 *
 * @param files the files checked, in reading order (main file first)
 * @param findings what remains after configuration and suppressions, in reading order
 * @param suppressed findings hidden by a suppression comment (with the comment that did it)
 */
public record LintResult(List<SourceFile> files, List<Finding> findings, List<Suppressed> suppressed) {

  public LintResult {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
  }

  /** A finding and the comment that suppressed it. */
  public record Suppressed(Finding finding, Suppression by) {}

  /** The number of findings of this severity. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}

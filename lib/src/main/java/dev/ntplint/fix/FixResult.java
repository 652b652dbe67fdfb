package dev.ntplint.fix;

import dev.ntplint.check.LintedConfiguration;
import java.util.List;
import java.util.Optional;

/**
 * What fixing a configuration did.
 *
 * @param before the configuration as read, linted
 * @param after the configuration with every applied fix, linted: what remains to report
 * @param files the files that changed, in the order they were first changed
 * @param applied every applied fix, in the order applied
 * @param withheld fixes tried and taken back because they made the daemon reject the
 *     configuration or brought another finding (their findings remain)
 * @param passes the number of passes that applied at least one fix
 * @param deferred fixes left for a later pass because they overlapped a fix applied before them in
 *     the same pass (a fix that stayed deferred up to the last pass is not applied)
 * @param settled true when the last lint offered no fix to apply; false when the pass limit or a
 *     fix undoing another's work stopped the fixer
 */
public record FixResult(LintedConfiguration before, LintedConfiguration after,
    List<FixedFile> files, List<AppliedFix> applied, List<AppliedFix> withheld, int passes, int deferred, boolean settled) {

  public FixResult {
    files = List.copyOf(files);
    applied = List.copyOf(applied);
    withheld = List.copyOf(withheld);
  }

  /** True when at least one file changed. */
  public boolean changed() {
    return !files.isEmpty();
  }

  /** The changed file of this name, if it changed. */
  public Optional<FixedFile> file(String name) {
    return files.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** One line per applied fix ({@link AppliedFix#format()}), then one per withheld fix. */
  public List<String> summary() {
    List<String> lines = new java.util.ArrayList<>();
    applied.forEach(fix -> lines.add(fix.format()));
    withheld.forEach(fix -> lines.add(fix.formatWithheld()));
    return lines;
  }
}

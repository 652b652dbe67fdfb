package dev.ntplint.fix;

import dev.ntplint.check.ConfigurationLinter;
import dev.ntplint.check.LintedConfiguration;
import dev.ntplint.diag.Severity;
import dev.ntplint.rules.Finding;
import dev.ntplint.rules.Fix;
import dev.ntplint.rules.Fixability;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.TextEdit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the fixes of a configuration's findings, pass after pass: each pass lints the
 * configuration as it now is (every changed file read from memory), applies every allowed fix that
 * does not overlap a fix already taken in that pass (the others wait for the next pass, when their
 * finding is reported again against the new bytes, or has gone), and stops when a lint offers
 * nothing more to apply, after {@link #MAX_PASSES} passes, or when the fixes go round in a circle.
 *
 * <p>Within a pass, fixes are taken by severity (errors first: repairing what the daemon rejects
 * comes before adding what it lacks), then in reading order; while the daemon rejects the
 * configuration, a pass takes only the fixes of errors.
 *
 * <p>A pass that would make the daemon reject a configuration it accepted, or that would bring a
 * finding the configuration did not have (two fixes that do not touch the same bytes may still
 * not go together: a typo repaired to {@code driftfile} and a {@code driftfile} appended because it
 * was missing), is undone and tried again with its first fix alone; a single fix that does so is
 * not offered again. A fix may repair a file, never break one.
 */
public final class Fixer {

  /** The most passes (ESLint's limit). */
  public static final int MAX_PASSES = 10;

  /**
   * What may be fixed.
   *
   * @param unsafe also apply fixes that change what the daemon does ({@code --unsafe-fixes})
   * @param includedFiles also fix the files the main file includes (in their own files); false
   *     for a main file read from standard input, whose fixed text is printed, not written
   * @param rules only the fixes of these rules (ids or names); empty for every rule
   */
  public record Options(boolean unsafe, boolean includedFiles, Set<String> rules) {

    public Options {
      rules = Set.copyOf(rules);
    }

    /** Safe fixes of every rule, in every file of the configuration. */
    public static Options safe() {
      return new Options(false, true, Set.of());
    }

    public Options withUnsafe(boolean allow) {
      return new Options(allow, includedFiles, rules);
    }

    public Options withIncludedFiles(boolean allow) {
      return new Options(unsafe, allow, rules);
    }

    /** Only the fixes of these rules (ids or names). */
    public Options onlyRules(Set<String> idsOrNames) {
      return new Options(unsafe, includedFiles, idsOrNames);
    }

    boolean allows(Finding finding) {
      Fix fix = finding.fix().orElseThrow();
      return (fix.safety() == Fixability.SAFE || unsafe) && (rules.isEmpty()
          || rules.contains(finding.rule().id()) || rules.contains(finding.rule().name()));
    }
  }

  private final ConfigurationLinter linter;
  private final Options options;

  public Fixer(ConfigurationLinter linter, Options options) {
    this.linter = Objects.requireNonNull(linter, "linter");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Fixes the configuration whose main file is {@code main}; writes nothing.
   *
   * @param realPath where the main file was read from; empty for standard input
   */
  public FixResult fix(SourceFile main, Optional<Path> realPath) {
    return new Run(main, realPath).run();
  }

  /** The identity of a fix across passes: a refused fix is not offered again. */
  private record FixKey(String ruleId, String file, String description, List<TextEdit> edits) {
    static FixKey of(Finding finding) {
      Fix fix = finding.fix().orElseThrow();
      return new FixKey(finding.rule().id(), finding.file(), fix.description(), fix.edits());
    }
  }

  /** The fixes one pass took: per file, the edits, and the findings they came from. */
  private static final class Pass {
    final Map<String, List<TextEdit>> edits = new LinkedHashMap<>();
    /** Per file, the bytes the edits taken cover: what a new fix is checked against. */
    private final Map<String, TakenRanges> covered = new HashMap<>();
    final List<Finding> findings = new ArrayList<>();
    int deferred;

    boolean isEmpty() {
      return findings.isEmpty();
    }

    /**
     * Takes the fix unless one of its edits overlaps or touches an edit taken before in the same
     * file. Touching counts: an insertion at the end of a line and the removal of the text up to
     * that point each make sense alone, but not together (ESLint defers such fixes too).
     */
    boolean offer(Finding finding) {
      TakenRanges taken = covered.computeIfAbsent(finding.file(), f -> new TakenRanges());
      List<TextEdit> candidate = finding.fix().orElseThrow().edits();
      if (taken.touchesAny(candidate)) {
        deferred++;
        return false;
      }
      taken.addAll(candidate);
      edits.computeIfAbsent(finding.file(), f -> new ArrayList<>()).addAll(candidate);
      findings.add(finding);
      return true;
    }
  }

  /** One fixing of one configuration. */
  private final class Run {
    private final String mainName;
    private final Optional<Path> mainRealPath;
    private SourceFile main;
    /** Every file changed so far: its bytes now, and as first read. */
    private final Map<String, byte[]> current = new LinkedHashMap<>();
    private final Map<String, byte[]> original = new HashMap<>();
    /** Per changed file, what of it as first read its bytes now still hold (for its diff). */
    private final Map<String, List<KeptRange>> kept = new HashMap<>();
    private final Map<String, Path> realPaths = new HashMap<>();
    private final List<AppliedFix> applied = new ArrayList<>();
    /**
     * Fixes that made things worse, with the pass they were tried for. When nothing else is left
     * to do, those refused before a later pass changed the files are tried once more against the
     * new state (the finding they seemed to bring may be there by now): a second run must find
     * nothing left to do.
     */
    private final Map<FixKey, AppliedFix> refused = new LinkedHashMap<>();
    private final Set<List<Integer>> seenStates = new HashSet<>();
    private int passes;
    private int deferred;

    Run(SourceFile main, Optional<Path> realPath) {
      this.main = Objects.requireNonNull(main, "main");
      this.mainName = main.name();
      this.mainRealPath = realPath;
    }

    FixResult run() {
      LintedConfiguration before = lint();
      LintedConfiguration now = before;
      seenStates.add(state());
      boolean settled = false;
      boolean oneAtATime = false;
      while (true) {
        Pass pass = choose(now, oneAtATime);
        if (pass.isEmpty()) {
          if (refused.values().removeIf(r -> r.pass() <= passes)) {
            continue; // retry what was refused against an older state
          }
          settled = true;
          break;
        }
        if (passes == MAX_PASSES) {
          break;
        }
        Map<String, byte[]> undo = new LinkedHashMap<>(current);
        Map<String, List<KeptRange>> undoKept = new HashMap<>(kept);
        SourceFile undoMain = main;
        apply(now, pass);
        LintedConfiguration next = lint();
        if (worse(now, next)) {
          current.clear();
          current.putAll(undo);
          kept.clear();
          kept.putAll(undoKept);
          main = undoMain;
          if (pass.findings.size() > 1) {
            oneAtATime = true; // find out which fix did it
          } else {
            refused.put(FixKey.of(pass.findings.get(0)),
                AppliedFix.of(passes + 1, pass.findings.get(0)));
          }
          continue;
        }
        oneAtATime = false;
        passes++;
        deferred += pass.deferred;
        pass.findings.forEach(f -> applied.add(AppliedFix.of(passes, f)));
        now = next;
        if (!seenStates.add(state())) {
          break; // back to an earlier state: fixes undo each other; stop rather than loop
        }
      }
      List<FixedFile> files = new ArrayList<>();
      current.forEach((name, bytes) -> {
        if (!Arrays.equals(bytes, original.get(name))) {
          files.add(new FixedFile(name, Optional.ofNullable(realPaths.get(name)),
              original.get(name), bytes, kept.get(name)));
        }
      });
      return new FixResult(before, now, files, applied, new ArrayList<>(refused.values()), passes,
          deferred, settled);
    }

    private LintedConfiguration lint() {
      Map<Path, byte[]> replaced = new HashMap<>();
      current.forEach((name, bytes) -> {
        Path real = realPaths.get(name);
        if (real != null) {
          replaced.put(real, bytes);
        }
      });
      return linter.lint(main, mainRealPath, replaced);
    }

    /**
     * The fixes to apply to {@code now}, errors first, then in reading order; overlapping ones
     * deferred. With {@code first}, only the first. While the daemon rejects the configuration,
     * only the fixes of errors, when there are any: the other findings of a rejected configuration
     * are unreliable (a misspelt {@code driftfle} also reads as a missing {@code driftfile}), so
     * repairs go first and the rest is judged on the repaired file.
     */
    private Pass choose(LintedConfiguration now, boolean first) {
      List<Finding> candidates = new ArrayList<>();
      for (Finding finding : now.result().findings()) {
        if (finding.fix().isPresent() && options.allows(finding)
            && editable(now, finding.file()) && !refused.containsKey(FixKey.of(finding))
            && inBounds(now, finding)) {
          candidates.add(finding);
        }
      }
      if (now.rejected() && candidates.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
        candidates.removeIf(f -> f.severity() != Severity.ERROR);
      }
      candidates.sort(Comparator.comparing(Finding::severity)); // stable: reading order kept
      Pass pass = new Pass();
      for (Finding finding : candidates) {
        if (first && !pass.isEmpty()) {
          break;
        }
        pass.offer(finding);
      }
      return pass;
    }

    /**
     * True when {@code next} is rejected though {@code now} was accepted, or has more findings of
     * some rule in some file than {@code now} (a finding the fixes brought). A configuration the
     * daemon rejects says little about what it would do, so repairing one may well show findings
     * that were hidden: those are not counted against the fix.
     */
    private boolean worse(LintedConfiguration now, LintedConfiguration next) {
      if (now.rejected()) {
        return false;
      }
      if (next.rejected()) {
        return true;
      }
      Map<List<String>, Integer> counts = new HashMap<>();
      for (Finding f : now.result().findings()) {
        counts.merge(List.of(f.rule().id(), f.file()), 1, Integer::sum);
      }
      for (Finding f : next.result().findings()) {
        if (counts.merge(List.of(f.rule().id(), f.file()), -1, Integer::sum) < 0) {
          return true;
        }
      }
      return false;
    }

    private boolean editable(LintedConfiguration now, String file) {
      if (file.equals(mainName)) {
        return true;
      }
      return options.includedFiles() && now.realPath(file).isPresent()
          && now.file(file).isPresent();
    }

    private boolean inBounds(LintedConfiguration now, Finding finding) {
      int length = now.file(finding.file()).map(SourceFile::length).orElse(-1);
      return finding.fix().orElseThrow().edits().stream().allMatch(e -> e.end() <= length);
    }

    private void apply(LintedConfiguration now, Pass pass) {
      pass.edits.forEach((name, edits) -> {
        if (edits.isEmpty()) {
          return;
        }
        byte[] bytes = now.file(name).orElseThrow().bytes();
        original.putIfAbsent(name, bytes);
        now.realPath(name).ifPresent(real -> realPaths.putIfAbsent(name, real));
        byte[] fixed = TextEdit.apply(bytes, edits);
        current.put(name, fixed);
        kept.put(name, KeptRange.after(kept.getOrDefault(name, KeptRange.whole(bytes.length)),
            edits));
        if (name.equals(mainName)) {
          main = SourceFile.of(mainName, fixed);
        }
      });
    }

    /** A fingerprint of every changed file's bytes, to notice fixes that undo each other. */
    private List<Integer> state() {
      List<Integer> state = new ArrayList<>();
      current.forEach((name, bytes) -> {
        if (!Arrays.equals(bytes, original.get(name))) { // a file fixed back is as first read
          state.add(name.hashCode());
          state.add(Arrays.hashCode(bytes));
        }
      });
      return state;
    }
  }
}

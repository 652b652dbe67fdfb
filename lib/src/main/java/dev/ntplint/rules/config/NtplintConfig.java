package dev.ntplint.rules.config;

import dev.ntplint.diag.Severity;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of one {@code .ntplint.yaml}:
 *
 * <pre>
 * target: chrony-4.3          # the daemon release to check against
 * fail-level: warning         # error | warning | info: findings at or above it fail the run
 * inline-suppressions: true   # false: ignore "# ntplint: disable=..." comments (central policy)
 * baseline: .ntplint-baseline.json
 * ignore:                     # files not to lint, globs relative to this file's directory
 *   - legacy/**
 * rules:
 *   missing-iburst: off       # off | on | error | warning | info
 *   NTP301: error
 *   single-source:
 *     severity: info
 *     options: {min-sources: 4}
 * </pre>
 *
 * @param source the file it was read from; empty for the built-in defaults
 * @param directory the directory ignore globs and the baseline are relative to
 * @param rules rule settings keyed by rule id
 */
public record NtplintConfig(
    Optional<Path> source,
    Path directory,
    Optional<String> target,
    Optional<Severity> failLevel,
    Optional<Boolean> inlineSuppressions,
    Optional<String> baseline,
    List<String> ignore,
    Map<String, RuleSetting> rules) {

  public NtplintConfig {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(directory, "directory");
    ignore = List.copyOf(ignore);
    rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
  }

  /** No file: every rule on with its defaults. */
  public static NtplintConfig defaults(Path directory) {
    return new NtplintConfig(Optional.empty(), directory, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), Map.of());
  }

  /** The setting of a rule, if the configuration has one. */
  public Optional<RuleSetting> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /** True when {@code file} matches one of the ignore globs (relative to {@link #directory()}). */
  public boolean ignores(Path file) {
    if (ignore.isEmpty()) {
      return false;
    }
    Path absolute = file.toAbsolutePath().normalize();
    Path base = directory.toAbsolutePath().normalize();
    if (!absolute.startsWith(base)) {
      return false;
    }
    Path relative = base.relativize(absolute);
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : ignore) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    for (PathMatcher m : matchers) {
      if (m.matches(relative)) {
        return true;
      }
      // "dir/**" also ignores files directly in dir; "dir" ignores everything below it.
      for (Path p = relative.getParent(); p != null; p = p.getParent()) {
        if (m.matches(p)) {
          return true;
        }
      }
    }
    return false;
  }
}

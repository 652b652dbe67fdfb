package dev.ntplint.format;

import dev.ntplint.diag.Severity;
import dev.ntplint.rules.Finding;
import dev.ntplint.rules.RuleMetadata;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an output format writes: the findings of a run (many files), the files checked, and
 * where relative paths start.
 *
 * @param toolVersion ntplint's version ("dev" when unknown)
 * @param files the names of the files checked, in order (included files too)
 * @param findings the findings to print, in order
 * @param suppressed how many findings suppression comments or a baseline hid
 * @param baseDirectory paths under it are printed relative to it (the repository root in CI: SARIF
 *     and GitHub annotations need repository-relative paths)
 */
public record Report(String toolVersion, List<String> files, List<Finding> findings, int suppressed,
    Path baseDirectory) {

  public Report {
    Objects.requireNonNull(toolVersion, "toolVersion");
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    Objects.requireNonNull(baseDirectory, "baseDirectory");
  }

  /** The distinct rules of the findings, in order of first appearance. */
  public List<RuleMetadata> rules() {
    Map<String, RuleMetadata> rules = new LinkedHashMap<>();
    for (Finding f : findings) {
      rules.putIfAbsent(f.rule().id(), f.rule());
    }
    return new ArrayList<>(rules.values());
  }

  /** How many findings have this severity (a loop: no stream and lambda to link in a short run). */
  public long count(Severity severity) {
    long count = 0;
    for (Finding f : findings) {
      if (f.severity() == severity) {
        count++;
      }
    }
    return count;
  }

  /**
   * A file name as output formats print it: relative to {@link #baseDirectory()} when it is an
   * absolute path under it, with forward slashes.
   */
  public String path(String file) {
    return path(baseDirectory, file);
  }

  /** {@link #path(String)} of a report whose base directory is {@code baseDirectory}. */
  public static String path(Path baseDirectory, String file) {
    try {
      // The path normalised once, the base only for an absolute path.
      Path p = Path.of(file).normalize();
      if (p.isAbsolute()) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        if (p.startsWith(base) && !p.equals(base)) {
          return base.relativize(p).toString().replace('\\', '/');
        }
      }
      return p.toString().replace('\\', '/');
    } catch (InvalidPathException e) {
      return file;
    }
  }

  /** True when {@link #path} gives a path relative to the base directory. */
  public boolean relative(String file) {
    try {
      return !Path.of(path(file)).isAbsolute() && !file.equals("-");
    } catch (InvalidPathException e) {
      return false;
    }
  }
}

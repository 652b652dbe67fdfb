package dev.ntplint.check;

import dev.ntplint.rules.LintResult;
import dev.ntplint.source.SourceFile;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One configuration as loaded and linted: the findings, and where each of its files is on this
 * machine (so that a fix in an included file is written to that file).
 *
 * @param result the findings, and the files in reading order (main file first)
 * @param realPaths the real path of each file by the name findings use for it; a file read from
 *     standard input, or one whose path no longer resolves, has none
 * @param rejected true when the daemon would refuse to start with this configuration
 */
public record LintedConfiguration(LintResult result, Map<String, Path> realPaths,
    boolean rejected) {

  public LintedConfiguration {
    realPaths = Map.copyOf(realPaths);
  }

  /** The main file (first in reading order). */
  public SourceFile main() {
    return result.files().get(0);
  }

  /** Where the file that findings name {@code fileName} is, if it is a file on this machine. */
  public Optional<Path> realPath(String fileName) {
    return Optional.ofNullable(realPaths.get(fileName));
  }

  /** The file of this configuration that findings name {@code fileName}. */
  public Optional<SourceFile> file(String fileName) {
    return result.files().stream().filter(f -> f.name().equals(fileName)).findFirst();
  }
}

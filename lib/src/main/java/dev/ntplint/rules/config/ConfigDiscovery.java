package dev.ntplint.rules.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the {@code .ntplint.yaml} that applies to a linted file: the nearest one in the file's
 * directory or a parent, stopping at the root of the repository (the directory holding {@code
 * .git}) or of the file system. Results are cached per directory, so a run over many files walks
 * each directory once.
 */
public final class ConfigDiscovery {

  private final Map<Path, Optional<Path>> cache = new HashMap<>();

  /** The configuration file for {@code file}, if any. */
  public Optional<Path> find(Path file) {
    Path start = file.toAbsolutePath().normalize().getParent();
    return start == null ? Optional.empty() : findFrom(start);
  }

  private Optional<Path> findFrom(Path dir) {
    Optional<Path> cached = cache.get(dir);
    if (cached != null) {
      return cached;
    }
    Optional<Path> found = Optional.empty();
    for (String name : ConfigLoader.FILE_NAMES) {
      Path candidate = dir.resolve(name);
      if (Files.isRegularFile(candidate)) {
        found = Optional.of(candidate);
        break;
      }
    }
    if (found.isEmpty() && !Files.exists(dir.resolve(".git")) && dir.getParent() != null) {
      found = findFrom(dir.getParent());
    }
    cache.put(dir, found);
    return found;
  }
}

package dev.ntplint.rules.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the {@code .ntplint.yaml} that applies to a linted file: the nearest one in the file's
 * directory or a parent, stopping at the root of the repository (the directory holding {@code
 * .git}) or of the file system; else the user's own, {@code $XDG_CONFIG_HOME/ntplint/config.yaml}
 * ({@code ~/.config/ntplint/config.yaml}), so an admin's preferences apply outside repositories
 * while a repository's file always wins. Results are cached per directory, so a run over many
 * files walks each directory once.
 */
public final class ConfigDiscovery {

  private final Map<Path, Optional<Path>> cache = new HashMap<>();
  private final Optional<Path> userConfig;

  /** Discovery with the user configuration of this process's environment. */
  public ConfigDiscovery() {
    this(System.getenv());
  }

  /** Discovery with the user configuration named by {@code environment} (for tests). */
  public ConfigDiscovery(Map<String, String> environment) {
    this.userConfig = userConfig(environment);
  }

  /**
   * {@code $XDG_CONFIG_HOME/ntplint/config.yaml}, with {@code $HOME/.config} when XDG_CONFIG_HOME
   * is unset or not absolute (as the XDG base directory specification says).
   */
  static Optional<Path> userConfig(Map<String, String> environment) {
    String xdg = environment.get("XDG_CONFIG_HOME");
    Path base;
    if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
      base = Path.of(xdg);
    } else {
      String home = environment.get("HOME");
      if (home == null || home.isEmpty()) {
        return Optional.empty();
      }
      base = Path.of(home, ".config");
    }
    Path file = base.resolve("ntplint").resolve("config.yaml");
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /** The configuration file for {@code file}, if any. */
  public Optional<Path> find(Path file) {
    Path start = file.toAbsolutePath().normalize().getParent();
    Optional<Path> found = start == null ? Optional.empty() : findFrom(start);
    return found.isPresent() ? found : userConfig;
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

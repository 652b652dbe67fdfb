package dev.ntplint.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the shared fixtures and the optional corpus are. */
public final class TestPaths {

  private TestPaths() {}

  /** The project's own testdata/ folder (always present). */
  public static Path testdata() {
    String configured = System.getProperty("ntplint.testdata");
    Path path = configured != null ? Path.of(configured) : Path.of("..", "testdata");
    if (!Files.isDirectory(path)) {
      throw new IllegalStateException("testdata folder not found: " + path.toAbsolutePath());
    }
    return path;
  }

  /** ../shared/corpus, when this checkout has it (CI does). */
  public static Optional<Path> corpus() {
    String configured = System.getProperty("ntplint.corpus");
    Path path = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "corpus");
    return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
  }

  /** True when CI asked for the daemons as oracles: a missing oracle is then a failure. */
  public static boolean oraclesRequired() {
    return "required".equals(System.getProperty("ntplint.oracles"));
  }
}

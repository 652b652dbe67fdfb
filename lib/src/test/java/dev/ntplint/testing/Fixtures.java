package dev.ntplint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fixture files and their golden outputs. Goldens are regenerated with
 * {@code mvn test -Dntplint.updateGoldens=true} (never by hand), then reviewed in the diff.
 */
public final class Fixtures {

  private Fixtures() {}

  /** The fixture files with this extension under {@code testdata/<folder>}, sorted. */
  public static List<Path> files(String folder, String extension) {
    Path dir = TestPaths.testdata().resolve(folder);
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(extension))
          .filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A diagnostic as goldens show it: {@code LINE:COL-ENDLINE:ENDCOL severity CODE message}. */
  public static String render(Diagnostic d) {
    return d.span().line() + ":" + d.span().column() + "-" + d.span().endLine() + ":"
        + d.span().endColumn() + " " + d.severity().label() + " " + d.code() + " " + d.message()
        + d.suggestion().map(s -> " [suggest: " + s + "]").orElse("");
  }

  public static boolean updating() {
    return Boolean.getBoolean("ntplint.updateGoldens");
  }

  /** Asserts that {@code golden} holds {@code actual}; rewrites it when updating goldens. */
  public static void assertGolden(Path golden, String actual) throws IOException {
    if (updating()) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("golden file %s is missing: run mvn test -Dntplint.updateGoldens=true",
        golden).exists();
    assertThat(actual).as("golden %s (regenerate with -Dntplint.updateGoldens=true)", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}

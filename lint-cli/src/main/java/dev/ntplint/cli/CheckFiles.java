package dev.ntplint.cli;

import dev.ntplint.dialect.DialectDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Which files {@code ntplint check} lints, and whether each is a main file or a fragment. */
final class CheckFiles {

  private CheckFiles() {}

  /** One input: a path given or found, and whether a directory walk found it. */
  record Input(String name, boolean walked) {}

  /**
   * The configuration files under {@code dir}: files named like chrony or ntp configurations
   * ({@code chrony.conf}, {@code ntp.conf}, {@code *.conf} in {@code chrony.d/}, {@code *.sources}
   * ...), hidden directories skipped. Main files come first, fragments after, so a fragment that a
   * main file includes is checked as part of it.
   */
  static List<Input> walk(Path dir) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          String name = d.getFileName() == null ? "" : d.getFileName().toString();
          return !d.equals(dir) && name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE
              : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && candidate(f)) {
            found.add(f);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Each file's sort key computed once: fragment() resolves the path, which the comparator
    // would otherwise do twice per comparison (a few percent of checking 10,000 small files).
    record Keyed(boolean fragment, String name) {}
    List<Keyed> keyed = new ArrayList<>(found.size());
    for (Path p : found) {
      keyed.add(new Keyed(fragment(p), p.toString()));
    }
    keyed.sort(Comparator.comparing(Keyed::fragment).thenComparing(Keyed::name));
    List<Input> inputs = new ArrayList<>(keyed.size());
    for (Keyed k : keyed) {
      inputs.add(new Input(k.name(), true));
    }
    return inputs;
  }

  static boolean candidate(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".conf") && !name.endsWith(".sources")) {
      return false;
    }
    return DialectDetector.byName(file.toString()).isPresent();
  }

  /**
   * A fragment is a file meant to be included, not read on its own: a {@code .sources} file, or a
   * file in a {@code *.d} directory ({@code /etc/chrony/conf.d}, {@code chrony.d}). Whole-
   * configuration rules do not run on fragments linted alone.
   */
  static boolean fragment(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".sources")) {
      return true;
    }
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent != null && parent.getFileName() != null
        && parent.getFileName().toString().endsWith(".d");
  }
}

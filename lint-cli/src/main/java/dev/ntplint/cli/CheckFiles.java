package dev.ntplint.cli;

import dev.ntplint.dialect.DialectDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
    // Main files and fragments apart, each sorted by name: the order of one sort by (fragment,
    // name) without a comparator of records and boxed keys. Whether a directory holds fragments
    // is worked out once when the walk enters it, not by resolving every file's path (the walk
    // runs alone on the main thread before a batch starts: issue 8, P2).
    List<String> mains = new ArrayList<>();
    List<String> fragments = new ArrayList<>();
    Deque<Boolean> fragmentDirectories = new ArrayDeque<>();
    // A symbolic link named on the command line is followed, as find -H and other linters do:
    // `check /etc/chrony` must not pass in silence where /etc/chrony is a link to the real
    // directory. Walking "LINK/." makes the walk follow it; the files are named under LINK as
    // given. Links met inside the directory are not followed (no loops, no leaving the tree).
    Path start = Files.isSymbolicLink(dir) ? dir.resolve(".") : dir;
    try {
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          String name = d.getFileName() == null ? "" : d.getFileName().toString();
          if (!d.equals(start) && name.startsWith(".")) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          fragmentDirectories.push(holdsFragments(d.toAbsolutePath().normalize()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (!attrs.isRegularFile()) {
            return FileVisitResult.CONTINUE;
          }
          Path shown = start == dir ? f : dir.resolve(start.relativize(f));
          if (candidate(shown)) {
            boolean fragment = fragmentDirectories.peek() || sourcesFile(shown);
            (fragment ? fragments : mains).add(shown.toString());
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          fragmentDirectories.pop();
          return super.postVisitDirectory(d, e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    mains.sort(null);
    fragments.sort(null);
    List<Input> inputs = new ArrayList<>(mains.size() + fragments.size());
    for (String name : mains) {
      inputs.add(new Input(name, true));
    }
    for (String name : fragments) {
      inputs.add(new Input(name, true));
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
    return sourcesFile(file) || holdsFragments(file.toAbsolutePath().normalize().getParent());
  }

  private static boolean sourcesFile(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sources");
  }

  /** True for a {@code *.d} directory, given as an absolute, normalized path (or null). */
  private static boolean holdsFragments(Path directory) {
    return directory != null && directory.getFileName() != null
        && directory.getFileName().toString().endsWith(".d");
  }
}

package dev.ntplint.cli;

import dev.ntplint.dialect.DialectDetector;
import dev.ntplint.fs.FsProblem;
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
   * main file includes is checked as part of it. A directory (or entry) that cannot be read is
   * added to {@code unreadable} and the walk goes on.
   */
  static List<Input> walk(Path dir, List<FsProblem> unreadable) {
    // A symbolic link named on the command line is followed, as find -H and other linters do:
    // `check /etc/chrony` must not pass in silence where /etc/chrony is a link to the real
    // directory. Walking "LINK/." makes the walk follow it; the files are named under LINK as
    // given. Links met inside the directory are not followed (no loops, no leaving the tree).
    Walk walk = new Walk(dir, Files.isSymbolicLink(dir) ? dir.resolve(".") : dir, unreadable);
    try {
      Files.walkFileTree(walk.start, walk);
    } catch (IOException e) {
      // The visitor throws nothing: only a failure of the walk itself comes here.
      throw new UncheckedIOException(e);
    }
    return walk.inputs();
  }

  /**
   * The visitor of {@link #walk}. Main files and fragments apart, each sorted by name at the end:
   * the order of one sort by (fragment, name) without a comparator of records and boxed keys.
   * Whether a directory holds fragments is worked out once when the walk enters it, not by
   * resolving every file's path (the walk runs alone on the main thread before a batch starts:
   * issue 8, P2).
   */
  static final class Walk extends SimpleFileVisitor<Path> {
    private final Path dir;
    private final Path start;
    private final List<FsProblem> unreadable;
    private final List<String> mains = new ArrayList<>();
    private final List<String> fragments = new ArrayList<>();
    private final Deque<Boolean> fragmentDirectories = new ArrayDeque<>();

    /**
     * @param dir the directory as named, which the files found are named under
     * @param start where the walk starts: {@code dir}, or {@code dir/.} to follow a link
     */
    Walk(Path dir, Path start, List<FsProblem> unreadable) {
      this.dir = dir;
      this.start = start;
      this.unreadable = unreadable;
    }

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
      Path shown = shown(f);
      if (candidate(shown)) {
        boolean fragment = fragmentDirectories.peek() || sourcesFile(shown);
        (fragment ? fragments : mains).add(shown.toString());
      }
      return FileVisitResult.CONTINUE;
    }

    /** An entry that could not be read (a directory that cannot be opened): said, then passed. */
    @Override
    public FileVisitResult visitFileFailed(Path f, IOException e) {
      unreadable.add(FsProblem.of(e, shown(f).toString()));
      return FileVisitResult.CONTINUE;
    }

    /** A directory whose listing failed part way: said; the files listed before are kept. */
    @Override
    public FileVisitResult postVisitDirectory(Path d, IOException e) {
      fragmentDirectories.pop();
      if (e != null) {
        unreadable.add(FsProblem.of(e, shown(d).toString()));
      }
      return FileVisitResult.CONTINUE;
    }

    private Path shown(Path found) {
      return start == dir ? found : dir.resolve(start.relativize(found));
    }

    List<Input> inputs() {
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
  }

  static boolean candidate(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".conf") && !name.endsWith(".sources")) {
      return false;
    }
    return DialectDetector.byName(file.toString()).isPresent()
        || DialectDetector.inNtpDirectory(file.toString());
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

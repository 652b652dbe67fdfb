package dev.ntplint.fs;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files a daemon on the target machine would see, read the way it would read them.
 *
 * <p>Paths given to this class are written as in a configuration file: an absolute path, or a
 * path relative to the daemon's working directory ({@link #cwd()}; chronyd resolves relative paths
 * against its process working directory, not against the including file's directory).
 *
 * <p>Two modes:
 *
 * <ul>
 *   <li>{@link #unconfined(Path)}: the paths are this machine's paths. {@code /..} is {@code /},
 *       as for the kernel.
 *   <li>{@link #rooted(Path, Path)}: a directory holding a copy of the target's file system (an
 *       image, a container layer, a test fixture). Absolute paths, relative paths (through the
 *       working directory, itself a path inside the root) and absolute symbolic link targets are
 *       all interpreted inside the root. Symbolic links are followed here, component by
 *       component, so nothing ever resolves outside the root: a path or a link whose {@code ..}
 *       would climb above the root gives {@link FsProblem.Kind#OUTSIDE_ROOT} and is not followed.
 *       (The target's kernel would stop such a {@code ..} at {@code /}; a copy whose links climb
 *       out of it is almost always a link meant for another machine, so ntplint reports it rather
 *       than guessing.)
 * </ul>
 *
 * <p>In both modes symbolic links are resolved by this class (at most {@link #MAX_SYMLINKS}, as
 * Linux), which gives the same answers as the kernel for an unconfined file system and the same
 * code path for both.
 *
 * <p>Nothing here throws for a problem caused by the files: every operation returns a value with an
 * {@link FsProblem} when it fails. Nothing blocks either: the type of a file is checked before it
 * is opened, and only regular files are ever opened (a FIFO would block until a writer appears).
 *
 * <p>Instances are thread-safe, and immutable except for the cache of {@link
 * #withDirectoryCache()}.
 */
public final class ConfinedFileSystem {

  /** The default largest file {@link #readFile} reads: 16 MiB. */
  public static final long DEFAULT_MAX_FILE_SIZE = 16L * 1024 * 1024;

  /** The most symbolic links one resolution follows (Linux's {@code MAXSYMLINKS}); then ELOOP. */
  public static final int MAX_SYMLINKS = 40;

  /** The real directory standing for {@code /}: the root, or this machine's {@code /}. */
  private final Path base;
  /** True for {@link #rooted}: {@code ..} above the base is refused instead of staying there. */
  private final boolean confined;
  /** The working directory as an absolute path in byte-string form (see {@link Bytes}). */
  private final String cwd;
  private final long maxFileSize;
  /** Contents that stand in for files on disk, by real path (see {@link #withContents}). */
  private final Map<Path, byte[]> replaced;
  /** Runs in {@link #readFile} between the checks and the open (see {@link #withBeforeOpen}). */
  private final BeforeOpen beforeOpen;
  /**
   * Directories already resolved, by the path prefix that led to them, and prefixes that named
   * no file ({@link ResolvedDirectory#MISSING}; see {@link #withDirectoryCache}); null when
   * nothing is cached.
   */
  private final Map<String, ResolvedDirectory> directories;

  /**
   * Something that happens to a file after {@link #readFile} has checked its type and size and
   * before it opens it: the window in which another process may change or remove the file.
   */
  @FunctionalInterface
  interface BeforeOpen {
    BeforeOpen NOTHING = new BeforeOpen() {
      @Override
      public void run(String path, Path real) {}
    };

    void run(String path, Path real) throws IOException;
  }

  private ConfinedFileSystem(Path base, boolean confined, String cwd, long maxFileSize) {
    this(base, confined, cwd, maxFileSize, Map.of(), BeforeOpen.NOTHING, null);
  }

  private ConfinedFileSystem(Path base, boolean confined, String cwd, long maxFileSize,
      Map<Path, byte[]> replaced, BeforeOpen beforeOpen,
      Map<String, ResolvedDirectory> directories) {
    this.base = base;
    this.confined = confined;
    this.cwd = cwd;
    this.maxFileSize = maxFileSize;
    this.replaced = replaced;
    this.beforeOpen = beforeOpen;
    this.directories = directories;
  }

  /**
   * This machine's file system, relative paths resolved against {@code cwd}.
   *
   * @param cwd the daemon's working directory (made absolute against the JVM's if relative)
   */
  public static ConfinedFileSystem unconfined(Path cwd) {
    Objects.requireNonNull(cwd, "cwd");
    Path absolute = cwd.toAbsolutePath();
    Path root = absolute.getRoot();
    return new ConfinedFileSystem(root, false, Bytes.of(absolute.toString()),
        DEFAULT_MAX_FILE_SIZE);
  }

  /** The file system inside {@code root}, with {@code /} (the root itself) as working directory. */
  public static ConfinedFileSystem rooted(Path root) {
    return rooted(root, Path.of("/"));
  }

  /**
   * The file system inside {@code root}.
   *
   * @param root an existing directory on this machine standing for the target's {@code /}
   * @param cwd the daemon's working directory as a path inside the root ({@code /etc/chrony}); a
   *     relative one is taken from the root. It need not exist (relative paths then do not
   *     resolve).
   * @throws IllegalArgumentException when {@code root} is not an existing directory
   */
  public static ConfinedFileSystem rooted(Path root, Path cwd) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(cwd, "cwd");
    Path real;
    try {
      real = root.toRealPath();
    } catch (IOException e) {
      throw new IllegalArgumentException("root directory " + root + " cannot be used: " + e, e);
    }
    if (!Files.isDirectory(real)) {
      throw new IllegalArgumentException("root " + root + " is not a directory");
    }
    String inside = cwd.toString().replace('\\', '/');
    if (!inside.startsWith("/")) {
      inside = "/" + inside;
    }
    return new ConfinedFileSystem(real, true, Bytes.of(inside), DEFAULT_MAX_FILE_SIZE);
  }

  /** The same file system with another limit for {@link #readFile} (in bytes, at least 0). */
  public ConfinedFileSystem withMaxFileSize(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("negative size limit " + bytes);
    }
    return new ConfinedFileSystem(base, confined, cwd, bytes, replaced, beforeOpen, directories);
  }

  /**
   * The same file system, except that {@link #readFile} returns these bytes for the existing
   * regular files at these real paths instead of what is on disk: how a fixer re-reads a
   * configuration whose files it has changed but not written (a dry run, standard input).
   * Resolution, listing and globbing still see the disk.
   */
  public ConfinedFileSystem withContents(Map<Path, byte[]> contents) {
    Map<Path, byte[]> copy = new HashMap<>();
    contents.forEach((path, bytes) -> copy.put(path, bytes.clone()));
    return new ConfinedFileSystem(base, confined, cwd, maxFileSize, Map.copyOf(copy),
        beforeOpen, directories);
  }

  /**
   * The same file system, running {@code hook} in every {@link #readFile} after the checks and
   * before the open, so that tests can remove, rewrite, grow or shrink a file in that window
   * without racing another thread.
   */
  ConfinedFileSystem withBeforeOpen(BeforeOpen hook) {
    return new ConfinedFileSystem(base, confined, cwd, maxFileSize, replaced, hook, directories);
  }

  /**
   * The same file system, remembering each directory a path led through: for one run over many
   * files (a batch), whose paths share their directories. Each component of a path costs a
   * {@code lstat} when it is resolved; with the cache a file in a directory seen before costs
   * one, for its own name (over 10,000 files in 100 directories, the walk took ~9% of the CPU,
   * most of it in the kernel; issue 8, P2). A directory found missing is remembered as missing:
   * each file of a batch naming {@code /etc/chrony/chrony.keys} on a machine without chrony cost
   * an exception (~1% of the CPU).
   *
   * <p>A directory is resolved once for the life of the returned instance (and of those made
   * from it): a directory that becomes a symbolic link, or a link that changes target, after it
   * was first resolved is not seen, nor is a directory made after it was found missing; files
   * and directory entries are always read afresh. Only
   * for an {@linkplain #unconfined unconfined} file system, where the walk only does what the
   * kernel would do; a {@linkplain #rooted rooted} one resolves every component every time, so
   * that a link made since cannot lead out of the root, and is returned unchanged.
   */
  public ConfinedFileSystem withDirectoryCache() {
    if (confined || directories != null) {
      return this;
    }
    return new ConfinedFileSystem(base, confined, cwd, maxFileSize, replaced, beforeOpen,
        new ConcurrentHashMap<>());
  }

  /** The root directory on this machine, for a {@link #rooted} file system. */
  public Optional<Path> root() {
    return confined ? Optional.of(base) : Optional.empty();
  }

  /** True for a {@link #rooted} file system. */
  public boolean isConfined() {
    return confined;
  }

  /** The working directory relative paths resolve against (a path inside the root if rooted). */
  public String cwd() {
    return Bytes.text(cwd);
  }

  /** The largest file {@link #readFile} reads, in bytes. */
  public long maxFileSize() {
    return maxFileSize;
  }

  /**
   * The path on the target's file system that a path of this machine stands for, for a command
   * line that is given a host path to the main file: for a rooted file system, {@code
   * /etc/chrony/chrony.conf} for {@code ROOT/etc/chrony/chrony.conf}, empty when the path is not
   * inside the root (after resolving the links of its directory, not of its last component);
   * unconfined, the absolute path itself.
   */
  public Optional<String> toTargetPath(Path hostPath) {
    Path absolute = hostPath.toAbsolutePath().normalize();
    if (!confined) {
      return Optional.of(absolute.toString());
    }
    if (!absolute.startsWith(base)) {
      // The root is stored as its real path; try the real path of the given one's directory.
      Path parent = absolute.getParent();
      if (parent == null) {
        return Optional.empty();
      }
      try {
        absolute = parent.toRealPath().resolve(absolute.getFileName());
      } catch (IOException e) {
        return Optional.empty();
      }
      if (!absolute.startsWith(base)) {
        return Optional.empty();
      }
    }
    return Optional.of("/" + base.relativize(absolute).toString());
  }

  // ---------------------------------------------------------------------------------------------
  // resolve

  /**
   * Where {@code path} leads, following every symbolic link (as {@code stat(2)}/{@code open(2)}
   * would). A path ending in {@code /} must be a directory.
   */
  public Resolution resolve(String path) {
    return toResolution(path, walk(Bytes.of(path), true));
  }

  /**
   * Where {@code path} leads without following a final symbolic link (as {@code lstat(2)}): a
   * final link gives {@link FileKind#SYMLINK}, even when dangling.
   */
  public Resolution resolveNoFollow(String path) {
    return toResolution(path, walk(Bytes.of(path), false));
  }

  private static Resolution toResolution(String path, Walk walk) {
    if (walk instanceof Walk.Found found) {
      return new Resolution.Resolved(path, found.real(), found.kind());
    }
    return new Resolution.Unresolved(path, ((Walk.Failed) walk).problem());
  }

  // ---------------------------------------------------------------------------------------------
  // read

  /**
   * Reads a regular file, all of it, if it has at most {@link #maxFileSize()} bytes. A directory,
   * FIFO, device or socket is refused before anything is opened (a FIFO is never opened: that
   * could block), with a problem saying what it is.
   */
  public FileRead readFile(String path) {
    Walk walk = walk(Bytes.of(path), true);
    if (walk instanceof Walk.Failed failed) {
      return new FileRead.Refused(path, withPath(failed.problem(), path));
    }
    Walk.Found found = (Walk.Found) walk;
    FsProblem typeProblem = typeProblem(path, found.kind());
    if (typeProblem != null) {
      return new FileRead.Refused(path, typeProblem);
    }
    Path real = found.real();
    byte[] standIn = replaced.get(real);
    if (standIn != null) {
      return new FileRead.Contents(path, real, standIn.clone());
    }
    if (found.size() > maxFileSize) {
      return new FileRead.Refused(path, tooLarge(path, found.size()));
    }
    // The file may change between the walk and the open (another process): it is read once, to
    // its end but never more than the limit allows, so what is read is one consistent state of
    // the file, and a file gone by now is a problem like any other.
    try {
      beforeOpen.run(path, real);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (InputStream in = open(real)) {
      byte[] bytes = readAtMost(in, found.size(),
          (int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
      if (bytes.length > maxFileSize) {
        return new FileRead.Refused(path, tooLarge(path, bytes.length));
      }
      return new FileRead.Contents(path, real, bytes);
    } catch (IOException e) {
      return new FileRead.Refused(path, FsProblem.of(e, path));
    }
  }

  /**
   * Up to {@code limit} bytes of {@code in}, to its end: {@code in.readNBytes(limit)}, with the
   * array sized by the walk's {@code expected} size instead of by asking the file.
   * FileInputStream.readNBytes asks the kernel for the file's size and position (two system
   * calls) before it reads, ~0.4% of a batch's CPU (issue 8, P2). A file that changed size since
   * the walk is still read whole, up to the limit.
   */
  static byte[] readAtMost(InputStream in, long expected, int limit) throws IOException {
    byte[] bytes = new byte[(int) Math.min(limit, Math.max(0, expected))];
    int filled = 0;
    while (filled < bytes.length) {
      int read = in.read(bytes, filled, bytes.length - filled);
      if (read < 0) {
        return Arrays.copyOf(bytes, filled); // shrunk since the walk
      }
      filled += read;
    }
    if (filled == limit) {
      return bytes;
    }
    int next = in.read(); // the end of the file, nearly always
    if (next < 0) {
      return bytes;
    }
    // Grown since the walk: the rest as readNBytes reads it.
    byte[] rest = in.readNBytes(limit - filled - 1);
    byte[] all = Arrays.copyOf(bytes, filled + 1 + rest.length);
    all[filled] = (byte) next;
    System.arraycopy(rest, 0, all, filled + 1, rest.length);
    return all;
  }

  /**
   * Opens a regular file the walk found. Rooted, without following a final symbolic link: the
   * walk resolved every link, so one there now was put there since and may lead out of the root.
   * Unconfined, with java.io, which follows such a link as the daemon's own open would: the
   * java.nio channel that O_NOFOLLOW needs loads and initialises ~30 classes and two native
   * libraries that nothing else in a check uses, ~3 ms of the main thread in a short check
   * (issue 8, P1).
   */
  private InputStream open(Path real) throws IOException {
    return confined ? Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)
        : new FileInputStream(real.toFile());
  }

  private FsProblem tooLarge(String path, long size) {
    return new FsProblem(FsProblem.Kind.TOO_LARGE, path,
        "larger than the " + maxFileSize + "-byte limit (" + size + " bytes or more); not read");
  }

  /** Why a file of this kind is not read, or null for a regular file. */
  private static FsProblem typeProblem(String path, FileKind kind) {
    switch (kind) {
      case REGULAR:
        return null;
      case DIRECTORY:
        return FsProblem.of(FsProblem.Kind.IS_DIRECTORY, path);
      case FIFO:
        return new FsProblem(FsProblem.Kind.FIFO, path,
            "a FIFO (named pipe): opening it blocks until another process writes to it; not read");
      case CHARACTER_DEVICE:
      case BLOCK_DEVICE:
        return new FsProblem(FsProblem.Kind.DEVICE, path,
            kind.description() + ", not a regular file; not read");
      case SOCKET:
        return FsProblem.of(FsProblem.Kind.SOCKET, path);
      default:
        return new FsProblem(FsProblem.Kind.OTHER_TYPE, path,
            kind.description() + ", not a regular file; not read");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // list

  /** The names in a directory (following symbolic links to it), in C byte order. */
  public DirectoryListing listDirectory(String path) {
    Listing listing = list(Bytes.of(path));
    if (listing.problem() != null) {
      return new DirectoryListing.Refused(path, withPath(listing.problem(), path));
    }
    List<String> names = new ArrayList<>(listing.names().size());
    for (String name : listing.names()) {
      names.add(Bytes.text(name));
    }
    names.sort(CByteOrder.INSTANCE);
    return new DirectoryListing.Listed(path, listing.real(), names);
  }

  /** A directory's entry names as byte strings (without . and ..), or why not. */
  record Listing(Path real, List<String> names, FsProblem problem) {}

  /** Lists a directory given as a byte string; problems name the path in text form. */
  Listing list(String bytePath) {
    Walk walk = walk(bytePath, true);
    if (walk instanceof Walk.Failed failed) {
      return new Listing(null, List.of(), failed.problem());
    }
    Walk.Found found = (Walk.Found) walk;
    if (found.kind() != FileKind.DIRECTORY) {
      return new Listing(null, List.of(),
          FsProblem.of(FsProblem.Kind.NOT_A_DIRECTORY, Bytes.text(bytePath)));
    }
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(found.real())) {
      for (Path entry : stream) {
        names.add(Bytes.of(entry.getFileName().toString()));
      }
    } catch (IOException e) {
      return new Listing(null, List.of(), FsProblem.of(e, Bytes.text(bytePath)));
    }
    return new Listing(found.real(), names, null);
  }

  // ---------------------------------------------------------------------------------------------
  // glob

  /**
   * {@code glob(pattern, GLOB_NOMAGIC | GLOB_ERR)}, as chronyd's {@code include} calls it: the
   * matches in C byte order; a pattern without wildcards is returned as is (whether it exists or
   * not); {@link GlobResult.Aborted} when a directory the wildcards need cannot be read.
   */
  public GlobResult glob(String pattern) {
    return glob(pattern, EnumSet.of(GlobFlag.ERR, GlobFlag.NOMAGIC));
  }

  /**
   * glibc's {@code glob(3)} with the given flags (and never {@code GLOB_PERIOD} or {@code
   * GLOB_NOESCAPE}): {@code *}, {@code ?} and {@code [...]} in any component; names starting with
   * {@code .} are matched only by a pattern component starting with a literal {@code .}; {@code \}
   * escapes the next character. Matches are spelled as glibc spells them: the directory part as
   * written in the pattern (or as found by its wildcards), a slash, the name.
   */
  public GlobResult glob(String pattern, Set<GlobFlag> flags) {
    Glob glob = new Glob(this, flags);
    try {
      List<String> found = glob.run(Bytes.of(pattern));
      List<String> paths = new ArrayList<>(found.size());
      for (String p : found) {
        paths.add(Bytes.text(p));
      }
      return new GlobResult.Matches(pattern, paths, glob.skipped());
    } catch (Glob.Abort abort) {
      return new GlobResult.Aborted(pattern, abort.problem());
    }
  }

  /** {@code lstat} for glob: the kind of the object (a final link not followed), or null. */
  FileKind lstatKind(String bytePath, List<FsProblem> outsideRoot) {
    Walk walk = walk(bytePath, false);
    if (walk instanceof Walk.Found found) {
      return found.kind();
    }
    FsProblem problem = ((Walk.Failed) walk).problem();
    if (problem.kind() == FsProblem.Kind.OUTSIDE_ROOT) {
      outsideRoot.add(problem);
    }
    return null;
  }

  /** {@code stat} for glob's GLOB_MARK: true for a directory (following links). */
  boolean isDirectory(String bytePath) {
    Walk walk = walk(bytePath, true);
    return walk instanceof Walk.Found found && found.kind() == FileKind.DIRECTORY;
  }

  // ---------------------------------------------------------------------------------------------
  // the walk

  /** The outcome of resolving a byte-string path. */
  private sealed interface Walk {
    record Found(Path real, FileKind kind, long size) implements Walk {}

    record Failed(FsProblem problem) implements Walk {}
  }

  /**
   * A path component still to resolve. {@code link} names the symbolic link it came from; for a
   * component of the path itself (no link), {@code start} is its offset in the absolute path.
   */
  private record Component(String name, String link, String linkTarget, int start) {}

  /**
   * A directory a path prefix led to (see {@link #withDirectoryCache}): its real path, the names
   * leading to it from the base (no links among them) and the symbolic links followed on the
   * way, as the walk keeps them.
   */
  private static final class ResolvedDirectory {
    /** A prefix whose last name was found missing: every path under it is too. */
    static final ResolvedDirectory MISSING = new ResolvedDirectory(null, List.of(), 0);

    final Path real;
    final List<String> stack;
    final int links;

    ResolvedDirectory(Path real, List<String> stack, int links) {
      this.real = real;
      this.stack = List.copyOf(stack);
      this.links = links;
    }
  }

  /**
   * Resolves a path (byte string) component by component, following symbolic links here so that
   * a rooted walk never leaves the root.
   */
  private Walk walk(String bytePath, boolean followFinal) {
    String shown = Bytes.text(bytePath);
    if (bytePath.isEmpty()) {
      return new Walk.Failed(FsProblem.of(FsProblem.Kind.NOT_FOUND, shown));
    }
    boolean trailingSlash = bytePath.endsWith("/");
    if (trailingSlash) {
      followFinal = true; // a trailing slash makes the kernel follow a final link
    }
    String absolute = bytePath.startsWith("/") ? bytePath : cwd + "/" + bytePath;
    List<String> stack = new ArrayList<>();
    Path current = base;
    int links = 0;
    // The longest prefix of the path (ending before a slash) whose directory is cached.
    int from = 0;
    if (directories != null) {
      for (int slash = absolute.lastIndexOf('/'); slash > 0;
          slash = absolute.lastIndexOf('/', slash - 1)) {
        ResolvedDirectory known = directories.get(absolute.substring(0, slash));
        if (known == ResolvedDirectory.MISSING) {
          return new Walk.Failed(FsProblem.of(FsProblem.Kind.NOT_FOUND, shown));
        }
        if (known != null) {
          current = known.real;
          stack.addAll(known.stack);
          links = known.links;
          from = slash;
          break;
        }
      }
    }
    Deque<Component> todo = new ArrayDeque<>();
    for (int i = from; i < absolute.length(); ) {
      int end = absolute.indexOf('/', i);
      if (end < 0) {
        end = absolute.length();
      }
      if (end > i) {
        todo.addLast(new Component(absolute.substring(i, end), null, null, i));
      }
      i = end + 1;
    }
    int cachedUpTo = from;
    FileKind kind = FileKind.DIRECTORY;
    long size = 0;
    while (!todo.isEmpty()) {
      Component c = todo.removeFirst();
      if (directories != null && c.link() == null && c.start() - 1 > cachedUpTo) {
        // Every component before this one (and every link they led to) is resolved: a directory.
        cachedUpTo = c.start() - 1;
        directories.putIfAbsent(absolute.substring(0, cachedUpTo),
            new ResolvedDirectory(current, stack, links));
      }
      if (c.name().equals(".")) {
        continue;
      }
      if (c.name().equals("..")) {
        if (stack.isEmpty()) {
          if (confined) {
            return new Walk.Failed(outsideRoot(shown, c));
          }
          continue; // /.. is /
        }
        // The stack holds no links (they were expanded), so .. is the lexical parent.
        stack.remove(stack.size() - 1);
        current = stack.isEmpty() ? base : current.getParent();
        kind = FileKind.DIRECTORY;
        continue;
      }
      Path next = current.resolve(Bytes.text(c.name()));
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(next, BasicFileAttributes.class,
            LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        if (directories != null && c.link() == null && !todo.isEmpty()
            && e instanceof NoSuchFileException) {
          // A directory on the way is missing: so is every path this prefix starts.
          directories.putIfAbsent(absolute.substring(0, c.start() + c.name().length()),
              ResolvedDirectory.MISSING);
        }
        return new Walk.Failed(FsProblem.of(e, shown));
      }
      boolean last = todo.isEmpty();
      if (attributes.isSymbolicLink() && (!last || followFinal)) {
        if (++links > MAX_SYMLINKS) {
          return new Walk.Failed(FsProblem.of(FsProblem.Kind.SYMLINK_LOOP, shown));
        }
        String target;
        try {
          target = Bytes.of(Files.readSymbolicLink(next).toString());
        } catch (IOException e) {
          return new Walk.Failed(FsProblem.of(e, shown));
        }
        String linkPath = "/" + String.join("/", stack) + (stack.isEmpty() ? "" : "/") + c.name();
        if (target.startsWith("/")) {
          stack.clear();
          current = base;
        }
        String[] parts = target.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
          if (!parts[i].isEmpty()) {
            todo.addFirst(new Component(parts[i], linkPath, target, -1));
          }
        }
        kind = FileKind.DIRECTORY; // a target of only slashes and dots leaves us in a directory
        continue;
      }
      kind = kindOf(next, attributes);
      size = attributes.size();
      if (!last && kind != FileKind.DIRECTORY) {
        return new Walk.Failed(FsProblem.of(FsProblem.Kind.NOT_A_DIRECTORY, shown));
      }
      stack.add(c.name());
      current = next;
    }
    if (trailingSlash && kind != FileKind.DIRECTORY) {
      return new Walk.Failed(FsProblem.of(FsProblem.Kind.NOT_A_DIRECTORY, shown));
    }
    if (stack.isEmpty()) {
      kind = FileKind.DIRECTORY;
    }
    return new Walk.Found(current, kind, size);
  }

  private FsProblem outsideRoot(String shown, Component c) {
    if (c.link() == null) {
      return new FsProblem(FsProblem.Kind.OUTSIDE_ROOT, shown,
          "`..` climbs above the root directory " + base);
    }
    return new FsProblem(FsProblem.Kind.OUTSIDE_ROOT, shown,
        "the symbolic link " + Bytes.text(c.link()) + " -> " + Bytes.text(c.linkTarget())
            + " leads out of the root directory " + base);
  }

  private static FileKind kindOf(Path path, BasicFileAttributes attributes) {
    if (attributes.isRegularFile()) {
      return FileKind.REGULAR;
    }
    if (attributes.isDirectory()) {
      return FileKind.DIRECTORY;
    }
    if (attributes.isSymbolicLink()) {
      return FileKind.SYMLINK;
    }
    try {
      Object mode = Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      if (mode instanceof Integer m) {
        return FileKind.ofMode(m);
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // no unix view: fall through
    }
    return FileKind.OTHER;
  }

  private static FsProblem withPath(FsProblem problem, String path) {
    return problem.path().equals(path) ? problem
        : new FsProblem(problem.kind(), path, problem.detail());
  }

  /**
   * Byte strings: the UTF-8 bytes of a path, one char per byte (ISO-8859-1), which is how glob
   * matches and sorts (the C locale) and how chronyd compares paths.
   */
  static final class Bytes {
    private Bytes() {}

    static String of(String text) {
      return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    static String text(String bytes) {
      return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
  }
}

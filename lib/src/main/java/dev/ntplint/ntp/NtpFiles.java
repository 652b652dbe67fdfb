package dev.ntplint.ntp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files ntpd would see, named as ntp.conf names them (absolute, or relative to a base), on
 * this machine or inside a {@code --root} directory that stands for the target's {@code /}. In a
 * rooted view nothing outside the root is ever read: a path or symbolic link that leaves it is
 * refused. Nothing here throws for a problem with the files.
 */
public final class NtpFiles {

  /** Files larger than this are not read (16 MiB). */
  public static final long MAX_FILE_SIZE = 16L * 1024 * 1024;

  /** What reading a path gave. */
  public sealed interface Read permits Contents, Directory, Refused {}

  /** A regular file: its bytes, and where it is on this machine. */
  public record Contents(String path, Path hostPath, Path realPath, byte[] bytes) implements Read {}

  /** A directory, with its entry names sorted (byte order). */
  public record Directory(String path, Path hostPath, List<String> names) implements Read {}

  /** Not read, and why ("No such file or directory", "leaves the root directory", ...). */
  public record Refused(String path, String reason, boolean outsideRoot) implements Read {}

  private final Optional<Path> root;
  private final Path realRoot;
  /** Contents that stand in for files on disk, by real path (see {@link #withContents}). */
  private final Map<Path, byte[]> replaced;

  private NtpFiles(Optional<Path> root) {
    this(root, Map.of());
  }

  private NtpFiles(Optional<Path> root, Map<Path, byte[]> replaced) {
    this.root = root;
    this.replaced = replaced;
    Path real = null;
    if (root.isPresent()) {
      try {
        real = root.get().toRealPath();
      } catch (IOException e) {
        real = root.get().toAbsolutePath().normalize();
      }
    }
    this.realRoot = real;
  }

  /** This machine's files. */
  public static NtpFiles host() {
    return new NtpFiles(Optional.empty());
  }

  /** The files under {@code root}, which stands for the target's {@code /}. */
  public static NtpFiles rooted(Path root) {
    return new NtpFiles(Optional.of(root));
  }

  public Optional<Path> root() {
    return root;
  }

  /**
   * The same files, except that {@link #read} returns these bytes for the existing regular files
   * at these real paths instead of what is on disk (a fixer re-reading files it has not written).
   */
  public NtpFiles withContents(Map<Path, byte[]> contents) {
    Map<Path, byte[]> copy = new HashMap<>();
    contents.forEach((path, bytes) -> copy.put(path, bytes.clone()));
    return new NtpFiles(root, Map.copyOf(copy));
  }

  /**
   * {@code path} as the daemon resolves it: absolute as it is, relative against {@code base} (an
   * absolute directory path). Dots are removed textually; in a rooted view ".." stops at "/".
   */
  public static String resolve(String base, String path) {
    String joined = path.startsWith("/") ? path : (base.endsWith("/") ? base : base + "/") + path;
    List<String> parts = new ArrayList<>();
    for (String p : joined.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
        continue;
      }
      parts.add(p);
    }
    return "/" + String.join("/", parts);
  }

  /** The directory part of an absolute path ("/" for a file in the root directory). */
  public static String dirname(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "/" : path.substring(0, slash);
  }

  /** The path on this machine for a daemon path (absolute, already resolved). */
  public Path hostPath(String path) {
    if (root.isEmpty()) {
      return Path.of(path);
    }
    return root.get().resolve(path.substring(1).isEmpty() ? "." : path.substring(1));
  }

  /** The daemon path of a file on this machine (for the main file). */
  public String daemonPath(Path hostFile) {
    Path abs = hostFile.toAbsolutePath().normalize();
    if (root.isEmpty()) {
      return abs.toString();
    }
    Path r = root.get().toAbsolutePath().normalize();
    if (abs.startsWith(r)) {
      return "/" + r.relativize(abs).toString().replace('\\', '/');
    }
    return abs.toString();
  }

  /** Reads a file, or lists a directory. */
  public Read read(String path) {
    Path host = hostPath(path);
    if (!Files.exists(host, LinkOption.NOFOLLOW_LINKS) && !Files.exists(host)) {
      return new Refused(path, "No such file or directory", false);
    }
    Path real;
    try {
      real = host.toRealPath();
    } catch (IOException e) {
      return new Refused(path, e instanceof java.nio.file.NoSuchFileException
          ? "No such file or directory" : "cannot be resolved: " + e.getMessage(), false);
    }
    if (realRoot != null && !real.startsWith(realRoot)) {
      return new Refused(path, "leaves the --root directory (a symbolic link points outside it)",
          true);
    }
    if (Files.isDirectory(real)) {
      try (Stream<Path> s = Files.list(real)) {
        List<String> names = new ArrayList<>();
        s.forEach(p -> names.add(p.getFileName().toString()));
        names.sort(NtpFiles::compareBytes);
        return new Directory(path, host, names);
      } catch (IOException e) {
        return new Refused(path, "Permission denied", false);
      }
    }
    if (!Files.isRegularFile(real)) {
      return new Refused(path, "not a regular file (never opened)", false);
    }
    byte[] standIn = replaced.get(real);
    if (standIn != null) {
      return new Contents(path, host, real, standIn.clone());
    }
    try {
      if (Files.size(real) > MAX_FILE_SIZE) {
        return new Refused(path, "File too large", false);
      }
      return new Contents(path, host, real, Files.readAllBytes(real));
    } catch (IOException e) {
      return new Refused(path, "Permission denied", false);
    }
  }

  /** strcmp order of the UTF-8 bytes. */
  static int compareBytes(String a, String b) {
    byte[] x = a.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] y = b.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return java.util.Arrays.compareUnsigned(x, y);
  }
}

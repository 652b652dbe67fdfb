package dev.ntplint.ntp;

import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.fs.DirectoryListing;
import dev.ntplint.fs.FileKind;
import dev.ntplint.fs.FileRead;
import dev.ntplint.fs.FsProblem;
import dev.ntplint.fs.Resolution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files ntpd would see, named as ntp.conf names them (absolute, or relative to a base), on
 * this machine or inside a {@code --root} directory that stands for the target's {@code /}: the
 * ntp.conf view of a {@link ConfinedFileSystem}, which does the reading. In a rooted view nothing
 * outside the root is ever read (paths, {@code ..} and symbolic links resolve inside it, as under
 * chroot), and files above the file system's size limit are refused. Nothing here throws for a
 * problem with the files.
 */
public final class NtpFiles {

  /** What reading a path gave. */
  public sealed interface Read permits Contents, Directory, Refused {}

  /** A regular file: its bytes, and where it is on this machine. */
  public record Contents(String path, Path hostPath, Path realPath, byte[] bytes) implements Read {}

  /** A directory, with its entry names sorted (byte order). */
  public record Directory(String path, Path hostPath, List<String> names) implements Read {}

  /** Not read, and why ("No such file or directory", "Leaves the root directory", ...). */
  public record Refused(String path, String reason, boolean outsideRoot) implements Read {}

  private final ConfinedFileSystem fs;

  private NtpFiles(ConfinedFileSystem fs) {
    this.fs = fs;
  }

  /** The files of {@code fs} (its root, size limit and working directory). */
  public static NtpFiles of(ConfinedFileSystem fs) {
    return new NtpFiles(fs);
  }

  /** This machine's files. */
  public static NtpFiles host() {
    return of(ConfinedFileSystem.unconfined(Path.of("").toAbsolutePath()));
  }

  /** The files under {@code root}, which stands for the target's {@code /}. */
  public static NtpFiles rooted(Path root) {
    return of(ConfinedFileSystem.rooted(root));
  }

  public Optional<Path> root() {
    return fs.root();
  }

  /**
   * The same files, except that {@link #read} returns these bytes for the existing regular files
   * at these real paths instead of what is on disk (a fixer re-reading files it has not written).
   */
  public NtpFiles withContents(Map<Path, byte[]> contents) {
    return new NtpFiles(fs.withContents(contents));
  }

  /**
   * {@code path} as the daemon resolves it: absolute as it is, relative against {@code base} (an
   * absolute directory path). Dots are removed textually; in a rooted view ".." stops at "/".
   */
  public static String resolve(String base, String path) {
    String joined = path.startsWith("/") ? path : (base.endsWith("/") ? base : base + "/") + path;
    if (isResolved(joined)) {
      // Nearly every path a configuration names: no split and join (a few % of checking a
      // short ntp.conf, issue 8).
      return joined;
    }
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

  /** True when {@code path} is absolute with no empty, "." or ".." name and no final slash. */
  private static boolean isResolved(String path) {
    if (!path.startsWith("/")) {
      return false;
    }
    if (path.length() == 1) {
      return true;
    }
    int nameStart = 1;
    for (int i = 1; i <= path.length(); i++) {
      if (i < path.length() && path.charAt(i) != '/') {
        continue;
      }
      int length = i - nameStart;
      if (length == 0 || (path.charAt(nameStart) == '.'
          && (length == 1 || (length == 2 && path.charAt(nameStart + 1) == '.')))) {
        return false;
      }
      nameStart = i + 1;
    }
    return true;
  }

  /** The directory part of an absolute path ("/" for a file in the root directory). */
  public static String dirname(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "/" : path.substring(0, slash);
  }

  /** The path on this machine for a daemon path (absolute, already resolved). */
  public Path hostPath(String path) {
    if (fs.root().isEmpty()) {
      return Path.of(path);
    }
    return fs.root().get().resolve(path.substring(1).isEmpty() ? "." : path.substring(1));
  }

  /** The daemon path of a file on this machine (for the main file). */
  public String daemonPath(Path hostFile) {
    Optional<String> target = fs.toTargetPath(hostFile);
    return target.isPresent() ? target.get() : hostFile.toAbsolutePath().normalize().toString();
  }

  /** Reads a file, or lists a directory. */
  public Read read(String path) {
    Resolution resolution = fs.resolve(path);
    if (resolution instanceof Resolution.Unresolved unresolved) {
      return refused(path, unresolved.problem());
    }
    if (((Resolution.Resolved) resolution).kind() == FileKind.DIRECTORY) {
      DirectoryListing listing = fs.listDirectory(path);
      if (listing instanceof DirectoryListing.Refused r) {
        return refused(path, r.problem());
      }
      return new Directory(path, hostPath(path), ((DirectoryListing.Listed) listing).names());
    }
    FileRead read = fs.readFile(path);
    if (read instanceof FileRead.Refused r) {
      return refused(path, r.problem());
    }
    FileRead.Contents contents = (FileRead.Contents) read;
    return new Contents(path, hostPath(path), contents.realPath(), contents.bytes());
  }

  private static Refused refused(String path, FsProblem problem) {
    return new Refused(path, problem.detail(), problem.kind() == FsProblem.Kind.OUTSIDE_ROOT);
  }
}

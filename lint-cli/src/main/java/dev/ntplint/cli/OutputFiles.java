package dev.ntplint.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writing result files safely: a temporary file in the same directory, then a rename, so a reader
 * never sees half a file; an existing file is replaced only when asked (ntp2chrony crashed on an
 * existing file, bug B11).
 */
final class OutputFiles {

  private OutputFiles() {}

  /** Fails with a user error when {@code target} exists and may not be replaced. */
  static void checkWritable(Path target, boolean force) {
    if (!force && Files.exists(target)) {
      throw new UserError(target + ": exists; use --force to replace it");
    }
    Path dir = directory(target);
    if (!Files.isDirectory(dir)) {
      throw new UserError(target + ": directory " + dir + " does not exist");
    }
  }

  /**
   * Writes {@code bytes} to {@code target} atomically.
   *
   * @param secret true for key material: the file is created readable by its owner only
   */
  static void write(Path target, byte[] bytes, boolean force, boolean secret) {
    checkWritable(target, force);
    Path dir = directory(target);
    Path temp = null;
    try {
      temp = secret && supportsPosix(dir)
          ? Files.createTempFile(dir, ".ntplint-", ".tmp",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
          : Files.createTempFile(dir, ".ntplint-", ".tmp");
      Files.write(temp, bytes);
      if (force) {
        move(temp, target, true);
      } else {
        // Without --force, a file that appeared meanwhile is not replaced either.
        Files.createLink(target, temp);
        Files.delete(temp);
      }
      temp = null;
    } catch (FileAlreadyExistsException e) {
      throw new UserError(target + ": exists; use --force to replace it");
    } catch (UnsupportedOperationException e) {
      moveOrFail(temp, target);
      temp = null;
    } catch (IOException e) {
      throw new UserError(target + ": cannot write: " + e.getMessage());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The temporary file is left behind; nothing else to do.
        }
      }
    }
  }

  private static void moveOrFail(Path temp, Path target) {
    try {
      if (Files.exists(target)) {
        throw new UserError(target + ": exists; use --force to replace it");
      }
      move(temp, target, false);
    } catch (IOException e) {
      throw new UserError(target + ": cannot write: " + e.getMessage());
    }
  }

  private static void move(Path temp, Path target, boolean replace) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      if (replace) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(temp, target);
      }
    }
  }

  private static Path directory(Path target) {
    Path parent = target.toAbsolutePath().getParent();
    return parent == null ? Path.of("/") : parent;
  }

  private static boolean supportsPosix(Path dir) {
    return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}

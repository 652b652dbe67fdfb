package dev.ntplint.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.UserPrincipal;

/**
 * Replaces a file's contents so that a reader (or a crash) sees either the old bytes or the new
 * ones, never a mixture: the new bytes go to a temporary file in the same directory, are synced to
 * disk, get the old file's mode and owner, and are renamed over it; then the directory is synced.
 * A symbolic link is written through: its target is replaced and the link stays a link. On any
 * failure the temporary file is removed and the old file is untouched.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Replaces the contents of the existing regular file {@code file} (or of the file a symbolic
   * link at {@code file} leads to) with {@code bytes}.
   *
   * @throws IOException when the file does not exist, or cannot be replaced with its mode and
   *     owner kept; the file is then as it was
   */
  public static void replace(Path file, byte[] bytes) throws IOException {
    Path target = file.toRealPath();
    if (!Files.isRegularFile(target)) {
      throw new IOException(file + ": not a regular file");
    }
    Path directory = target.getParent();
    PosixFileAttributes attributes = Files.readAttributes(target, PosixFileAttributes.class);
    Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".ntplint");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      keepOwnerAndMode(temporary, attributes);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException(file + ": cannot be replaced atomically: " + e.getMessage(), e);
      }
      moved = true;
      syncDirectory(directory);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /** The old file's permissions, owner and group on the new one (owner only where it differs). */
  private static void keepOwnerAndMode(Path temporary, PosixFileAttributes old) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temporary,
        PosixFileAttributeView.class);
    PosixFileAttributes now = view.readAttributes();
    UserPrincipal owner = old.owner();
    GroupPrincipal group = old.group();
    if (!now.owner().equals(owner)) {
      view.setOwner(owner);
    }
    if (!now.group().equals(group)) {
      view.setGroup(group);
    }
    // After the owner: changing the owner may clear set-id bits.
    view.setPermissions(old.permissions());
  }

  /** Makes the rename durable: on Linux a directory opened for reading can be synced. */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some file systems refuse to sync a directory; the rename itself has happened.
    }
  }
}

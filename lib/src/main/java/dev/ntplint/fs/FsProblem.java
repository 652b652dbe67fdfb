package dev.ntplint.fs;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Objects;

/**
 * Why a path could not be resolved, read, listed or searched: a value, never an exception.
 *
 * @param kind what went wrong
 * @param path the path concerned, as the daemon would name it (the path as given or as produced by
 *     glob; for a problem found on the way, such as a symbolic link leaving the root, the path of
 *     that link)
 * @param detail a sentence for people; for the errno-like kinds it is {@link Kind#strerror()}
 */
public record FsProblem(Kind kind, String path, String detail) {

  /** What went wrong. */
  public enum Kind {
    /** {@code ENOENT}: the path (or a directory on the way) does not exist. */
    NOT_FOUND("No such file or directory"),
    /** {@code ENOTDIR}: a component used as a directory is not one. */
    NOT_A_DIRECTORY("Not a directory"),
    /** {@code EACCES}: no permission to search a directory on the way or to read the file. */
    PERMISSION_DENIED("Permission denied"),
    /** {@code ELOOP}: more than {@link ConfinedFileSystem#MAX_SYMLINKS} symbolic links. */
    SYMLINK_LOOP("Too many levels of symbolic links"),
    /** The path, or a symbolic link on the way, climbs above the {@code --root} directory. */
    OUTSIDE_ROOT("Leaves the root directory"),
    /** A directory where a file's contents were wanted. */
    IS_DIRECTORY("Is a directory"),
    /** A FIFO: opening it would block until a writer appears, so it is never opened. */
    FIFO("Is a FIFO"),
    /** A character or block device: never opened. */
    DEVICE("Is a device"),
    /** A Unix-domain socket: {@code open(2)} fails with {@code ENXIO}. */
    SOCKET("No such device or address"),
    /** Some other special file type. */
    OTHER_TYPE("Not a regular file"),
    /** A regular file larger than the configured limit: not read. */
    TOO_LARGE("File too large"),
    /** Any other I/O error. */
    IO_ERROR("Input/output error");

    private final String strerror;

    Kind(String strerror) {
      this.strerror = strerror;
    }

    /** The C library's wording (what chronyd prints after {@code Could not open PATH :}). */
    public String strerror() {
      return strerror;
    }
  }

  public FsProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(detail, "detail");
  }

  /** A problem whose detail is the kind's C library wording. */
  public static FsProblem of(Kind kind, String path) {
    return new FsProblem(kind, path, kind.strerror());
  }

  /**
   * The problem an exception of java.nio (or a java.io open) reports for {@code path}: java.nio
   * gives errno as exception types or as the C library's text.
   */
  public static FsProblem of(IOException e, String path) {
    if (e instanceof NoSuchFileException) {
      return of(Kind.NOT_FOUND, path);
    }
    if (e instanceof AccessDeniedException) {
      return of(Kind.PERMISSION_DENIED, path);
    }
    if (e instanceof NotDirectoryException) {
      return of(Kind.NOT_A_DIRECTORY, path);
    }
    String reason = e instanceof FileSystemException fse ? fse.getReason()
        : e instanceof FileNotFoundException ? javaIoReason(e.getMessage()) : e.getMessage();
    if (reason != null) {
      for (Kind kind : Kind.values()) {
        if (reason.equals(kind.strerror())) {
          return of(kind, path);
        }
      }
      return new FsProblem(Kind.IO_ERROR, path, reason);
    }
    return of(Kind.IO_ERROR, path);
  }

  /**
   * The system's reason in a java.io open failure, which reads {@code PATH (REASON)}
   * ({@code FileInputStream}); the whole message when it is not of that form.
   */
  static String javaIoReason(String message) {
    if (message == null || !message.endsWith(")")) {
      return message;
    }
    int open = message.lastIndexOf(" (");
    return open < 0 ? message : message.substring(open + 2, message.length() - 1);
  }

  /** {@code PATH: detail}. */
  public String message() {
    return path + ": " + detail;
  }

  @Override
  public String toString() {
    return kind + "(" + message() + ")";
  }
}

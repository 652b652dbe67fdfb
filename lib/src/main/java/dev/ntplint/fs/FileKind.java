package dev.ntplint.fs;

/** The type of a file system object, as {@code st_mode & S_IFMT} tells it. */
public enum FileKind {
  REGULAR("a regular file"),
  DIRECTORY("a directory"),
  SYMLINK("a symbolic link"),
  FIFO("a FIFO (named pipe)"),
  CHARACTER_DEVICE("a character device"),
  BLOCK_DEVICE("a block device"),
  SOCKET("a socket"),
  OTHER("a special file");

  private final String description;

  FileKind(String description) {
    this.description = description;
  }

  /** "a regular file", "a FIFO (named pipe)", ...: for messages. */
  public String description() {
    return description;
  }

  /** The kind for a Unix {@code st_mode} value. */
  public static FileKind ofMode(int mode) {
    switch (mode & 0170000) {
      case 0100000:
        return REGULAR;
      case 0040000:
        return DIRECTORY;
      case 0120000:
        return SYMLINK;
      case 0010000:
        return FIFO;
      case 0020000:
        return CHARACTER_DEVICE;
      case 0060000:
        return BLOCK_DEVICE;
      case 0140000:
        return SOCKET;
      default:
        return OTHER;
    }
  }
}

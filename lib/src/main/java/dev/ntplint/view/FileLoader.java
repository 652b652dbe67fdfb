package dev.ntplint.view;

import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.fs.FileRead;
import dev.ntplint.source.SourceFile;
import java.util.Optional;

/**
 * Reads a file a configuration refers to (a keys file), as the daemon would see it. Nothing is
 * read outside what the {@link ConfinedFileSystem} allows.
 */
@FunctionalInterface
public interface FileLoader {

  /** Reads nothing: every file is unknown. */
  FileLoader NONE = new FileLoader() {
    @Override
    public Optional<SourceFile> load(String path) {
      return Optional.empty();
    }
  };

  /** The file at {@code path} (as written in the configuration), or empty when unreadable. */
  Optional<SourceFile> load(String path);

  /** Reads through {@code fs}, naming each file by the path the configuration used. */
  static FileLoader of(ConfinedFileSystem fs) {
    return new FileLoader() {
      @Override
      public Optional<SourceFile> load(String path) {
        FileRead read = fs.readFile(path);
        if (read instanceof FileRead.Contents contents) {
          return Optional.of(SourceFile.of(path, contents.bytes()));
        }
        return Optional.empty();
      }
    };
  }
}

package dev.ntplint.view;

import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.fs.FileRead;
import dev.ntplint.source.SourceFile;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

  /**
   * {@code loader}, asked once per path: each later load of the path gives what the first one
   * did. For a batch of configurations that name the same files (a fleet's keys file), read
   * once per run instead of once per configuration, as one consistent state of the file (issue 8,
   * P2). Thread-safe.
   */
  static FileLoader once(FileLoader loader) {
    Map<String, Optional<SourceFile>> loaded = new ConcurrentHashMap<>();
    return new FileLoader() {
      @Override
      public Optional<SourceFile> load(String path) {
        Optional<SourceFile> known = loaded.get(path);
        if (known == null) {
          known = loader.load(path);
          Optional<SourceFile> raced = loaded.putIfAbsent(path, known);
          if (raced != null) {
            known = raced;
          }
        }
        return known;
      }
    };
  }

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

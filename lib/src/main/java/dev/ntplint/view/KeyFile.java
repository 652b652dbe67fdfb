package dev.ntplint.view;

import dev.ntplint.source.SourceFile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The keys file a configuration names, and what could be read of it.
 *
 * @param setting the directive that names it ({@code keyfile}, ntpd {@code keys})
 * @param file the file's contents, when it could be read (under {@code --root}, or on this
 *     machine); empty when it cannot be read, in which case nothing can be said about its keys
 * @param keys the keys it defines, in order
 */
public record KeyFile(PathSetting setting, Optional<SourceFile> file, List<KeyEntry> keys) {

  public KeyFile {
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(file, "file");
    keys = List.copyOf(keys);
  }

  /** True when the file was read, so its key list is known. */
  public boolean readable() {
    return file.isPresent();
  }

  /** The key with this id (the last one, as the daemons keep the last definition). */
  public Optional<KeyEntry> key(long id) {
    KeyEntry found = null;
    for (KeyEntry k : keys) {
      if (k.id() == id) {
        found = k;
      }
    }
    return Optional.ofNullable(found);
  }
}

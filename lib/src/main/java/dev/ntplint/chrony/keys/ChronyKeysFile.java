package dev.ntplint.chrony.keys;

import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SyntaxTree;
import java.util.List;
import java.util.Optional;

/**
 * A chrony key file as read: its lossless syntax tree (printing it gives the file back byte for
 * byte) and the keys chronyd loads from it.
 *
 * @param keys the keys chronyd loads, in file order
 * @param lines every line chronyd parses as a key (id, type, key), loaded or not, in file order
 */
public record ChronyKeysFile(SyntaxTree syntax, List<ChronyKey> keys, List<ChronyKey> lines) {

  public ChronyKeysFile {
    keys = List.copyOf(keys);
    lines = List.copyOf(lines);
  }

  public SourceFile file() {
    return syntax.file();
  }

  /**
   * The loaded key with this id. With duplicates chronyd's choice is arbitrary (it sorts by id and
   * binary-searches); this returns the last one, as for ntpd keys files.
   */
  public Optional<ChronyKey> key(long id) {
    ChronyKey found = null;
    for (ChronyKey k : keys) {
      if (k.id() == id) {
        found = k;
      }
    }
    return Optional.ofNullable(found);
  }

  public byte[] print() {
    return syntax.print();
  }
}

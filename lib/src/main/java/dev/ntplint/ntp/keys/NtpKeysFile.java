package dev.ntplint.ntp.keys;

import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SyntaxTree;
import java.util.List;
import java.util.Optional;

/**
 * An ntpd keys file as read: its lossless syntax tree (printing it gives the file back byte for
 * byte) and the keys ntpd would load from it.
 *
 * @param keys the keys the target daemon loads (for classic ntpd: none when it rejects the file)
 * @param lines the key lines as read, valid or not, in order
 */
public record NtpKeysFile(SyntaxTree syntax, List<NtpKey> keys, List<NtpKey> lines) {

  public NtpKeysFile {
    keys = List.copyOf(keys);
    lines = List.copyOf(lines);
  }

  public SourceFile file() {
    return syntax.file();
  }

  /** The key ntpd uses for {@code id} (the last line with that id wins). */
  public Optional<NtpKey> key(long id) {
    NtpKey found = null;
    for (NtpKey k : keys) {
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

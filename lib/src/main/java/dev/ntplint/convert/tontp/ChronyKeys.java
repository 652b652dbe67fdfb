package dev.ntplint.convert.tontp;

import dev.ntplint.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A chrony keys file as chronyd reads it (keys.c): {@code ID [TYPE] KEY} per line, {@code #}
 * comments, KEY as {@code HEX:...}, {@code ASCII:...} or plain text (MD5 when TYPE is left out).
 * The key bytes are held only long enough to write the ntpd keys file.
 */
final class ChronyKeys {

  /** One key line; {@code material} is empty when the key text is unusable. */
  record Key(int line, long id, String type, Optional<byte[]> material) {}

  private ChronyKeys() {}

  static List<Key> read(SourceFile file) {
    List<Key> keys = new ArrayList<>();
    String[] lines = new String(file.bytes(), StandardCharsets.ISO_8859_1).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      String[] words = line.trim().split("[ \t\r]+");
      if (words.length < 2 || words[0].isEmpty()) {
        continue;
      }
      long id;
      try {
        id = Long.parseLong(words[0]);
      } catch (NumberFormatException e) {
        continue;
      }
      String type = words.length >= 3 ? words[1].toUpperCase(Locale.ROOT) : "MD5";
      String text = words.length >= 3 ? words[2] : words[1];
      keys.add(new Key(i + 1, id, type, decode(text)));
    }
    return keys;
  }

  private static Optional<byte[]> decode(String text) {
    if (text.startsWith("HEX:")) {
      try {
        return Optional.of(HexFormat.of().parseHex(text.substring(4)));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    String ascii = text.startsWith("ASCII:") ? text.substring(6) : text;
    return ascii.isEmpty() ? Optional.empty()
        : Optional.of(ascii.getBytes(StandardCharsets.ISO_8859_1));
  }
}

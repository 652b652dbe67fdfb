package dev.ntplint.fidelity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One generated input of a differential harness, whichever daemon judges it: a main file and, for
 * include trees, the other files and directories it may pull in, by path relative to the case
 * directory. The shared machinery (the prefetching {@link FidelityRun}, the {@link Minimizer})
 * works on this shape; each daemon's case type only names its main file.
 *
 * @param <C> the concrete case type, so that edits of a case give a case of the same daemon
 */
interface FidelityCase<C extends FidelityCase<C>> {

  /** The main file's name in the case directory. */
  String mainName();

  byte[] main();

  /** Other files by relative path; a path ending with {@code /} is an empty directory. */
  Map<String, byte[]> files();

  /** The same kind of case with other contents. */
  C with(byte[] main, Map<String, byte[]> files);

  /** True when the case has files besides the main one. */
  default boolean isTree() {
    return !files().isEmpty();
  }

  /** A string equal for equal cases (the bytes, one char per byte): the prefetch cache's key. */
  default String key() {
    StringBuilder sb = new StringBuilder(new String(main(), StandardCharsets.ISO_8859_1));
    for (Map.Entry<String, byte[]> e : files().entrySet()) {
      sb.append('\u0000').append('\u0001').append(e.getKey()).append('\u0000')
          .append(new String(e.getValue(), StandardCharsets.ISO_8859_1));
    }
    return sb.toString();
  }

  /** Writes the case into an empty directory. */
  default void writeTo(Path dir) throws IOException {
    for (Map.Entry<String, byte[]> e : files().entrySet()) {
      Path p = dir.resolve(e.getKey());
      if (e.getKey().endsWith("/")) {
        Files.createDirectories(p);
      } else {
        Files.createDirectories(p.getParent());
        Files.write(p, e.getValue());
      }
    }
    Files.write(dir.resolve(mainName()), main());
  }

  /** A readable one-line form, for failure reports. */
  default String describe() {
    StringBuilder sb = new StringBuilder(mainName()).append(": ").append(escape(main()));
    for (Map.Entry<String, byte[]> e : files().entrySet()) {
      sb.append("; ").append(e.getKey());
      if (!e.getKey().endsWith("/")) {
        sb.append(": ").append(escape(e.getValue()));
      }
    }
    return sb.toString();
  }

  /** Bytes as a quoted C-like string: printable ASCII as is, the rest escaped. */
  static String escape(byte[] bytes) {
    StringBuilder sb = new StringBuilder("\"");
    int run = 0;
    for (int i = 0; i < bytes.length; i++) {
      int c = bytes[i] & 0xff;
      // Long runs of one byte (long lines) are shortened to keep reports readable.
      if (i > 0 && bytes[i] == bytes[i - 1] && c >= 0x20 && c < 0x7f) {
        run++;
        if (run >= 8) {
          int end = i;
          while (end < bytes.length && bytes[end] == bytes[i]) {
            end++;
          }
          if (end - i > 4) {
            sb.append("{x").append(end - i).append('}');
            i = end - 1;
            run = 0;
            continue;
          }
        }
      } else {
        run = 0;
      }
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case 0x0b -> sb.append("\\v");
        case '\f' -> sb.append("\\f");
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c < 0x20 || c >= 0x7f) {
            sb.append(String.format("\\x%02x", c));
          } else {
            sb.append((char) c);
          }
        }
      }
    }
    return sb.append("\" (").append(bytes.length).append(" bytes)").toString();
  }
}

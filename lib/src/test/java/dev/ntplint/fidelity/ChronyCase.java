package dev.ntplint.fidelity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One generated input for the differential test: the main chrony.conf and, for include trees, the
 * other files and directories it may pull in, by path relative to the case directory (which is
 * chronyd's working directory, so relative include patterns resolve there).
 *
 * @param main the bytes of the main file, written as {@value #MAIN}
 * @param files other files by relative path; a path ending with {@code /} is an empty directory
 */
public record ChronyCase(byte[] main, Map<String, byte[]> files) {

  /** The main file's name in the case directory. */
  public static final String MAIN = "chrony.conf";

  public ChronyCase {
    files = Collections.unmodifiableMap(new TreeMap<>(files));
  }

  public static ChronyCase single(byte[] main) {
    return new ChronyCase(main, Map.of());
  }

  /** True when the case has files besides the main one. */
  public boolean isTree() {
    return !files.isEmpty();
  }

  /** A string equal for equal cases (the bytes, one char per byte): the prefetch cache's key. */
  public String key() {
    StringBuilder sb = new StringBuilder(new String(main, StandardCharsets.ISO_8859_1));
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      sb.append('\u0000').append('\u0001').append(e.getKey()).append('\u0000')
          .append(new String(e.getValue(), StandardCharsets.ISO_8859_1));
    }
    return sb.toString();
  }

  /** Writes the case into an empty directory. */
  public void writeTo(Path dir) throws IOException {
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Path p = dir.resolve(e.getKey());
      if (e.getKey().endsWith("/")) {
        Files.createDirectories(p);
      } else {
        Files.createDirectories(p.getParent());
        Files.write(p, e.getValue());
      }
    }
    Files.write(dir.resolve(MAIN), main);
  }

  /** A readable one-line form, for failure reports. */
  public String describe() {
    StringBuilder sb = new StringBuilder(MAIN).append(": ").append(escape(main));
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      sb.append("; ").append(e.getKey());
      if (!e.getKey().endsWith("/")) {
        sb.append(": ").append(escape(e.getValue()));
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return describe();
  }

  /** Bytes as a quoted C-like string: printable ASCII as is, the rest escaped. */
  public static String escape(byte[] bytes) {
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

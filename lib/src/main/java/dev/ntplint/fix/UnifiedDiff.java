package dev.ntplint.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed file as a unified diff ({@code diff -u}, three lines of context) that {@code patch -p1}
 * and {@code git apply} take: byte for byte, so a CRLF line keeps its CR, and a last line without
 * a newline is marked {@code \ No newline at end of file}.
 */
public final class UnifiedDiff {

  private static final int CONTEXT = 3;
  private static final String NO_NEWLINE = "\\ No newline at end of file\n";

  private UnifiedDiff() {}

  /** The diff of {@code file}, its paths given as {@code a/NAME} and {@code b/NAME}. */
  public static byte[] of(FixedFile file) {
    String name = file.name().startsWith("/") ? file.name().substring(1) : file.name();
    return of("a/" + name, "b/" + name, file.original(), file.fixed());
  }

  /** The diff from {@code before} (named {@code from}) to {@code after} (named {@code to}). */
  public static byte[] of(String from, String to, byte[] before, byte[] after) {
    // Latin-1 maps every byte to one char and back: the diff keeps invalid UTF-8 as it was.
    List<String> oldLines = lines(new String(before, StandardCharsets.ISO_8859_1));
    List<String> newLines = lines(new String(after, StandardCharsets.ISO_8859_1));
    Patch<String> patch = DiffUtils.diff(oldLines, newLines);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (patch.getDeltas().isEmpty()) {
      return out.toByteArray();
    }
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(from, to, oldLines, patch, CONTEXT);
    for (int i = 0; i < diff.size(); i++) {
      String line = diff.get(i);
      boolean header = i < 2 || line.startsWith("@@");
      out.writeBytes(line.getBytes(StandardCharsets.ISO_8859_1));
      if (header) {
        out.write('\n');
      } else if (!line.endsWith("\n")) {
        // Only a file's last line can lack its newline.
        out.write('\n');
        out.writeBytes(NO_NEWLINE.getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    return out.toByteArray();
  }

  /** The lines of {@code text}, each with its terminator (the last one may have none). */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}

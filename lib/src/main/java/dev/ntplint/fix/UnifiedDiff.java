package dev.ntplint.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
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

  /**
   * The diff of {@code file}, its paths given as {@code a/NAME} and {@code b/NAME}.
   *
   * <p>The lines that lie in one {@linkplain FixedFile#kept() kept range} of the file are the
   * same line in both versions; only the runs of lines between two such lines are compared (by
   * java-diff-utils). A diff of the whole files costs time in proportion to their length times the
   * number of changed lines: a fixed 5 MB chrony.conf with 50,000 fixes took 47 s (issue 8, P4).
   */
  public static byte[] of(FixedFile file) {
    String name = file.name().startsWith("/") ? file.name().substring(1) : file.name();
    List<String> oldLines = lines(new String(file.original(), StandardCharsets.ISO_8859_1));
    List<String> newLines = lines(new String(file.fixed(), StandardCharsets.ISO_8859_1));
    return write("a/" + name, "b/" + name, oldLines, alignedDiff(oldLines, newLines, file.kept()));
  }

  /** The diff from {@code before} (named {@code from}) to {@code after} (named {@code to}). */
  public static byte[] of(String from, String to, byte[] before, byte[] after) {
    // Latin-1 maps every byte to one char and back: the diff keeps invalid UTF-8 as it was.
    List<String> oldLines = lines(new String(before, StandardCharsets.ISO_8859_1));
    List<String> newLines = lines(new String(after, StandardCharsets.ISO_8859_1));
    return write(from, to, oldLines, DiffUtils.diff(oldLines, newLines));
  }

  /**
   * The changes from {@code oldLines} to {@code newLines}, given that the bytes of each range of
   * {@code kept} are the same in both.
   */
  private static Patch<String> alignedDiff(List<String> oldLines, List<String> newLines,
      List<KeptRange> kept) {
    Patch<String> patch = new Patch<>();
    int oldFrom = 0; // the first line of each version after the last line known to be the same
    int newFrom = 0;
    int oldLine = 0;
    int oldStart = 0; // byte offset of oldLine
    int newLine = 0;
    int newStart = 0; // byte offset of newLine
    for (KeptRange k : kept) {
      // An old line that lies wholly in k is the same line in the new version when its image
      // there starts a line, and that line is as long.
      while (oldLine < oldLines.size()) {
        int length = oldLines.get(oldLine).length();
        if (oldStart + length > k.originalStart() + k.length()) {
          break;
        }
        if (oldStart >= k.originalStart()) {
          int image = oldStart - k.originalStart() + k.fixedStart();
          while (newLine < newLines.size() && newStart < image) {
            newStart += newLines.get(newLine).length();
            newLine++;
          }
          if (newStart == image && newLine < newLines.size()
              && newLines.get(newLine).length() == length) {
            addChanges(patch, oldLines, oldFrom, oldLine, newLines, newFrom, newLine);
            oldFrom = oldLine + 1;
            newFrom = newLine + 1;
          }
        }
        oldStart += length;
        oldLine++;
      }
    }
    addChanges(patch, oldLines, oldFrom, oldLines.size(), newLines, newFrom, newLines.size());
    return patch;
  }

  /** The changes from old lines [oldFrom, oldTo) to new lines [newFrom, newTo), added. */
  private static void addChanges(Patch<String> patch, List<String> oldLines, int oldFrom,
      int oldTo, List<String> newLines, int newFrom, int newTo) {
    if (oldFrom == oldTo && newFrom == newTo) {
      return;
    }
    Patch<String> part = DiffUtils.diff(oldLines.subList(oldFrom, oldTo),
        newLines.subList(newFrom, newTo));
    for (AbstractDelta<String> delta : part.getDeltas()) {
      patch.addDelta(delta.withChunks(
          new Chunk<>(oldFrom + delta.getSource().getPosition(), delta.getSource().getLines()),
          new Chunk<>(newFrom + delta.getTarget().getPosition(), delta.getTarget().getLines())));
    }
  }

  private static byte[] write(String from, String to, List<String> oldLines,
      Patch<String> patch) {
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

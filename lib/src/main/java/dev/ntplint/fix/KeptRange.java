package dev.ntplint.fix;

import dev.ntplint.source.TextEdit;
import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of a file that the fixes left as it was: bytes {@code [originalStart, originalStart +
 * length)} of the file as read are bytes {@code [fixedStart, fixedStart + length)} of the fixed
 * file. The fixer knows these from its own edits, so a diff of the two files needs no search for
 * what they share (see {@link UnifiedDiff#of(FixedFile)}).
 */
public record KeptRange(int originalStart, int fixedStart, int length) {

  public KeptRange {
    if (originalStart < 0 || fixedStart < 0 || length <= 0) {
      throw new IllegalArgumentException(
          "bad kept range: " + originalStart + " -> " + fixedStart + ", " + length + " bytes");
    }
  }

  int fixedEnd() {
    return fixedStart + length;
  }

  /** A file no fix has touched yet: all of it kept ({@code length} may be 0: nothing). */
  static List<KeptRange> whole(int length) {
    return length == 0 ? List.of() : List.of(new KeptRange(0, 0, length));
  }

  /**
   * What stays kept when {@code edits} (in the fixed file's current offsets, none overlapping)
   * are applied to it: each range minus the bytes the edits replace, moved by what the edits
   * before it add or remove. One walk of both lists in order.
   */
  static List<KeptRange> after(List<KeptRange> kept, List<TextEdit> edits) {
    List<TextEdit> sorted = TextEdit.inOrder(edits);
    List<KeptRange> out = new ArrayList<>(kept.size() + sorted.size());
    int shift = 0; // what the edits before the current stretch added (or removed, < 0)
    int from = 0; // start of the stretch between two edits, in current offsets
    int next = 0; // first kept range that may still meet a stretch
    for (int e = 0; e <= sorted.size(); e++) {
      int to = e < sorted.size() ? sorted.get(e).start() : Integer.MAX_VALUE;
      while (next < kept.size() && kept.get(next).fixedEnd() <= from) {
        next++;
      }
      for (int r = next; r < kept.size() && kept.get(r).fixedStart() < to; r++) {
        KeptRange k = kept.get(r);
        int start = Math.max(k.fixedStart(), from);
        int end = Math.min(k.fixedEnd(), to);
        if (start < end) {
          out.add(new KeptRange(k.originalStart() + start - k.fixedStart(), start + shift,
              end - start));
        }
      }
      if (e < sorted.size()) {
        TextEdit edit = sorted.get(e);
        shift += edit.replacement().length - (edit.end() - edit.start());
        from = edit.end();
      }
    }
    return out;
  }
}

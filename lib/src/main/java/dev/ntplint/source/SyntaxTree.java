package dev.ntplint.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The lossless layer of one file: its lines, each with every token it holds.
 *
 * @param toolComments where each of ntplint's own comments ({@link ToolComment}) starts, in
 *     order: noted by the reader as it lexed them
 */
public record SyntaxTree(SourceFile file, List<SourceLine> lines, List<Integer> toolComments) {

  public SyntaxTree {
    lines = List.copyOf(lines);
    toolComments = List.copyOf(toolComments);
  }

  /** A tree whose tool comments are looked for in its lines (for trees not read from a table). */
  public SyntaxTree(SourceFile file, List<SourceLine> lines) {
    this(file, lines, toolCommentsIn(file, lines));
  }

  private static List<Integer> toolCommentsIn(SourceFile file, List<SourceLine> lines) {
    // One search of the text first: most files hold no tool comment, and then no line is read.
    if (file.latin1().indexOf(ToolComment.MARKER) < 0) {
      return List.of();
    }
    List<Integer> starts = new ArrayList<>();
    for (SourceLine line : lines) {
      for (int i = 0; i < line.tokenCount(); i++) {
        if (line.tokenKind(i) == TokenKind.COMMENT
            && ToolComment.startsAt(file.latin1(), line.tokenStart(i), line.tokenEnd(i))) {
          starts.add(line.tokenStart(i));
        }
      }
    }
    return starts;
  }

  /**
   * Prints the tree by concatenating the bytes of every token. Because every byte of the input
   * belongs to exactly one token, this gives back the input unchanged.
   */
  public byte[] print() {
    // Adjacent tokens (all of them in a tree read from a file) are copied as one run, into an
    // array of the exact size: no per-token synchronized stream write, no growing and trimming.
    byte[] bytes = file.bytes();
    int size = 0;
    for (SourceLine line : lines) {
      for (int i = 0; i < line.tokenCount(); i++) {
        size += line.tokenEnd(i) - line.tokenStart(i);
      }
    }
    byte[] out = new byte[size];
    int written = 0;
    int runStart = 0;
    int runEnd = 0;
    for (SourceLine line : lines) {
      for (int i = 0; i < line.tokenCount(); i++) {
        int start = line.tokenStart(i);
        if (start != runEnd) {
          System.arraycopy(bytes, runStart, out, written, runEnd - runStart);
          written += runEnd - runStart;
          runStart = start;
        }
        runEnd = line.tokenEnd(i);
      }
    }
    System.arraycopy(bytes, runStart, out, written, runEnd - runStart);
    return out;
  }

  /** The dominant line terminator style of the file, for lines that edits add. */
  public LineStyle style() {
    return LineStyle.detect(this);
  }
}

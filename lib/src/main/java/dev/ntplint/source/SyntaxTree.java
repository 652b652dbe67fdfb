package dev.ntplint.source;

import java.io.ByteArrayOutputStream;
import java.util.List;

/** The lossless layer of one file: its lines, each with every token it holds. */
public record SyntaxTree(SourceFile file, List<SourceLine> lines) {

  public SyntaxTree {
    lines = List.copyOf(lines);
  }

  /**
   * Prints the tree by concatenating the bytes of every token. Because every byte of the input
   * belongs to exactly one token, this gives back the input unchanged.
   */
  public byte[] print() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(file.length());
    byte[] bytes = file.bytes();
    for (SourceLine line : lines) {
      for (SyntaxToken token : line.tokens()) {
        out.write(bytes, token.start(), token.length());
      }
    }
    return out.toByteArray();
  }

  /** The dominant line terminator style of the file, for lines that edits add. */
  public LineStyle style() {
    return LineStyle.detect(this);
  }
}

package dev.ntplint.source;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Replace the bytes [start, end) of a file with {@code replacement}: the one currency of fixes,
 * edits and refactorings. It survives re-parsing because it speaks of bytes, not of tree nodes.
 */
public record TextEdit(int start, int end, byte[] replacement) {

  public TextEdit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad edit range [" + start + ", " + end + ")");
    }
    replacement = replacement.clone();
  }

  public static TextEdit replace(Span span, String text) {
    return new TextEdit(span.start(), span.end(), text.getBytes(StandardCharsets.UTF_8));
  }

  /** Replacement given as raw bytes in one-char-per-byte form (keeps invalid UTF-8 intact). */
  public static TextEdit replaceRaw(int start, int end, String latin1) {
    return new TextEdit(start, end, latin1.getBytes(StandardCharsets.ISO_8859_1));
  }

  public static TextEdit insert(int offset, String text) {
    return new TextEdit(offset, offset, text.getBytes(StandardCharsets.UTF_8));
  }

  public static TextEdit delete(int start, int end) {
    return new TextEdit(start, end, new byte[0]);
  }

  @Override
  public byte[] replacement() {
    return replacement.clone();
  }

  /** Equal when the range and the replacement bytes are equal (not the array's identity). */
  @Override
  public boolean equals(Object o) {
    return o instanceof TextEdit other && start == other.start && end == other.end
        && java.util.Arrays.equals(replacement, other.replacement);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * start + end) + java.util.Arrays.hashCode(replacement);
  }

  @Override
  public String toString() {
    return "TextEdit[" + start + ", " + end + ") -> \"" + replacementText() + "\"";
  }

  public String replacementText() {
    return new String(replacement, StandardCharsets.UTF_8);
  }

  /** True when the two edits touch a common byte, or insert at the same point. */
  public boolean overlaps(TextEdit other) {
    if (start == end && other.start == other.end) {
      return start == other.start;
    }
    return start < other.end && other.start < end
        || (start == end && start > other.start && start < other.end)
        || (other.start == other.end && other.start > start && other.start < end);
  }

  /**
   * A copy of {@code edits} in the order {@link #apply} applies them: by start, then by end (an
   * insertion before a replacement that starts at the same byte).
   */
  public static List<TextEdit> inOrder(List<TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    // Not a Comparator.comparingInt chain: the JDK spins those lambda classes outside the AppCDS
    // archive on every run that applies a fix (issue 8, start-up).
    sorted.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start)
        : Integer.compare(a.end, b.end));
    return sorted;
  }

  /**
   * Applies non-overlapping edits to {@code original}.
   *
   * @throws IllegalArgumentException if two edits overlap or one lies outside the input
   */
  public static byte[] apply(byte[] original, List<TextEdit> edits) {
    List<TextEdit> sorted = inOrder(edits);
    ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 64);
    int position = 0;
    TextEdit previous = null;
    for (TextEdit edit : sorted) {
      if (edit.end > original.length) {
        throw new IllegalArgumentException("edit past the end of the input: " + edit.end);
      }
      if (previous != null && previous.overlaps(edit)) {
        throw new IllegalArgumentException("overlapping edits at byte " + edit.start);
      }
      if (edit.start < position) {
        throw new IllegalArgumentException("overlapping edits at byte " + edit.start);
      }
      out.write(original, position, edit.start - position);
      out.writeBytes(edit.replacement);
      position = edit.end;
      previous = edit;
    }
    out.write(original, position, original.length - position);
    return out.toByteArray();
  }
}

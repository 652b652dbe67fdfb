package dev.ntplint.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The raw bytes of one configuration file and its line table.
 *
 * <p>Both daemons read bytes, not characters, so this class does too: {@link #latin1()} is a view
 * with one char per byte, which the lexers read so that every token offset is a byte offset and
 * printing never re-encodes anything. Text shown to people is decoded as UTF-8 ({@link #text}).
 */
public final class SourceFile {

  private final String name;
  /**
   * The bytes, one char per byte, and nothing else: a compact (Latin-1) string stores one byte
   * per char, so it holds the bytes exactly, and a byte array beside it was a second copy of the
   * file, 20 MB of what a 20 MB chrony.conf's model kept (issue 8, P4).
   */
  private final String latin1;
  /** Byte offset at which each line starts; a line ends after its LF (only LF ends a line). */
  private final int[] lineStarts;
  /** True when every byte is ASCII: then UTF-8 and ISO-8859-1 views coincide. */
  private final boolean ascii;

  /** Reads {@code bytes} only while it runs (the string is a copy): the caller keeps the array. */
  private SourceFile(String name, byte[] bytes) {
    this.name = Objects.requireNonNull(name, "name");
    this.latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
    this.lineStarts = computeLineStarts(latin1);
    this.ascii = isAscii(bytes);
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** A source file named {@code name} (its path as the user gave it, or "-" for stdin). */
  public static SourceFile of(String name, byte[] bytes) {
    return new SourceFile(name, bytes);
  }

  /** A source file from text, encoded as UTF-8. */
  public static SourceFile ofText(String name, String text) {
    return new SourceFile(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static int[] computeLineStarts(String latin1) {
    // String.indexOf, which C2 compiles to a vectorised scan, rather than a loop over every byte
    // (~5% of reading a 1 MB chrony.conf; issue 8, P3). One scan, into an array grown as needed
    // and trimmed: counting the lines first was a second scan (~0.8% of an ntp.conf parse + lint).
    int[] starts = new int[Math.max(16, latin1.length() / 32)];
    int line = 1;
    for (int lf = latin1.indexOf('\n'); lf >= 0; lf = latin1.indexOf('\n', lf + 1)) {
      if (line == starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
      }
      starts[line++] = lf + 1;
    }
    return line == starts.length ? starts : Arrays.copyOf(starts, line);
  }

  public String name() {
    return name;
  }

  public int length() {
    return latin1.length();
  }

  /** A copy of the file's bytes. */
  public byte[] bytes() {
    return latin1.getBytes(StandardCharsets.ISO_8859_1);
  }

  public byte byteAt(int offset) {
    return (byte) latin1.charAt(offset);
  }

  /** True when every byte is ASCII (below 0x80): no multi-byte character is in the file. */
  public boolean isAscii() {
    return ascii;
  }

  /** The file as one char per byte (ISO-8859-1): offsets in this string are byte offsets. */
  public String latin1() {
    return latin1;
  }

  /** The bytes in [start, end) as one char per byte. */
  public String latin1(int start, int end) {
    return latin1.substring(start, end);
  }

  /**
   * True when the bytes [start, end) are {@code text}'s chars, each ASCII: then {@code text} is
   * what {@link #text} and {@link #latin1} give for the range, compared without making a string.
   */
  public boolean holdsAscii(int start, int end, String text) {
    if (text.length() != end - start) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || latin1.charAt(start + i) != c) {
        return false;
      }
    }
    return true;
  }

  /** The bytes in [start, end) decoded as UTF-8 (malformed bytes become U+FFFD), for display. */
  public String text(int start, int end) {
    if (ascii) {
      return latin1.substring(start, end);
    }
    return new String(slice(start, end), StandardCharsets.UTF_8);
  }

  public byte[] slice(int start, int end) {
    return latin1.substring(start, end).getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Number of lines: a final line without LF counts, an empty remainder after a final LF does too. */
  public int lineCount() {
    return lineStarts.length;
  }

  /** Byte offset where 1-based line {@code line} starts. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** 1-based line number of the byte at {@code offset} (offset == length gives the last line). */
  public int lineOf(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /**
   * 1-based column of {@code offset}, counted in Unicode code points of the line decoded as UTF-8
   * (each malformed byte counts as one), which is what editors show.
   */
  public int columnOf(int offset) {
    int start = lineStarts[lineOf(offset) - 1];
    if (ascii) {
      return offset - start + 1;
    }
    int column = 1;
    int i = start;
    while (i < offset) {
      i += utf8SequenceLength(i, offset);
      column++;
    }
    return column;
  }

  private int utf8SequenceLength(int i, int limit) {
    int b = latin1.charAt(i);
    int length;
    if (b < 0x80) {
      return 1;
    } else if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
    } else {
      return 1;
    }
    if (i + length > limit) {
      return 1;
    }
    for (int k = 1; k < length; k++) {
      if ((latin1.charAt(i + k) & 0xc0) != 0x80) {
        return 1;
      }
    }
    return length;
  }

  /** A span of this file. */
  public Span span(int start, int end) {
    return new Span(this, start, end);
  }

  @Override
  public String toString() {
    return name;
  }
}

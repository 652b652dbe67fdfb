package dev.ntplint.source;

import java.util.Objects;

/**
 * A word as written in the file: its exact text (UTF-8 decoded for display) and where it is.
 *
 * <p>Equal when text and span are, as the record it was. A word made by {@link #of} decodes its
 * text when first asked: most words of a large file are only compared byte for byte
 * ({@link #raw}) or never read at all, and decoding each one was a twentieth of the bytes
 * allocated by reading chrony.conf (issue 8, P3).
 *
 * <p>The word holds its file and byte range itself and makes its {@link Span} when asked: a word
 * and a span object per word were a quarter of the live model of a large file, which the
 * collector copies over and over (issue 8, P4). {@link #start}, {@link #end} and {@link #file}
 * read the range without making the span.
 */
public final class Word {

  private final SourceFile file;
  private final int start;
  private final int end;
  /** Null until first read for a word made by {@link #of}; a String is safe to publish racily. */
  private String text;

  public Word(String text, Span span) {
    this(span.file(), span.start(), span.end());
    this.text = text;
  }

  /** For ranges already checked against the file. */
  Word(SourceFile file, int start, int end) {
    this.file = file;
    this.start = start;
    this.end = end;
  }

  /** The word that is exactly the bytes of {@code span}, its text decoded on first use. */
  public static Word of(Span span) {
    return new Word(span.file(), span.start(), span.end());
  }

  /**
   * The word that is exactly the bytes [start, end) of {@code file}, its text decoded on first
   * use; the range is checked as {@link Span}'s constructor checks it.
   */
  public static Word of(SourceFile file, int start, int end) {
    Span.checkRange(file, start, end);
    return new Word(file, start, end);
  }

  public String text() {
    String decoded = text;
    if (decoded == null) {
      decoded = file.text(start, end);
      text = decoded;
    }
    return decoded;
  }

  /**
   * True when the text is what {@link #of} makes of the range, its bytes decoded: a model object
   * may then keep the range alone and make the word again when asked.
   */
  public boolean isItsBytes() {
    String known = text;
    return known == null || known.equals(file.text(start, end));
  }

  /** Where the word is (a new span per call: keep it when it is read more than once). */
  public Span span() {
    return new Span(file, start, end);
  }

  /** The file the word is in: {@code span().file()} without making the span. */
  public SourceFile file() {
    return file;
  }

  /** The word's first byte offset: {@code span().start()} without making the span. */
  public int start() {
    return start;
  }

  /** The offset just past the word's last byte: {@code span().end()} without making the span. */
  public int end() {
    return end;
  }

  /** The word's bytes as one char per byte: what the daemon compares, byte for byte. */
  public String raw() {
    return file.latin1(start, end);
  }

  /**
   * True when the word's bytes start with {@code latin1}'s chars, one byte per char: {@code
   * raw().startsWith(latin1)} without making a string.
   */
  public boolean rawStartsWith(String latin1) {
    return latin1.length() <= end - start && file.latin1().startsWith(latin1, start);
  }

  /**
   * True when the word's bytes are {@code latin1}'s chars, one byte per char: {@code
   * raw().equals(latin1)} without making a string.
   */
  public boolean rawEquals(String latin1) {
    if (latin1.length() != end - start) {
      return false;
    }
    for (int i = 0; i < latin1.length(); i++) {
      if ((file.byteAt(start + i) & 0xff) != latin1.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Word w && Objects.equals(w.text(), text())
        && w.file == file && w.start == start && w.end == end;
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(text()) + Span.hashCode(file, start, end);
  }

  @Override
  public String toString() {
    return text();
  }
}

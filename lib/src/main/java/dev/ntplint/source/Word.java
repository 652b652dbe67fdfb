package dev.ntplint.source;

import java.util.Objects;

/**
 * A word as written in the file: its exact text (UTF-8 decoded for display) and where it is.
 *
 * <p>Equal when text and span are, as the record it was. A word made by {@link #of} decodes its
 * text when first asked: most words of a large file are only compared byte for byte
 * ({@link #raw}) or never read at all, and decoding each one was a twentieth of the bytes
 * allocated by reading chrony.conf (issue 8, P3).
 */
public final class Word {

  private final Span span;
  /** Null until first read for a word made by {@link #of}; a String is safe to publish racily. */
  private String text;

  public Word(String text, Span span) {
    this.text = text;
    this.span = span;
  }

  private Word(Span span) {
    this.span = Objects.requireNonNull(span, "span");
  }

  /** The word that is exactly the bytes of {@code span}, its text decoded on first use. */
  public static Word of(Span span) {
    return new Word(span);
  }

  public String text() {
    String decoded = text;
    if (decoded == null) {
      decoded = span.text();
      text = decoded;
    }
    return decoded;
  }

  public Span span() {
    return span;
  }

  /** The word's bytes as one char per byte: what the daemon compares, byte for byte. */
  public String raw() {
    return span.file().latin1(span.start(), span.end());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Word w && Objects.equals(w.text(), text()) && Objects.equals(w.span, span);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(text()) + Objects.hashCode(span);
  }

  @Override
  public String toString() {
    return text();
  }
}

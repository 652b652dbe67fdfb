package dev.ntplint.source;

/** A word as written in the file: its exact text (UTF-8 decoded for display) and where it is. */
public record Word(String text, Span span) {

  /** The word's bytes as one char per byte: what the daemon compares, byte for byte. */
  public String raw() {
    return span.file().latin1(span.start(), span.end());
  }

  @Override
  public String toString() {
    return text;
  }
}

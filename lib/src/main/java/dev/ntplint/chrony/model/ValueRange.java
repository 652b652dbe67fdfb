package dev.ntplint.chrony.model;

import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;

/**
 * The bytes a {@link Value} came from, kept as the span's file and offsets rather than a
 * {@link Span} object (see {@link Value}).
 */
abstract class ValueRange {
  private final SourceFile file;
  private final int start;
  private final int end;

  ValueRange(Span span) {
    this.file = span.file();
    this.start = span.start();
    this.end = span.end();
  }

  /** Where the value is (a new span per call). */
  public Span span() {
    return new Span(file, start, end);
  }

  /** Span equality (the file by identity) without making the spans. */
  final boolean sameRange(ValueRange other) {
    return other.file == file && other.start == start && other.end == end;
  }
}

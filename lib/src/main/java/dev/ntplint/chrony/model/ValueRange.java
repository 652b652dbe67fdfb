package dev.ntplint.chrony.model;

import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;

/**
 * The bytes a model value ({@link Value}, {@link Subnet}) came from, kept as the span's file and
 * offsets rather than a {@link Span} object (see {@link Value}).
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

  /** Where the value is written (a new span per call). */
  public Span span() {
    return new Span(file, start, end);
  }

  /** The range's bytes, one char per byte, without making the span. */
  final String rangeLatin1() {
    return file.latin1(start, end);
  }

  /** Span equality (the file by identity) without making the spans. */
  final boolean sameRange(ValueRange other) {
    return other.file == file && other.start == start && other.end == end;
  }
}

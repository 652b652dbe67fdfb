package dev.ntplint.ntp.model;

import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;

/**
 * The bytes a model value ({@link Value}) came from, kept as the span's file and offsets rather
 * than a {@link Span} object (see {@link Value}).
 */
abstract class ValueRange {
  private final SourceFile file;
  private final int start;
  private final int end;

  ValueRange(Span span) {
    this(span.file(), span.start(), span.end());
  }

  /** For a range already checked, as {@link Span#checkRange} checks it. */
  ValueRange(SourceFile file, int start, int end) {
    this.file = file;
    this.start = start;
    this.end = end;
  }

  /** Where the value is written (a new span per call). */
  public Span span() {
    return new Span(file, start, end);
  }

  /** The span's file, without making the span. */
  final SourceFile file() {
    return file;
  }

  /** The span's first byte offset, without making the span. */
  final int start() {
    return start;
  }

  /** The span's end offset (exclusive), without making the span. */
  final int end() {
    return end;
  }

  /** Span equality (the file by identity) without making the spans. */
  final boolean sameRange(ValueRange other) {
    return other.file == file && other.start == start && other.end == end;
  }

  /** The span's hash, as {@code span().hashCode()}, without making the span. */
  final int rangeHash() {
    return (31 * file.hashCode() + Integer.hashCode(start)) * 31 + Integer.hashCode(end);
  }
}

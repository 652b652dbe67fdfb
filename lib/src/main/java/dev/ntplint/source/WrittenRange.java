package dev.ntplint.source;

/**
 * A model object that keeps where it is written as its file and byte offsets, and makes the
 * {@link Span} when asked: chrony's and ntp.conf's values and chrony's subnets. A span object per
 * value was a large part of a large file's live model, which the collector copies on every young
 * collection (issue 8, P4).
 */
public abstract class WrittenRange {
  private final SourceFile file;
  private final int start;
  private final int end;

  /** At {@code span}'s range. */
  protected WrittenRange(Span span) {
    this(span.file(), span.start(), span.end());
  }

  /** At a range already checked, as {@link Span#checkRange} checks it. */
  protected WrittenRange(SourceFile file, int start, int end) {
    this.file = file;
    this.start = start;
    this.end = end;
  }

  /** Where it is written (a new span per call). */
  public Span span() {
    return new Span(file, start, end);
  }

  /** The span's file, without making the span. */
  public final SourceFile file() {
    return file;
  }

  /** The span's first byte offset, without making the span. */
  public final int start() {
    return start;
  }

  /** The span's end offset (exclusive), without making the span. */
  public final int end() {
    return end;
  }

  /** The range's bytes, one char per byte, without making the span. */
  protected final String rangeLatin1() {
    return file.latin1(start, end);
  }

  /** Span equality (the file by identity) without making the spans. */
  protected final boolean sameRange(WrittenRange other) {
    return other.file == file && other.start == start && other.end == end;
  }

  /** The span's hash, as {@code span().hashCode()}, without making the span. */
  protected final int rangeHash() {
    return Span.hashCode(file, start, end);
  }
}

package dev.ntplint.source;

import java.util.Objects;

/**
 * A byte range [start, end) of a source file. Line and column (1-based) are derived from the
 * file's line table when asked for, so spans are cheap to make and positions are computed in one
 * place.
 */
public record Span(SourceFile file, int start, int end) {

  public Span {
    checkRange(file, start, end);
  }

  /**
   * Throws unless [start, end) is a range of {@code file}, as the constructor requires: for a
   * class that keeps a range as offsets and checks it without making a span.
   */
  public static void checkRange(SourceFile file, int start, int end) {
    Objects.requireNonNull(file, "file");
    if (start < 0 || end < start || end > file.length()) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") in " + file.name());
    }
  }

  public int line() {
    return file.lineOf(start);
  }

  public int column() {
    return file.columnOf(start);
  }

  public int endLine() {
    return file.lineOf(end);
  }

  /** Column just past the last byte (exclusive), 1-based. */
  public int endColumn() {
    return file.columnOf(end);
  }

  public int length() {
    return end - start;
  }

  /** The covered bytes decoded as UTF-8, for display. */
  public String text() {
    return file.text(start, end);
  }

  /** The span covering this one and {@code other} (same file). */
  public Span union(Span other) {
    return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
  }

  /** {@code file:line:column}, the form compilers and editors understand. */
  public String location() {
    return file.name() + ":" + line() + ":" + column();
  }

  /*
   * equals and hashCode written out, with exactly the record's semantics and hash values (the
   * file by identity, as SourceFile does not override equals): Word compares and hashes its range
   * the same way without making a span, and the record's generated methods are linked at first use
   * through ObjectMethods.bootstrap (issue 8).
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Span s && s.file == file && s.start == start && s.end == end;
  }

  @Override
  public int hashCode() {
    return hashCode(file, start, end);
  }

  /** The hash of the span (file, start, end), as the record's generated hashCode computes it. */
  static int hashCode(SourceFile file, int start, int end) {
    return (31 * file.hashCode() + Integer.hashCode(start)) * 31 + Integer.hashCode(end);
  }

  @Override
  public String toString() {
    return location();
  }
}

package dev.ntplint.internal.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The characters of a string of one char per byte (ISO-8859-1), read in place. It behaves as
 * {@code CharStreams.fromString} does for such a string, without copying the file into a code
 * point buffer, and {@link #text} gives a lexeme as a substring without an {@link Interval} per
 * token (issue 8: both were a visible share of the readers' allocation). Both dialects' readers lex
 * through it.
 */
public final class Latin1CharStream implements CharStream {

  private final String latin1;
  private final String sourceName;
  private int position;

  /**
   * @param latin1 every char at most 0xFF
   * @param sourceName the name ANTLR reports, or null for none
   */
  public Latin1CharStream(String latin1, String sourceName) {
    this.latin1 = latin1;
    this.sourceName = sourceName == null || sourceName.isEmpty() ? UNKNOWN_SOURCE_NAME
        : sourceName;
  }

  /** The whole text, for {@link Latin1LexerATNSimulator}'s loop. */
  String latin1() {
    return latin1;
  }

  /** The characters in [start, end). */
  public String text(int start, int end) {
    return latin1.substring(start, end);
  }

  @Override
  public String getText(Interval interval) {
    int start = Math.min(interval.a, latin1.length());
    int length = Math.min(interval.b - interval.a + 1, latin1.length() - start);
    return latin1.substring(start, start + Math.max(0, length));
  }

  @Override
  public void consume() {
    if (position == latin1.length()) {
      throw new IllegalStateException("cannot consume EOF");
    }
    position++;
  }

  @Override
  public int LA(int i) {
    if (i < 0) {
      int offset = position + i;
      return offset < 0 ? IntStream.EOF : latin1.charAt(offset);
    }
    if (i == 0) {
      return 0;
    }
    int offset = position + i - 1;
    return offset >= latin1.length() ? IntStream.EOF : latin1.charAt(offset);
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {}

  @Override
  public int index() {
    return position;
  }

  @Override
  public void seek(int index) {
    position = index;
  }

  @Override
  public int size() {
    return latin1.length();
  }

  @Override
  public String getSourceName() {
    return sourceName;
  }

  @Override
  public String toString() {
    return latin1;
  }
}

package dev.ntplint.chrony;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The lexer's input read straight from a file's one-char-per-byte string. ANTLR's
 * {@code CharStreams.fromString} copies the text twice (into a char buffer, then a code point
 * buffer) before lexing starts: three bytes allocated per input byte for what is already here.
 */
final class Latin1CharStream implements CharStream {

  private final String text;
  private final String sourceName;
  private int index;

  Latin1CharStream(String text, String sourceName) {
    this.text = text;
    this.sourceName = sourceName;
  }

  @Override
  public void consume() {
    if (index >= text.length()) {
      throw new IllegalStateException("cannot consume EOF");
    }
    index++;
  }

  @Override
  public int LA(int i) {
    // i == 1 is the current character, i == -1 the one before it; 0 is undefined (ANTLR: 0).
    int at = i > 0 ? index + i - 1 : index + i;
    if (i == 0 || at < 0 || at >= text.length()) {
      return i == 0 ? 0 : IntStream.EOF;
    }
    return text.charAt(at);
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {}

  @Override
  public int index() {
    return index;
  }

  @Override
  public void seek(int index) {
    this.index = Math.min(index, text.length());
  }

  @Override
  public int size() {
    return text.length();
  }

  @Override
  public String getSourceName() {
    return sourceName;
  }

  @Override
  public String getText(Interval interval) {
    int start = Math.max(0, interval.a);
    int stop = Math.min(interval.b, text.length() - 1);
    return start > stop ? "" : text.substring(start, stop + 1);
  }
}

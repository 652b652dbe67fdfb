package dev.ntplint.convert;

/**
 * One line written to the output. Its number is known only once the whole output is laid out,
 * so the converter creates the line first and the layout numbers it.
 */
public final class OutputLine {

  private final String text;
  private int number;

  public OutputLine(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  /** The 1-based line number in the output, or 0 when the line was not written. */
  public int number() {
    return number;
  }

  /** Called by the layout when it writes the line. */
  public void placeAt(int lineNumber) {
    this.number = lineNumber;
  }

  @Override
  public String toString() {
    return text;
  }
}

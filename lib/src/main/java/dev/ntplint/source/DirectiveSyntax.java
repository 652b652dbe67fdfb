package dev.ntplint.source;

import java.util.List;
import java.util.Objects;

/**
 * The generic view of a directive line, for tools that do not care about its meaning: the line it
 * stands on, its name and its argument words, each with its exact position.
 *
 * <p>A final class with the API, equality, hash and text of the record of {@code line},
 * {@code name} and {@code arguments} it was. A directive read from its line ({@link #ofLine})
 * keeps only the line and which tokens are words, and makes the name's {@link Word} and the
 * arguments' {@link WordList} from the line's tokens when asked: a word, a list object and an
 * array of byte ranges per directive were 1.1 million of the objects a 20 MB chrony.conf's model
 * kept (issue 8, P4).
 */
public final class DirectiveSyntax {

  private final SourceLine line;
  /** The name as given to the constructor; null for a directive read from its line. */
  private final Word name;
  /** The arguments as given to the constructor; null for a directive read from its line. */
  private final List<Word> arguments;
  /** For a directive read from its line: the kind of its tokens that are words; else null. */
  private final TokenKind wordKind;
  /** For a directive read from its line: the index of its name's token in the line. */
  private final int nameToken;
  /**
   * For a directive read from its line: where {@link #span} starts and ends, worked out while the
   * line is read. Rules report most findings at this span, long after the line's tokens have left
   * the caches: reading them back for each finding was most of the cost of reporting one in a
   * large file (issue 8, P4).
   */
  private final int spanStart;
  private final int spanEnd;

  /**
   * @param line the line the directive stands on
   * @param name its name as written
   * @param arguments its argument words, in order (copied unless a list this class made)
   */
  public DirectiveSyntax(SourceLine line, Word name, List<Word> arguments) {
    this.line = line;
    this.name = name;
    // A WordList is already unmodifiable: copying it would make every argument a Word object.
    this.arguments = arguments instanceof WordList ? arguments : List.copyOf(arguments);
    this.wordKind = null;
    this.nameToken = -1;
    this.spanStart = -1;
    this.spanEnd = -1;
  }

  private DirectiveSyntax(SourceLine line, TokenKind wordKind, int nameToken, int lastWordToken) {
    this.line = line;
    this.name = null;
    this.arguments = null;
    this.wordKind = wordKind;
    this.nameToken = nameToken;
    this.spanStart = line.tokenStart(nameToken);
    this.spanEnd = line.tokenEnd(lastWordToken);
  }

  /**
   * The directive written on {@code line}: its first token of {@code wordKind} is the name, the
   * others the arguments (the line must have at least one). The words are read from the line's
   * tokens when asked, each {@link Word} made then: one object per word of every line was most
   * of a large file's live model (issue 8, P4).
   */
  public static DirectiveSyntax ofLine(SourceLine line, TokenKind wordKind) {
    int tokens = line.tokenCount();
    int nameToken = -1;
    int lastWordToken = -1;
    for (int i = 0; i < tokens; i++) {
      if (line.tokenKind(i) == wordKind) {
        Span.checkRange(line.file(), line.tokenStart(i), line.tokenEnd(i));
        if (nameToken < 0) {
          nameToken = i;
        }
        lastWordToken = i;
      }
    }
    if (nameToken < 0) {
      throw new IllegalArgumentException("line " + line.number() + " has no " + wordKind);
    }
    return new DirectiveSyntax(line, wordKind, nameToken, lastWordToken);
  }

  /** The line the directive stands on. */
  public SourceLine line() {
    return line;
  }

  /** The name as written (a new word per call for a directive read from its line). */
  public Word name() {
    return wordKind == null ? name
        : new Word(line.file(), line.tokenStart(nameToken), line.tokenEnd(nameToken));
  }

  /** The argument words, in order (unmodifiable; a new view per call for one read from its line). */
  public List<Word> arguments() {
    return wordKind == null ? arguments : new WordList(line, wordKind, nameToken + 1);
  }

  /** From the name's first byte to the last argument's last byte. */
  public Span span() {
    if (wordKind != null) {
      return new Span(line.file(), spanStart, spanEnd);
    }
    if (arguments.isEmpty()) {
      return name.span();
    }
    return spanOver(name, arguments.get(arguments.size() - 1));
  }

  /** The name and the arguments as read, separated by single spaces (for messages). */
  public String text() {
    StringBuilder sb = new StringBuilder(name().text());
    for (Word w : arguments()) {
      sb.append(' ').append(w.text());
    }
    return sb.toString();
  }

  /** The span from the first argument to the last (the name's span when there is none). */
  public Span argumentsSpan() {
    if (wordKind != null) {
      // The span ends at the name exactly when the name is the line's only word.
      int nameEnd = line.tokenEnd(nameToken);
      if (spanEnd == nameEnd) {
        return new Span(line.file(), nameEnd, nameEnd);
      }
      int first = nameToken + 1;
      while (line.tokenKind(first) != wordKind) {
        first++;
      }
      return new Span(line.file(), line.tokenStart(first), spanEnd);
    }
    if (arguments.isEmpty()) {
      return new Span(name.file(), name.end(), name.end());
    }
    return spanOver(arguments.get(0), arguments.get(arguments.size() - 1));
  }

  /** The union of two words' spans ({@link Span#union}) without making either span. */
  private static Span spanOver(Word a, Word b) {
    return new Span(a.file(), Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
  }

  /* The record's equality, hash and text, written out. */

  @Override
  public boolean equals(Object o) {
    return o instanceof DirectiveSyntax d && Objects.equals(d.line, line)
        && Objects.equals(d.name(), name()) && d.arguments().equals(arguments());
  }

  @Override
  public int hashCode() {
    return (31 * Objects.hashCode(line) + Objects.hashCode(name())) * 31 + arguments().hashCode();
  }

  @Override
  public String toString() {
    return "DirectiveSyntax[line=" + line + ", name=" + name() + ", arguments=" + arguments()
        + "]";
  }
}

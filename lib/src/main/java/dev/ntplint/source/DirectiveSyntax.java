package dev.ntplint.source;

import java.util.List;

/**
 * The generic view of a directive line, for tools that do not care about its meaning: the line it
 * stands on, its name and its argument words, each with its exact position.
 */
public record DirectiveSyntax(SourceLine line, Word name, List<Word> arguments) {

  public DirectiveSyntax {
    // A WordList is already unmodifiable: copying it would make every argument a Word object.
    arguments = arguments instanceof WordList ? arguments : List.copyOf(arguments);
  }

  /**
   * The directive written on {@code line}: its first token of {@code wordKind} is the name, the
   * others the arguments (the line must have at least one). The arguments are kept as byte ranges,
   * each {@link Word} made when read: one object per argument of every line was most of a large
   * file's live model (issue 8, P4).
   */
  public static DirectiveSyntax ofLine(SourceLine line, TokenKind wordKind) {
    int tokens = line.tokenCount();
    int count = 0;
    for (int i = 0; i < tokens; i++) {
      if (line.tokenKind(i) == wordKind) {
        count++;
      }
    }
    if (count == 0) {
      throw new IllegalArgumentException("line " + line.number() + " has no " + wordKind);
    }
    Word name = null;
    int[] bounds = new int[2 * (count - 1)];
    int found = 0;
    for (int i = 0; i < tokens; i++) {
      if (line.tokenKind(i) == wordKind) {
        Span.checkRange(line.file(), line.tokenStart(i), line.tokenEnd(i));
        if (found == 0) {
          name = new Word(line.file(), line.tokenStart(i), line.tokenEnd(i));
        } else {
          bounds[2 * found - 2] = line.tokenStart(i);
          bounds[2 * found - 1] = line.tokenEnd(i);
        }
        found++;
      }
    }
    return new DirectiveSyntax(line, name, new WordList(line.file(), bounds));
  }

  /** From the name's first byte to the last argument's last byte. */
  public Span span() {
    if (arguments.isEmpty()) {
      return name.span();
    }
    return spanOver(name, arguments.get(arguments.size() - 1));
  }

  /** The name and the arguments as read, separated by single spaces (for messages). */
  public String text() {
    StringBuilder sb = new StringBuilder(name.text());
    for (Word w : arguments) {
      sb.append(' ').append(w.text());
    }
    return sb.toString();
  }

  /** The span from the first argument to the last (the name's span when there is none). */
  public Span argumentsSpan() {
    if (arguments.isEmpty()) {
      return new Span(name.file(), name.end(), name.end());
    }
    return spanOver(arguments.get(0), arguments.get(arguments.size() - 1));
  }

  /** The union of two words' spans ({@link Span#union}) without making either span. */
  private static Span spanOver(Word a, Word b) {
    return new Span(a.file(), Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
  }
}

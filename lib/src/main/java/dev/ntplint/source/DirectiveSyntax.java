package dev.ntplint.source;

import java.util.List;

/**
 * The generic view of a directive line, for tools that do not care about its meaning: the line it
 * stands on, its name and its argument words, each with its exact position.
 */
public record DirectiveSyntax(SourceLine line, Word name, List<Word> arguments) {

  public DirectiveSyntax {
    arguments = List.copyOf(arguments);
  }

  /** From the name's first byte to the last argument's last byte. */
  public Span span() {
    if (arguments.isEmpty()) {
      return name.span();
    }
    // The union of the name's and the last argument's spans, without making either.
    Word last = arguments.get(arguments.size() - 1);
    return new Span(name.file(), Math.min(name.start(), last.start()),
        Math.max(name.end(), last.end()));
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
    Word first = arguments.get(0);
    Word last = arguments.get(arguments.size() - 1);
    return new Span(first.file(), Math.min(first.start(), last.start()),
        Math.max(first.end(), last.end()));
  }
}

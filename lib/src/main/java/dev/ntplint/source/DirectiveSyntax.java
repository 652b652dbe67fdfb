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
    Span span = name.span();
    return arguments.isEmpty() ? span : span.union(arguments.get(arguments.size() - 1).span());
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
      return new Span(name.span().file(), name.span().end(), name.span().end());
    }
    return arguments.get(0).span().union(arguments.get(arguments.size() - 1).span());
  }
}

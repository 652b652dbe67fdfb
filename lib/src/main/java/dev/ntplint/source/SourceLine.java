package dev.ntplint.source;

import java.util.ArrayList;
import java.util.List;

/**
 * One physical line with all its tokens, trivia and its terminator included, so printing the lines
 * in order gives back the file byte for byte.
 */
public record SourceLine(SourceFile file, int number, int start, int end, List<SyntaxToken> tokens) {

  public SourceLine {
    // A TokenTable slice is already unmodifiable: copying it would make every token an object.
    tokens = tokens instanceof TokenTable.Slice ? tokens : List.copyOf(tokens);
  }

  /** The kind of token {@code index}, without making a token object when the line has none. */
  private TokenKind kindAt(int index) {
    return tokens instanceof TokenTable.Slice slice
        ? slice.kind(index) : tokens.get(index).kind();
  }

  /** The whole line, terminator included. */
  public Span span() {
    return new Span(file, start, end);
  }

  /** The line without its LF (a CR before the LF stays: chronyd and ntpd read it as a blank). */
  public Span contentSpan() {
    int contentEnd = hasNewline() ? end - 1 : end;
    return new Span(file, start, contentEnd);
  }

  public boolean hasNewline() {
    return !tokens.isEmpty() && kindAt(tokens.size() - 1) == TokenKind.NEWLINE;
  }

  /** The line's words (directive name first), in order. */
  public List<Word> words() {
    List<Word> words = new ArrayList<>();
    for (SyntaxToken token : tokens) {
      if (token.kind() == TokenKind.WORD || token.kind() == TokenKind.QUOTED) {
        words.add(word(token));
      }
    }
    return words;
  }

  public Word word(SyntaxToken token) {
    return new Word(file.text(token.start(), token.end()), new Span(file, token.start(), token.end()));
  }

  /** The comment on this line, if any (whole-line in chrony.conf, trailing too in ntp.conf). */
  public java.util.Optional<Span> comment() {
    for (SyntaxToken token : tokens) {
      if (token.kind() == TokenKind.COMMENT) {
        return java.util.Optional.of(new Span(file, token.start(), token.end()));
      }
    }
    return java.util.Optional.empty();
  }

  /** True when the line holds no word (blank, comment-only, or only ignored bytes). */
  public boolean hasNoWords() {
    // By index: an iterator per call showed in the allocation profile (issue 8, P4).
    for (int i = 0; i < tokens.size(); i++) {
      TokenKind kind = kindAt(i);
      if (kind == TokenKind.WORD || kind == TokenKind.QUOTED) {
        return false;
      }
    }
    return true;
  }

  /** True when the line is only blanks and its terminator. */
  public boolean isBlank() {
    for (SyntaxToken token : tokens) {
      if (token.kind() != TokenKind.WHITESPACE && token.kind() != TokenKind.NEWLINE) {
        return false;
      }
    }
    return true;
  }

  /** The exact line terminator: "\n", or "" for a last line without one (a CR is in the content). */
  public String terminator() {
    return hasNewline() ? "\n" : "";
  }

  /** True when the content ends with a CR right before the LF (a CRLF line). */
  public boolean isCrlf() {
    return hasNewline() && end - start >= 2 && file.byteAt(end - 2) == '\r';
  }

  /** The leading blanks of the line (its indentation), as raw bytes. */
  public String indentation() {
    if (!tokens.isEmpty() && tokens.get(0).kind() == TokenKind.WHITESPACE) {
      SyntaxToken ws = tokens.get(0);
      return file.latin1(ws.start(), ws.end());
    }
    return "";
  }
}

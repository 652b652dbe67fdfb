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

  /*
   * Token i's kind and offsets, read without making a token object when the line's tokens are a
   * TokenTable slice: the loops over every token of every line (readers, rules, printing) made one
   * object per token per loop otherwise (issue 8, P3).
   */

  /** The kind of token {@code index} of {@link #tokens}. */
  public TokenKind tokenKind(int index) {
    return tokens instanceof TokenTable.Slice slice
        ? slice.kind(index) : tokens.get(index).kind();
  }

  /** Where token {@code index} of {@link #tokens} starts in the file. */
  public int tokenStart(int index) {
    return tokens instanceof TokenTable.Slice slice
        ? slice.start(index) : tokens.get(index).start();
  }

  /** Where token {@code index} of {@link #tokens} ends in the file (exclusive). */
  public int tokenEnd(int index) {
    return tokens instanceof TokenTable.Slice slice
        ? slice.end(index) : tokens.get(index).end();
  }

  /** True when token {@code index} is a word (plain or quoted). */
  public boolean isWordToken(int index) {
    TokenKind kind = tokenKind(index);
    return kind == TokenKind.WORD || kind == TokenKind.QUOTED;
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
    return !tokens.isEmpty() && tokenKind(tokens.size() - 1) == TokenKind.NEWLINE;
  }

  /** The line's words (directive name first), in order. */
  public List<Word> words() {
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (isWordToken(i)) {
        words.add(Word.of(file, tokenStart(i), tokenEnd(i)));
      }
    }
    return words;
  }

  public Word word(SyntaxToken token) {
    return Word.of(file, token.start(), token.end());
  }

  /** The comment on this line, if any (whole-line in chrony.conf, trailing too in ntp.conf). */
  public java.util.Optional<Span> comment() {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokenKind(i) == TokenKind.COMMENT) {
        return java.util.Optional.of(new Span(file, tokenStart(i), tokenEnd(i)));
      }
    }
    return java.util.Optional.empty();
  }

  /** True when the line holds no word (blank, comment-only, or only ignored bytes). */
  public boolean hasNoWords() {
    // By index: an iterator per call showed in the allocation profile (issue 8, P4).
    for (int i = 0; i < tokens.size(); i++) {
      if (isWordToken(i)) {
        return false;
      }
    }
    return true;
  }

  /** True when the line is only blanks and its terminator. */
  public boolean isBlank() {
    for (int i = 0; i < tokens.size(); i++) {
      TokenKind kind = tokenKind(i);
      if (kind != TokenKind.WHITESPACE && kind != TokenKind.NEWLINE) {
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
    if (!tokens.isEmpty() && tokenKind(0) == TokenKind.WHITESPACE) {
      return file.latin1(tokenStart(0), tokenEnd(0));
    }
    return "";
  }
}

package dev.ntplint.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One physical line with all its tokens, trivia and its terminator included, so printing the lines
 * in order gives back the file byte for byte.
 *
 * <p>A final class with the API, equality, hash and text of the record it was. A line read into a
 * {@link TokenTable} ({@link #ofTable}) holds the table and its token range instead of a list
 * object: with the record's slice per line, a line was two objects of a large file's live model
 * (issue 8, P4); {@link #tokens} makes the slice when asked.
 */
public final class SourceLine {

  private final SourceFile file;
  private final int number;
  /**
   * The tokens as given to the constructor (a {@code List<SyntaxToken>}), or, for a line of a
   * table, the {@link TokenTable}. One field for both, and {@link #a} and {@link #b} meaning
   * different things for each: a 20 MB chrony.conf keeps 528,091 lines, and each field was 2 MB
   * of the live model (issue 8, P4).
   */
  private final Object tokens;
  /** For a line of a table: its first token's index in it; else where the line starts. */
  private final int a;
  /** For a line of a table: its number of tokens; else where the line ends. */
  private final int b;

  public SourceLine(SourceFile file, int number, int start, int end, List<SyntaxToken> tokens) {
    this.file = file;
    this.number = number;
    // A TokenTable slice is already unmodifiable: copying it would make every token an object.
    this.tokens = tokens instanceof TokenTable.Slice ? tokens : List.copyOf(tokens);
    this.a = start;
    this.b = end;
  }

  private SourceLine(SourceFile file, int number, TokenTable table, int from, int to) {
    this.file = file;
    this.number = number;
    this.tokens = table;
    this.a = from;
    this.b = to - from;
  }

  /**
   * Line {@code number} of {@code file}: tokens [from, to) of {@code table} (at least one), from
   * the first one's start to the last one's end, as {@code new SourceLine(file, number, start,
   * end, table.slice(from, to))} but without a slice object.
   */
  public static SourceLine ofTable(SourceFile file, int number, TokenTable table, int from,
      int to) {
    table.checkRange(from, to);
    if (from == to) {
      throw new IllegalArgumentException("a line of a table holds at least one token");
    }
    return new SourceLine(file, number, table, from, to);
  }

  public SourceFile file() {
    return file;
  }

  public int number() {
    return number;
  }

  /** Where the line starts in the file. */
  public int start() {
    return tokens instanceof TokenTable table ? table.start(a) : a;
  }

  /** Where the line ends in the file (exclusive, after its terminator). */
  public int end() {
    return tokens instanceof TokenTable table ? table.start(a + b) : b;
  }

  /** Every token of the line, in order (unmodifiable). */
  @SuppressWarnings("unchecked")
  public List<SyntaxToken> tokens() {
    return tokens instanceof TokenTable table
        ? table.slice(a, a + b) : (List<SyntaxToken>) tokens;
  }

  /** The number of tokens: {@code tokens().size()} without a list. */
  public int tokenCount() {
    return tokens instanceof TokenTable ? b : tokenList().size();
  }

  /** The tokens given to the constructor (not a line of a table). */
  @SuppressWarnings("unchecked")
  private List<SyntaxToken> tokenList() {
    return (List<SyntaxToken>) tokens;
  }

  /*
   * Token i's kind and offsets, read without making a token object when the line's tokens are in
   * a TokenTable: the loops over every token of every line (readers, rules, printing) made one
   * object per token per loop otherwise (issue 8, P3).
   */

  /** The kind of token {@code index} of {@link #tokens}. */
  public TokenKind tokenKind(int index) {
    if (tokens instanceof TokenTable table) {
      return table.kind(tableIndex(index));
    }
    return tokens instanceof TokenTable.Slice slice
        ? slice.kind(index) : tokenList().get(index).kind();
  }

  /** Where token {@code index} of {@link #tokens} starts in the file. */
  public int tokenStart(int index) {
    if (tokens instanceof TokenTable table) {
      return table.start(tableIndex(index));
    }
    return tokens instanceof TokenTable.Slice slice
        ? slice.start(index) : tokenList().get(index).start();
  }

  /** Where token {@code index} of {@link #tokens} ends in the file (exclusive). */
  public int tokenEnd(int index) {
    if (tokens instanceof TokenTable table) {
      return table.start(tableIndex(index) + 1);
    }
    return tokens instanceof TokenTable.Slice slice
        ? slice.end(index) : tokenList().get(index).end();
  }

  /** For a line of a table: token {@code index}'s index in the table. */
  private int tableIndex(int index) {
    if (index < 0 || index >= b) {
      throw new IndexOutOfBoundsException("token " + index + " of " + b);
    }
    return a + index;
  }

  /** True when token {@code index} is a word (plain or quoted). */
  public boolean isWordToken(int index) {
    TokenKind kind = tokenKind(index);
    return kind == TokenKind.WORD || kind == TokenKind.QUOTED;
  }

  /** The whole line, terminator included. */
  public Span span() {
    return new Span(file, start(), end());
  }

  /** The line without its LF (a CR before the LF stays: chronyd and ntpd read it as a blank). */
  public Span contentSpan() {
    int contentEnd = hasNewline() ? end() - 1 : end();
    return new Span(file, start(), contentEnd);
  }

  public boolean hasNewline() {
    return tokenCount() > 0 && tokenKind(tokenCount() - 1) == TokenKind.NEWLINE;
  }

  /** The line's words (directive name first), in order. */
  public List<Word> words() {
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < tokenCount(); i++) {
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
    for (int i = 0; i < tokenCount(); i++) {
      if (tokenKind(i) == TokenKind.COMMENT) {
        return java.util.Optional.of(new Span(file, tokenStart(i), tokenEnd(i)));
      }
    }
    return java.util.Optional.empty();
  }

  /** True when the line holds no word (blank, comment-only, or only ignored bytes). */
  public boolean hasNoWords() {
    // By index: an iterator per call showed in the allocation profile (issue 8, P4).
    for (int i = 0; i < tokenCount(); i++) {
      if (isWordToken(i)) {
        return false;
      }
    }
    return true;
  }

  /** True when the line is only blanks and its terminator. */
  public boolean isBlank() {
    for (int i = 0; i < tokenCount(); i++) {
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
    return hasNewline() && end() - start() >= 2 && file.byteAt(end() - 2) == '\r';
  }

  /** The leading blanks of the line (its indentation), as raw bytes. */
  public String indentation() {
    if (tokenCount() > 0 && tokenKind(0) == TokenKind.WHITESPACE) {
      return file.latin1(tokenStart(0), tokenEnd(0));
    }
    return "";
  }

  /* The record's equality, hash and text, written out (the file compared by identity). */

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceLine l && l.file == file && l.number == number
        && l.start() == start() && l.end() == end() && l.tokens().equals(tokens());
  }

  @Override
  public int hashCode() {
    int hash = Objects.hashCode(file);
    hash = hash * 31 + Integer.hashCode(number);
    hash = hash * 31 + Integer.hashCode(start());
    hash = hash * 31 + Integer.hashCode(end());
    return hash * 31 + tokens().hashCode();
  }

  @Override
  public String toString() {
    return "SourceLine[file=" + file + ", number=" + number + ", start=" + start() + ", end="
        + end() + ", tokens=" + tokens() + "]";
  }
}

package dev.ntplint.chrony;

import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.SyntaxTree;
import dev.ntplint.source.TokenKind;
import dev.ntplint.source.TokenTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a chrony.conf into the lossless line layer: the tokens of ChronyLexer.g4, grouped into
 * lines at each NEWLINE token.
 *
 * <p>The grammar's five token rules are simple enough to scan by hand, and this class does: the
 * ANTLR lexer was a sixth of parsing and linting a large chrony.conf (the DFA walk and a virtual
 * call per character; issue 8, P3), and a short check no longer initialises the lexer's tables.
 * The grammar stays the specification: RecordedTokensProperties checks that this scanner makes
 * exactly the tokens the generated lexer makes, over arbitrary bytes and near-valid files, and
 * ChronyGrammarTotalityProperties that the parser grammar accepts every token sequence, which is
 * what makes a line's structure nothing but its tokens up to the newline.
 *
 * <p>Tokens are recorded as int ranges in a {@link TokenTable}, so no per-token object is made.
 */
final class ChronySyntaxReader {

  private ChronySyntaxReader() {}

  static SyntaxTree read(SourceFile file) {
    int length = file.length();
    // A line of this format has about one token per four bytes; the table grows if not.
    TokenTable tokens = new TokenTable(0, length / 4);
    List<SourceLine> lines = new ArrayList<>(file.lineCount());
    int lineFirstToken = 0;
    // The lexer's REST_OF_LINE mode: after a line's first word, comment characters are word
    // characters (`server #` names the host "#"); the newline ends it.
    boolean afterFirstWord = false;
    int at = 0;
    while (at < length) {
      int start = at;
      byte first = file.byteAt(at);
      TokenKind kind;
      if (first == '\n') {
        at++;
        kind = TokenKind.NEWLINE;
      } else if (isBlank(first)) {
        do {
          at++;
        } while (at < length && isBlank(file.byteAt(at)));
        kind = TokenKind.WHITESPACE;
      } else if (first == 0 || !afterFirstWord && isCommentStart(first)) {
        // NUL_TAIL and COMMENT run to the end of the line (a comment is longer than the word
        // rule's match or, at the line's end, as long and listed first in the grammar).
        at = endOfLine(file, at + 1);
        kind = first == 0 ? TokenKind.IGNORED : TokenKind.COMMENT;
      } else {
        do {
          at++;
        } while (at < length && isWordByte(file.byteAt(at)));
        kind = TokenKind.WORD;
        afterFirstWord = true;
      }
      tokens.add(kind, start, at);
      if (kind == TokenKind.NEWLINE) {
        lines.add(lineOf(file, lines.size() + 1, tokens, lineFirstToken));
        lineFirstToken = tokens.size();
        afterFirstWord = false;
      }
    }
    if (lineFirstToken < tokens.size() || lines.isEmpty()) {
      lines.add(lineOf(file, lines.size() + 1, tokens, lineFirstToken));
    }
    return new SyntaxTree(file, lines);
  }

  /** WS: C isspace() in the "C" locale, minus LF (NBSP, 0xA0, is no blank to chronyd). */
  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t' || b == 0x0B || b == '\f' || b == '\r';
  }

  /** COMMENT's first character, when it is the first non-blank of a line. */
  private static boolean isCommentStart(byte b) {
    return b == '!' || b == ';' || b == '#' || b == '%';
  }

  /** WORD: anything but a blank, LF or NUL. */
  private static boolean isWordByte(byte b) {
    return b != '\n' && b != 0 && !isBlank(b);
  }

  /** The offset of the next LF from {@code from}, or the file's length when there is none. */
  private static int endOfLine(SourceFile file, int from) {
    int newline = file.latin1().indexOf('\n', from);
    return newline < 0 ? file.length() : newline;
  }

  private static SourceLine lineOf(SourceFile file, int number, TokenTable tokens, int first) {
    if (first == tokens.size()) {
      return new SourceLine(file, number, file.length(), file.length(), List.of());
    }
    return SourceLine.ofTable(file, number, tokens, first, tokens.size());
  }
}

package dev.ntplint.chrony;

import dev.ntplint.internal.grammar.Latin1CharStream;
import dev.ntplint.internal.grammar.Latin1LexerATNSimulator;
import dev.ntplint.internal.grammar.LexerWarmup;
import dev.ntplint.internal.grammar.chrony.ChronyLexer;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.SyntaxTree;
import dev.ntplint.source.TokenKind;
import dev.ntplint.source.TokenTable;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Turns a chrony.conf into the lossless line layer: the ANTLR lexer's tokens, grouped into lines
 * at each NEWLINE token. The ANTLR types stay inside this class.
 *
 * <p>The parser grammar (ChronyParser.g4) is total: it accepts every token sequence the lexer
 * makes, and a line's structure is nothing but its tokens up to the newline. Running it only
 * re-derived that grouping, at a third of the reading cost (issue 8, P3), so the reader no longer
 * runs it; ChronyGrammarTotalityProperties checks that the grammar still accepts every token
 * sequence, which is what makes the grouping here the grammar's reading.
 *
 * <p>The lexer's tokens are recorded as int ranges in a {@link TokenTable} as the lexer emits
 * them, so neither ANTLR token objects nor per-token syntax objects are made (issue 8, P3).
 */
final class ChronySyntaxReader {

  private ChronySyntaxReader() {}

  static SyntaxTree read(SourceFile file) {
    TokenTable tokens = TokenTable.of(file);
    LexerWarmup.awaitBeforeFirstLexer();
    RecordingLexer lexer = new RecordingLexer(new Latin1CharStream(file.latin1(), file.name()),
        tokens);
    lexer.removeErrorListeners();
    List<SourceLine> lines = new ArrayList<>(file.lineCount());
    int lineFirstToken = 0;
    while (lexer.nextToken().getType() != Token.EOF) {
      if (tokens.lastKind() == TokenKind.NEWLINE) {
        lines.add(lineOf(file, lines.size() + 1, tokens, lineFirstToken));
        lineFirstToken = tokens.size();
      }
    }
    if (lineFirstToken < tokens.size() || lines.isEmpty()) {
      lines.add(lineOf(file, lines.size() + 1, tokens, lineFirstToken));
    }
    return new SyntaxTree(file, lines, tokens.toolComments());
  }

  private static SourceLine lineOf(SourceFile file, int number, TokenTable tokens, int first) {
    if (first == tokens.size()) {
      return new SourceLine(file, number, file.length(), file.length(), List.of());
    }
    return SourceLine.ofTable(file, number, tokens, first, tokens.size());
  }

  /**
   * The generated lexer, with each token written to the table instead of made into an object:
   * {@code nextToken} returns one shared placeholder for every token but the EOF.
   */
  private static final class RecordingLexer extends ChronyLexer {
    private static final Token EMITTED = new CommonToken(Token.INVALID_TYPE);

    private final TokenTable tokens;

    RecordingLexer(Latin1CharStream input, TokenTable tokens) {
      super(input);
      Latin1LexerATNSimulator.install(this);
      this.tokens = tokens;
    }

    @Override
    public Token emit() {
      if (_type == Token.EOF) {
        // The lexer emits the end of the input through here too; that token is returned as is.
        return super.emit();
      }
      afterToken(_type);
      tokens.add(kindOf(_type), _tokenStartCharIndex, getCharIndex());
      emit(EMITTED);
      return EMITTED;
    }
  }

  private static TokenKind kindOf(int type) {
    switch (ChronyLexer.canonicalType(type)) {
      case ChronyLexer.NEWLINE:
        return TokenKind.NEWLINE;
      case ChronyLexer.WS:
        return TokenKind.WHITESPACE;
      case ChronyLexer.COMMENT:
        return TokenKind.COMMENT;
      case ChronyLexer.NUL_TAIL:
        return TokenKind.IGNORED;
      default:
        return TokenKind.WORD;
    }
  }
}

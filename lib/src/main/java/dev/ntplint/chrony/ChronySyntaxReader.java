package dev.ntplint.chrony;

import dev.ntplint.internal.grammar.chrony.ChronyLexer;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.SyntaxToken;
import dev.ntplint.source.SyntaxTree;
import dev.ntplint.source.TokenKind;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
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
 */
final class ChronySyntaxReader {

  private ChronySyntaxReader() {}

  static SyntaxTree read(SourceFile file) {
    ChronyLexer lexer = new ChronyLexer(CharStreams.fromString(file.latin1(), file.name()));
    lexer.removeErrorListeners();
    List<SourceLine> lines = new ArrayList<>();
    List<SyntaxToken> current = new ArrayList<>(8);
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      current.add(new SyntaxToken(kindOf(t.getType()), t.getStartIndex(), t.getStopIndex() + 1));
      if (t.getType() == ChronyLexer.NEWLINE) {
        lines.add(lineOf(file, lines.size() + 1, current));
        current.clear();
      }
    }
    if (!current.isEmpty() || lines.isEmpty()) {
      lines.add(lineOf(file, lines.size() + 1, current));
    }
    return new SyntaxTree(file, lines);
  }

  private static SourceLine lineOf(SourceFile file, int number, List<SyntaxToken> tokens) {
    if (tokens.isEmpty()) {
      return new SourceLine(file, number, file.length(), file.length(), tokens);
    }
    return new SourceLine(file, number, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(),
        tokens);
  }

  private static TokenKind kindOf(int type) {
    switch (type) {
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

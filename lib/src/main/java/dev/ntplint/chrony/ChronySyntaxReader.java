package dev.ntplint.chrony;

import dev.ntplint.internal.grammar.chrony.ChronyLexer;
import dev.ntplint.internal.grammar.chrony.ChronyParser;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.SyntaxToken;
import dev.ntplint.source.SyntaxTree;
import dev.ntplint.source.TokenKind;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * Runs the chrony.conf grammar over a file and turns its parse tree into the lossless line layer.
 * The ANTLR types stay inside this class.
 */
final class ChronySyntaxReader {

  private ChronySyntaxReader() {}

  static SyntaxTree read(SourceFile file) {
    ChronyLexer lexer = new ChronyLexer(CharStreams.fromString(file.latin1(), file.name()));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    ChronyParser parser = new ChronyParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    boolean[] failed = new boolean[1];
    parser.addErrorListener(new BaseErrorListener() {
      @Override
      public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
          int charPositionInLine, String msg, RecognitionException e) {
        failed[0] = true;
      }
    });
    ChronyParser.ConfigContext config = parser.config();
    List<SourceLine> lines = new ArrayList<>();
    if (!failed[0]) {
      for (ChronyParser.LineContext line : config.line()) {
        lines.add(toLine(file, lines.size() + 1, tokens, line));
      }
      ChronyParser.Last_lineContext last = config.last_line();
      SourceLine lastLine = toLine(file, lines.size() + 1, tokens, last);
      if (!lastLine.tokens().isEmpty() || lines.isEmpty()) {
        lines.add(lastLine);
      }
    } else {
      // The grammar accepts every token sequence the lexer makes, so this is a safety net only:
      // group the tokens by newline so that no byte is ever lost.
      lines = groupByNewline(file, tokens.getTokens());
    }
    return new SyntaxTree(file, lines);
  }

  private static SourceLine toLine(SourceFile file, int number, CommonTokenStream tokens,
      ParserRuleContext ctx) {
    List<SyntaxToken> syntax = new ArrayList<>();
    Token start = ctx.getStart();
    Token stop = ctx.getStop();
    int lineStart = start == null ? file.length() : start.getStartIndex();
    if (start != null && stop != null && stop.getTokenIndex() >= start.getTokenIndex()
        && start.getType() != Token.EOF) {
      for (int i = start.getTokenIndex(); i <= stop.getTokenIndex(); i++) {
        Token t = tokens.get(i);
        if (t.getType() != Token.EOF) {
          syntax.add(new SyntaxToken(kindOf(t.getType()), t.getStartIndex(), t.getStopIndex() + 1));
        }
      }
    }
    if (syntax.isEmpty()) {
      lineStart = Math.min(lineStart, file.length());
      return new SourceLine(file, number, lineStart, lineStart, syntax);
    }
    return new SourceLine(file, number, syntax.get(0).start(),
        syntax.get(syntax.size() - 1).end(), syntax);
  }

  private static List<SourceLine> groupByNewline(SourceFile file, List<Token> all) {
    List<SourceLine> lines = new ArrayList<>();
    List<SyntaxToken> current = new ArrayList<>();
    for (Token t : all) {
      if (t.getType() == Token.EOF) {
        break;
      }
      current.add(new SyntaxToken(kindOf(t.getType()), t.getStartIndex(), t.getStopIndex() + 1));
      if (t.getType() == ChronyLexer.NEWLINE) {
        lines.add(lineOf(file, lines.size() + 1, current));
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty() || lines.isEmpty()) {
      lines.add(lineOf(file, lines.size() + 1, current));
    }
    return lines;
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

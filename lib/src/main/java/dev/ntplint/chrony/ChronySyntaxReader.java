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
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.UnbufferedTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Runs the chrony.conf grammar over a file and turns it into the lossless line layer, one line at
 * a time (memory stays proportional to a line, not to the file). The ANTLR types stay inside this
 * class.
 */
final class ChronySyntaxReader {

  private ChronySyntaxReader() {}

  static SyntaxTree read(SourceFile file) {
    ChronyLexer lexer = new ChronyLexer(CharStreams.fromString(file.latin1(), file.name()));
    lexer.removeErrorListeners();
    lexer.setTokenFactory(CommonTokenFactory.DEFAULT);
    UnbufferedTokenStream<Token> tokens = new UnbufferedTokenStream<>(lexer);
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
    List<SourceLine> lines = new ArrayList<>();
    List<SyntaxToken> current = new ArrayList<>(8);
    while (!failed[0] && tokens.LA(1) != Token.EOF) {
      ChronyParser.Next_lineContext line = parser.next_line();
      current.clear();
      collect(line, current);
      if (!current.isEmpty()) {
        lines.add(lineOf(file, lines.size() + 1, current));
      }
    }
    if (failed[0]) {
      // The grammar accepts every token sequence the lexer makes, so this is a safety net only:
      // re-lex the file and group the tokens by newline so that no byte is ever lost.
      return new SyntaxTree(file, groupByNewline(file));
    }
    if (lines.isEmpty()) {
      lines.add(lineOf(file, 1, current));
    }
    return new SyntaxTree(file, lines);
  }

  /** Appends the tree's tokens in order (every token is on the default channel, so in the tree). */
  private static void collect(ParseTree tree, List<SyntaxToken> out) {
    if (tree instanceof TerminalNode terminal) {
      Token t = terminal.getSymbol();
      if (t.getType() != Token.EOF && t.getStartIndex() <= t.getStopIndex()) {
        out.add(new SyntaxToken(kindOf(t.getType()), t.getStartIndex(), t.getStopIndex() + 1));
      }
      return;
    }
    for (int i = 0; i < tree.getChildCount(); i++) {
      collect(tree.getChild(i), out);
    }
  }

  private static List<SourceLine> groupByNewline(SourceFile file) {
    ChronyLexer lexer = new ChronyLexer(CharStreams.fromString(file.latin1(), file.name()));
    lexer.removeErrorListeners();
    List<SourceLine> lines = new ArrayList<>();
    List<SyntaxToken> current = new ArrayList<>();
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

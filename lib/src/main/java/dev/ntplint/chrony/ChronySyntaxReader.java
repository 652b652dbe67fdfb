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
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.UnbufferedTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

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
    LineCollector lines = new LineCollector(file);
    UnbufferedTokenStream<Token> tokens = new UnbufferedTokenStream<>(new RecordingSource(lexer, lines));
    ChronyParser parser = new ChronyParser(tokens);
    parser.removeErrorListeners();
    // The parser checks each line's structure; the tokens themselves are collected as the lexer
    // hands them over, so no parse tree is needed (it was most of the reading cost).
    parser.setBuildParseTree(false);
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    // Bail out at the first syntax error instead of recovering (recovery bookkeeping costs time
    // on every line, and the safety net below handles the impossible case anyway).
    parser.setErrorHandler(new BailErrorStrategy());
    boolean failed = false;
    try {
      while (tokens.LA(1) != Token.EOF) {
        parser.next_line();
      }
    } catch (ParseCancellationException e) {
      failed = true;
    }
    if (failed) {
      // The grammar accepts every token sequence the lexer makes, so this is a safety net only:
      // re-lex the file and group the tokens by newline so that no byte is ever lost.
      return new SyntaxTree(file, groupByNewline(file));
    }
    return new SyntaxTree(file, lines.finish());
  }

  /** Hands the lexer's tokens to the parser and to the line collector, in order. */
  private static final class RecordingSource implements TokenSource {
    private final ChronyLexer lexer;
    private final LineCollector lines;

    RecordingSource(ChronyLexer lexer, LineCollector lines) {
      this.lexer = lexer;
      this.lines = lines;
    }

    @Override
    public Token nextToken() {
      Token t = lexer.nextToken();
      if (t.getType() != Token.EOF) {
        lines.add(kindOf(t.getType()), t.getStartIndex(), t.getStopIndex() + 1);
      }
      return t;
    }

    @Override
    public int getLine() {
      return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
      return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
      return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
      return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
      lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
      return lexer.getTokenFactory();
    }
  }

  /** Groups tokens into lines: a line ends after its NEWLINE token. */
  private static final class LineCollector {
    private final SourceFile file;
    private final List<SourceLine> lines = new ArrayList<>();
    private final List<SyntaxToken> current = new ArrayList<>(8);

    LineCollector(SourceFile file) {
      this.file = file;
    }

    void add(TokenKind kind, int start, int end) {
      current.add(new SyntaxToken(kind, start, end));
      if (kind == TokenKind.NEWLINE) {
        lines.add(lineOf(file, lines.size() + 1, current));
        current.clear();
      }
    }

    List<SourceLine> finish() {
      if (!current.isEmpty() || lines.isEmpty()) {
        lines.add(lineOf(file, lines.size() + 1, current));
      }
      return lines;
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

package dev.ntplint.ntp;

import dev.ntplint.internal.grammar.ntp.NtpBaseLexer;
import dev.ntplint.internal.grammar.ntp.NtpLexer;
import dev.ntplint.internal.grammar.ntp.NtpParser;
import dev.ntplint.ntp.catalog.NtpKeyword;
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
 * Runs the ntp.conf grammar over a file and turns its parse tree into the lossless line layer plus,
 * per line, the lexemes as the lexer classified them. The ANTLR types stay inside this class.
 */
final class NtpSyntaxReader {

  /** How the lexer classified a piece of a line (spec 1.3 to 1.5). */
  enum RawKind {
    /** An unquoted lexeme read in token mode: keyword, number or string. */
    WORD,
    /** An unquoted lexeme read in a string mode (or after ""): a string or a -4/-6 flag. */
    FORCED,
    /** A lexeme with a quote: a string or a -4/-6 flag (blank: end of command; empty: nothing). */
    QUOTED,
    /** A special character in token mode: { } ( ) , ; | = */
    SPECIAL,
    /** Bytes above 127 standing alone (ntpd drops them). */
    IGNORED,
    /** A comment, from # to the end of the line. */
    COMMENT
  }

  /**
   * One lexer token that is not blank or newline.
   *
   * @param logical the text as ntpd stores it (quotes removed, bytes above 127 dropped)
   */
  record RawLexeme(RawKind kind, int start, int end, String logical) {}

  /** The lossless tree and the lexemes of each of its lines (same index). */
  record Lexed(SyntaxTree tree, List<List<RawLexeme>> lexemes) {}

  private NtpSyntaxReader() {}

  /** Lexes with the keyword table of {@code flavour}, or of either daemon when it is null. */
  static Lexed read(SourceFile file, NtpFlavour flavour) {
    NtpLexer lexer = new NtpLexer(CharStreams.fromString(file.latin1(), file.name()));
    lexer.removeErrorListeners();
    lexer.setFollowByTable(word -> NtpKeyword.followByOf(word, flavour));
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    NtpParser parser = new NtpParser(tokens);
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
    NtpParser.ConfigContext config = parser.config();
    List<List<Token>> lineTokens = new ArrayList<>();
    if (!failed[0]) {
      for (NtpParser.LineContext line : config.line()) {
        lineTokens.add(tokensOf(tokens, line));
      }
      List<Token> last = tokensOf(tokens, config.last_line());
      if (!last.isEmpty() || lineTokens.isEmpty()) {
        lineTokens.add(last);
      }
    } else {
      // The grammar accepts every token sequence the lexer makes, so this is a safety net only:
      // group the tokens by newline so that no byte is ever lost.
      lineTokens = groupByNewline(tokens.getTokens());
    }
    List<SourceLine> lines = new ArrayList<>();
    List<List<RawLexeme>> lexemes = new ArrayList<>();
    for (List<Token> line : lineTokens) {
      List<SyntaxToken> syntax = new ArrayList<>();
      List<RawLexeme> raw = new ArrayList<>();
      for (Token t : line) {
        int start = t.getStartIndex();
        int end = t.getStopIndex() + 1;
        syntax.add(new SyntaxToken(kindOf(t.getType()), start, end));
        RawKind kind = rawKindOf(t.getType());
        if (kind != null) {
          raw.add(new RawLexeme(kind, start, end, NtpBaseLexer.logicalText(t.getText())));
        }
      }
      int number = lines.size() + 1;
      if (syntax.isEmpty()) {
        lines.add(new SourceLine(file, number, file.length(), file.length(), syntax));
      } else {
        lines.add(new SourceLine(file, number, syntax.get(0).start(),
            syntax.get(syntax.size() - 1).end(), syntax));
      }
      lexemes.add(raw);
    }
    return new Lexed(new SyntaxTree(file, lines), lexemes);
  }

  private static List<Token> tokensOf(CommonTokenStream tokens, ParserRuleContext ctx) {
    List<Token> result = new ArrayList<>();
    Token start = ctx.getStart();
    Token stop = ctx.getStop();
    if (start != null && stop != null && stop.getTokenIndex() >= start.getTokenIndex()
        && start.getType() != Token.EOF) {
      for (int i = start.getTokenIndex(); i <= stop.getTokenIndex(); i++) {
        Token t = tokens.get(i);
        if (t.getType() != Token.EOF) {
          result.add(t);
        }
      }
    }
    return result;
  }

  private static List<List<Token>> groupByNewline(List<Token> all) {
    List<List<Token>> lines = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (Token t : all) {
      if (t.getType() == Token.EOF) {
        break;
      }
      current.add(t);
      if (t.getType() == NtpLexer.NEWLINE) {
        lines.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty() || lines.isEmpty()) {
      lines.add(current);
    }
    return lines;
  }

  private static TokenKind kindOf(int type) {
    switch (type) {
      case NtpLexer.NEWLINE:
        return TokenKind.NEWLINE;
      case NtpLexer.WS:
        return TokenKind.WHITESPACE;
      case NtpLexer.COMMENT:
        return TokenKind.COMMENT;
      case NtpLexer.IGNORED:
        return TokenKind.IGNORED;
      case NtpLexer.QUOTED:
        return TokenKind.QUOTED;
      default:
        return TokenKind.WORD;
    }
  }

  private static RawKind rawKindOf(int type) {
    switch (type) {
      case NtpLexer.WORD:
        return RawKind.WORD;
      case NtpLexer.FORCED_WORD:
        return RawKind.FORCED;
      case NtpLexer.QUOTED:
        return RawKind.QUOTED;
      case NtpLexer.SPECIAL:
        return RawKind.SPECIAL;
      case NtpLexer.IGNORED:
        return RawKind.IGNORED;
      case NtpLexer.COMMENT:
        return RawKind.COMMENT;
      default:
        return null;
    }
  }
}

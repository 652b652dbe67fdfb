package dev.ntplint.chrony.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.internal.grammar.chrony.ChronyLexer;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.SyntaxToken;
import dev.ntplint.source.TokenKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * The reader records the lexer's tokens as int ranges, read from the file's string directly,
 * instead of taking ANTLR's token objects from {@code CharStreams.fromString} (issue 8, P3). This
 * checks that it sees exactly the tokens the unmodified lexer makes the ordinary way, and that a
 * line's token accessors agree with its token list.
 */
class RecordedTokensProperties {

  @Test
  void arbitraryBytesGiveTheLexersOwnTokens() {
    PropertyRun run = PropertyRun.named("recorded tokens, arbitrary bytes", 1000);
    try {
      run.qt().forAll(ConfigGenerators.arbitraryBytes(4096)).checkAssert(bytes -> {
        run.ran();
        checkTokens(bytes);
      });
    } finally {
      run.report();
    }
  }

  @Test
  void nearValidConfigsGiveTheLexersOwnTokens() {
    PropertyRun run = PropertyRun.named("recorded tokens, near-valid chrony.conf", 1000);
    try {
      run.qt().forAll(ConfigGenerators.chronyConfigs(40)).checkAssert(bytes -> {
        run.ran();
        checkTokens(bytes);
      });
    } finally {
      run.report();
    }
  }

  @Test
  void edgeCases() {
    for (String text : List.of("", "\n", "\n\n", "x", "server a", "server a\n", " \t\r\n",
        "# c\n#", "server a\0junk\n", "\0", "pool b iburst # c\nx", "\u00a0server\u00c2\u00a0a")) {
      checkTokens(text.getBytes(StandardCharsets.ISO_8859_1));
    }
  }

  /** The comparison itself can fail: a token list that differs by one offset is caught. */
  @Test
  void aDifferentTokenListIsDetected() {
    byte[] bytes = "server a\n".getBytes(StandardCharsets.ISO_8859_1);
    List<SyntaxToken> expected = new ArrayList<>(antlrTokens(bytes));
    expected.set(1, new SyntaxToken(TokenKind.WHITESPACE, 6, 8));
    assertThat(readerTokens(bytes)).isNotEqualTo(expected);
    assertThat(readerTokens(bytes)).isEqualTo(antlrTokens(bytes));
  }

  private static void checkTokens(byte[] bytes) {
    assertThat(readerTokens(bytes)).isEqualTo(antlrTokens(bytes));
    for (SourceLine line : ChronyConf.syntax(SourceFile.of("x", bytes)).lines()) {
      List<SyntaxToken> tokens = line.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        SyntaxToken token = tokens.get(i);
        assertThat(new SyntaxToken(line.tokenKind(i), line.tokenStart(i), line.tokenEnd(i)))
            .isEqualTo(token);
        assertThat(line.isWordToken(i)).isEqualTo(token.kind() == TokenKind.WORD);
      }
      List<SyntaxToken> iterated = new ArrayList<>();
      tokens.forEach(iterated::add);
      assertThat(iterated).isEqualTo(List.copyOf(tokens));
    }
  }

  private static List<SyntaxToken> readerTokens(byte[] bytes) {
    List<SyntaxToken> tokens = new ArrayList<>();
    for (SourceLine line : ChronyConf.syntax(SourceFile.of("x", bytes)).lines()) {
      tokens.addAll(line.tokens());
    }
    return tokens;
  }

  /** What the lexer makes when driven the ordinary way, mapped to kinds as the reader maps them. */
  private static List<SyntaxToken> antlrTokens(byte[] bytes) {
    ChronyLexer lexer = new ChronyLexer(
        CharStreams.fromString(new String(bytes, StandardCharsets.ISO_8859_1), "x"));
    lexer.removeErrorListeners();
    List<SyntaxToken> tokens = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      TokenKind kind = switch (t.getType()) {
        case ChronyLexer.NEWLINE -> TokenKind.NEWLINE;
        case ChronyLexer.WS -> TokenKind.WHITESPACE;
        case ChronyLexer.COMMENT -> TokenKind.COMMENT;
        case ChronyLexer.NUL_TAIL -> TokenKind.IGNORED;
        default -> TokenKind.WORD;
      };
      tokens.add(new SyntaxToken(kind, t.getStartIndex(), t.getStopIndex() + 1));
    }
    return tokens;
  }
}

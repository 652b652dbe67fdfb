package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ntplint.internal.grammar.Latin1CharStream;
import dev.ntplint.internal.grammar.ntp.NtpLexer;
import dev.ntplint.ntp.catalog.NtpKeyword;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The ntp.conf reader lexes the file's one-char-per-byte text in place ({@link Latin1CharStream})
 * instead of through ANTLR's code point buffer: the lexer must make exactly the tokens it made
 * before, in every mode, whatever the bytes.
 */
class NtpLexerInputTest {

  private static final long SEED = 0x6c6174696e31L;

  /** Keywords that switch lexer modes, quotes, specials, comments, NUL, bytes above 127. */
  private static final List<String> PIECES = List.of("server", "driftfile", "logconfig", "restrict",
      "pool", "-4", "-6", "\"a b\"", "\"\"", "\"  \"", "\"open", "=", "{", "}", ",", ";", "#c",
      "x#y", "\0", "\u00e9", "\u00ff", "\u0080", "\r", "\t", "1.5", "0x1F", "abc");

  private static final List<String> SEPARATORS = List.of(" ", " ", "\t", "\n", "\n", "");

  private static Gen<String> configs() {
    Gen<String> piece = integers().between(0, PIECES.size() - 1).map(PIECES::get);
    Gen<String> separator = integers().between(0, SEPARATORS.size() - 1).map(SEPARATORS::get);
    return lists().of(piece.zip(separator, String::concat)).ofSizeBetween(0, 40)
        .map(parts -> String.join("", parts));
  }

  @Test
  void theLexerMakesTheSameTokensAsOverAnAntlrStringStream() {
    qt().withFixedSeed(SEED).withExamples(2000).forAll(configs()).checkAssert(text -> {
      for (NtpFlavour flavour : new NtpFlavour[] {null, NtpFlavour.CLASSIC, NtpFlavour.NTPSEC}) {
        assertThat(tokens(new Latin1CharStream(text, "ntp.conf"), flavour))
            .isEqualTo(tokens(CharStreams.fromString(text, "ntp.conf"), flavour));
      }
    });
  }

  @Test
  void readsLikeAnAntlrStringStreamAtBothEnds() {
    String text = "ab\u00ff";
    Latin1CharStream latin1 = new Latin1CharStream(text, "f");
    CharStream antlr = CharStreams.fromString(text, "f");
    for (int at = 0; at <= text.length(); at++) {
      latin1.seek(at);
      antlr.seek(at);
      for (int i = -4; i <= 4; i++) {
        assertThat(latin1.LA(i)).as("LA(%d) at %d", i, at).isEqualTo(antlr.LA(i));
      }
    }
    assertThat(latin1.LA(1)).isEqualTo(IntStream.EOF);
    assertThatThrownBy(latin1::consume).isInstanceOf(IllegalStateException.class);
    assertThat(latin1.getText(Interval.of(1, 9))).isEqualTo(antlr.getText(Interval.of(1, 9)));
    assertThat(latin1.getText(Interval.of(0, 2))).isEqualTo("ab\u00ff");
    assertThat(latin1.size()).isEqualTo(antlr.size());
    assertThat(new Latin1CharStream(text, null).getSourceName())
        .isEqualTo(CharStreams.fromString(text).getSourceName());
  }

  private static List<String> tokens(CharStream input, NtpFlavour flavour) {
    NtpLexer lexer = new NtpLexer(input);
    lexer.removeErrorListeners();
    lexer.setFollowByTable(word -> NtpKeyword.followByOf(word, flavour));
    List<String> out = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      out.add(t.getType() + "@" + t.getStartIndex() + "-" + t.getStopIndex() + ":" + t.getLine()
          + "." + t.getCharPositionInLine() + "=" + t.getText());
    }
    return out;
  }
}

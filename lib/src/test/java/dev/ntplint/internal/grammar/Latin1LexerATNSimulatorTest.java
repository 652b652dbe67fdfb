package dev.ntplint.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.ntplint.internal.grammar.LexerWarmup.Grammar;
import dev.ntplint.internal.grammar.chrony.ChronyLexer;
import dev.ntplint.internal.grammar.ntp.NtpBaseLexer.FollowBy;
import dev.ntplint.internal.grammar.ntp.NtpLexer;
import dev.ntplint.testing.TextGen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Latin1LexerATNSimulator}, with the comments, NUL tails and blanks it matches without the
 * DFA, lexes exactly as ANTLR's own simulator: the same tokens (type, offsets, line, column), the
 * same mode after each, and the same position, line and column at the end, for texts made of what
 * decides the lexers' choices (blanks of each kind, comment and special characters at and after a
 * line's start, NUL, bytes above 127, which the DFA never caches, quotes, CR, no final newline).
 */
class Latin1LexerATNSimulatorTest {

  private static final List<String> PIECES = List.of("server", " ", "\t", "\n", "\r\n", "\r", "\f",
      "\u000B", "#", "!", ";", "%", "\u0000", "\u0080", "\u00e9", "\u00ff", "\u00a0", "a",
      "127.127.1.0", "-4", "=", "\"", "\"q r\"", "{", "}", "(", ")", ",", "|", "setvar", "phone",
      "includefile", "x=y", "0");

  /** A small keyword table with each follow-by mode, so that ntp.conf's lexer switches modes. */
  private static final Function<String, FollowBy> FOLLOW_BY = Map.of("server", FollowBy.TOKEN,
      "setvar", FollowBy.STRING, "includefile", FollowBy.STRING, "phone",
      FollowBy.STRINGS_TO_EOC)::get;

  /**
   * Over the DFA the grammar's lexers share, and over a DFA of its own that starts empty: then
   * every edge is first met inside the loop, so the ATN simulation runs from it, and what it sees
   * must be what it sees from ANTLR's loop.
   */
  @ParameterizedTest
  @CsvSource({"CHRONY, false, 3000", "NTP, false, 3000", "CHRONY, true, 500", "NTP, true, 500"})
  void lexesAsAntlrDoes(Grammar grammar, boolean freshDfa, int examples) {
    qt().withExamples(examples).forAll(TextGen.concatenations(PIECES, 0, 40))
        .checkAssert(text -> assertThat(tokens(lexer(grammar, text, true, freshDfa)))
            .isEqualTo(tokens(lexer(grammar, text, false, freshDfa))));
  }

  @Test
  void aLexerGetsTheSimulatorOverTheSharedDfa() {
    ChronyLexer lexer = new ChronyLexer(new Latin1CharStream("", null));
    DFA[] shared = lexer.getInterpreter().decisionToDFA;
    Latin1LexerATNSimulator.install(lexer);
    assertThat(lexer.getInterpreter()).isInstanceOf(Latin1LexerATNSimulator.class);
    assertThat(lexer.getInterpreter().decisionToDFA).isSameAs(shared);
  }

  private static Lexer lexer(Grammar grammar, String text, boolean fast, boolean freshDfa) {
    Latin1CharStream input = new Latin1CharStream(text, "test");
    Lexer lexer;
    if (grammar == Grammar.NTP) {
      NtpLexer ntp = new NtpLexer(input);
      ntp.setFollowByTable(FOLLOW_BY);
      lexer = ntp;
    } else {
      lexer = new ChronyLexer(input);
    }
    return prepare(lexer, fast, freshDfa);
  }

  private static Lexer prepare(Lexer lexer, boolean fast, boolean freshDfa) {
    lexer.removeErrorListeners();
    if (freshDfa) {
      LexerATNSimulator generated = lexer.getInterpreter();
      DFA[] dfa = new DFA[generated.atn.getNumberOfDecisions()];
      for (int i = 0; i < dfa.length; i++) {
        dfa[i] = new DFA(generated.atn.getDecisionState(i), i);
      }
      lexer.setInterpreter(
          new LexerATNSimulator(lexer, generated.atn, dfa, new PredictionContextCache()));
    }
    return fast ? Latin1LexerATNSimulator.install(lexer) : lexer;
  }

  /** Every token as type, offsets, line and column, then the mode it left; then the end state. */
  private static List<String> tokens(Lexer lexer) {
    List<String> out = new ArrayList<>();
    Token token;
    do {
      token = lexer.nextToken();
      out.add(token.getType() + " " + token.getStartIndex() + ".." + token.getStopIndex() + " @"
          + token.getLine() + ":" + token.getCharPositionInLine() + " mode " + lexer._mode);
    } while (token.getType() != Token.EOF);
    out.add("end " + lexer.getInputStream().index() + " @" + lexer.getLine() + ":"
        + lexer.getCharPositionInLine());
    return out;
  }
}

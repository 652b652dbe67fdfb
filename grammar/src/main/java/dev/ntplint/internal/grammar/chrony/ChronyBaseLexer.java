package dev.ntplint.internal.grammar.chrony;

import dev.ntplint.internal.grammar.RunLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;

/**
 * The chrony.conf lexer's tokens that are runs of chars (comments, NUL tails, blanks), for the
 * lexer simulator to match without the DFA.
 */
public abstract class ChronyBaseLexer extends Lexer implements RunLexer {

  protected ChronyBaseLexer(CharStream input) {
    super(input);
  }

  /**
   * A comment char before the line's first word (COMMENT), and a NUL byte anywhere (NUL_TAIL,
   * REST_NUL_TAIL), start a token that runs to the line's end.
   */
  @Override
  public final int lineRunType(int mode, int c) {
    if (c == 0) {
      return mode == ChronyLexer.DEFAULT_MODE ? ChronyLexer.NUL_TAIL : ChronyLexer.REST_NUL_TAIL;
    }
    boolean commentChar = c == '#' || c == '!' || c == ';' || c == '%';
    return commentChar && mode == ChronyLexer.DEFAULT_MODE ? ChronyLexer.COMMENT : 0;
  }

  /** Blanks are WS before the line's first word and REST_WS after it. */
  @Override
  public final int blankRunType(int mode) {
    return mode == ChronyLexer.DEFAULT_MODE ? ChronyLexer.WS : ChronyLexer.REST_WS;
  }
}

package dev.ntplint.internal.grammar.chrony;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/** Context the chrony lexer needs: whether the current token starts the line's content. */
public abstract class ChronyBaseLexer extends Lexer {

  /** True while only whitespace has been seen since the last newline (or file start). */
  private boolean lineStart = true;

  protected ChronyBaseLexer(CharStream input) {
    super(input);
  }

  /** chronyd treats a comment character as a comment only as the first non-blank of a line. */
  protected boolean atLineStart() {
    return lineStart;
  }

  @Override
  public Token emit() {
    Token token = super.emit();
    int type = token.getType();
    if (type == ChronyLexer.NEWLINE) {
      lineStart = true;
    } else if (type != ChronyLexer.WS) {
      lineStart = false;
    }
    return token;
  }

  @Override
  public void reset() {
    super.reset();
    lineStart = true;
  }
}

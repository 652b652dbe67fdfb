package dev.ntplint.internal.grammar;

/**
 * A lexer some of whose tokens are known from their first char alone to run to the end of the
 * line (comments): {@link Latin1LexerATNSimulator} then finds such a token's end with one search
 * for the line feed instead of a DFA step per char.
 */
public interface LineRunLexer {

  /**
   * The type of the token that {@code c}, read at the start of a token in lexer mode {@code mode},
   * begins when the grammar makes that token run from {@code c} to the line's end (its LF left
   * out) whatever follows, and its rule has no action but {@code type}; else 0. The type is the
   * token's as ANTLR would give it: its rule's, or the one its {@code type} action sets.
   */
  int lineRunType(int mode, int c);
}

package dev.ntplint.internal.grammar;

/**
 * A lexer some of whose tokens are known from their first char alone to be a run of chars: a
 * comment to the end of the line, blanks to the next non-blank. {@link Latin1LexerATNSimulator}
 * then finds such a token's end by a search or a tight loop instead of a DFA step per char and
 * ANTLR's work per token (accept states, actions).
 */
public interface RunLexer {

  /**
   * The type of the token that {@code c}, read at the start of a token in lexer mode {@code mode},
   * begins when the grammar makes that token run from {@code c} to the line's end (its LF left
   * out) whatever follows, and its rule has no action but {@code type}; else 0. The type is the
   * token's as ANTLR would give it: its rule's, or the one its {@code type} action sets.
   */
  int lineRunType(int mode, int c);

  /**
   * The type of the token that a blank (space, tab, vertical tab, form feed or CR: C's isspace()
   * but LF) starts in lexer mode {@code mode}, when the grammar makes that token the whole run of
   * blanks there and its rule has no action but {@code type}; else 0.
   */
  int blankRunType(int mode);
}

/*
 * chrony.conf lexer, as chronyd's reader splits a line (conf.c, CPS_NormalizeLine).
 *
 * The input is the file's bytes decoded as ISO-8859-1, so every byte is one char and token offsets
 * are byte offsets; that is what makes printing lossless even for invalid UTF-8.
 * Every char lands in exactly one token: the lexer cannot fail.
 *
 * "A comment only as the first non-blank character of a line" is context, kept here as a lexer
 * mode rather than a semantic predicate: the default mode is "nothing but blanks seen on this
 * line"; the first word switches to REST_OF_LINE, where comment characters are ordinary word
 * characters, and the newline switches back. (A predicate would do the same, but ANTLR cannot
 * cache DFA states reached through a predicate, which made lexing several times slower.)
 */
lexer grammar ChronyLexer;

options { superClass = ChronyBaseLexer; }

@members {
  /**
   * The token type a REST_OF_LINE rule stands for: REST_WS is a WS, and so on. The rules carry no
   * {@code -> type(...)} (nor mode) action: ANTLR ran an action for every word and blank of a
   * line (its LexerActionExecutor was ~4% of reading a chrony.conf, issue 8, P3), where this is
   * a switch; the token types a caller sees are the same.
   */
  public static int canonicalType(int type) {
    switch (type) {
      case REST_NEWLINE:
        return NEWLINE;
      case REST_WS:
        return WS;
      case REST_NUL_TAIL:
        return NUL_TAIL;
      case REST_WORD:
        return WORD;
      default:
        return type;
    }
  }

  /**
   * Switches mode after a token of {@code type} (as matched, before {@link #canonicalType}): the
   * first word of a line enters REST_OF_LINE, its newline leaves it. What {@code pushMode} and
   * {@code popMode} actions did, without an action per line; a subclass that overrides
   * {@link #emit()} must call it for every token.
   */
  protected final void afterToken(int type) {
    if (type == WORD) {
      _mode = REST_OF_LINE;
    } else if (type == REST_NEWLINE) {
      _mode = DEFAULT_MODE;
    }
  }

  @Override
  public Token emit() {
    afterToken(_type);
    _type = canonicalType(_type);
    return super.emit();
  }
}

// Only LF ends a line; CR is whitespace to chronyd (CRLF files work, CR-only files are one line).
NEWLINE : '\n' ;

// C isspace() in the "C" locale, minus LF. NBSP (0xA0) is not whitespace to chronyd.
WS : [ \t\u000B\f\r]+ ;

// A comment: [!;#%] as the first non-blank character, to the end of the line.
COMMENT : [!;#%] ~[\n]* ;

// chronyd reads a line as a C string: a NUL byte ends it and the rest of the physical line is
// dropped. Kept as one token so it can be printed back and reported.
NUL_TAIL : '\u0000' ~[\n]* ;

// The directive name, after which the lexer is in REST_OF_LINE (see afterToken); everything
// else: no quoting, no escapes, no continuation.
WORD : ~[ \t\n\u000B\f\r\u0000]+ ;

mode REST_OF_LINE;

// Back to the default mode (see afterToken).
REST_NEWLINE : '\n' ;

REST_WS : [ \t\u000B\f\r]+ ;

REST_NUL_TAIL : '\u0000' ~[\n]* ;

// `server #` names the host "#": after the first word, comment characters are word characters.
REST_WORD : ~[ \t\n\u000B\f\r\u0000]+ ;

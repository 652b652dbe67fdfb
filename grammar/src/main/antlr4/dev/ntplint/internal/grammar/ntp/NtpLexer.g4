/*
 * ntp.conf lexer, as the scanner of classic ntpd 4.2.8 and of NTPsec 1.2 (ntp_scanner.c) splits
 * a file into lexemes.
 *
 * The input is the file's bytes decoded as ISO-8859-1, so every byte is one char and token offsets
 * are byte offsets: printing is lossless by construction, even for invalid UTF-8. Every char lands
 * in exactly one token and every rule can match any char it starts on: the lexer cannot fail.
 *
 * Context-dependent tokenising ("follow-by" modes, spec 1.5) is done with two lexer modes that
 * NtpBaseLexer switches after each lexeme, driven by the keyword that precedes it:
 *   - DEFAULT_MODE (ntpd's TOKEN mode): the special characters { } ( ) , ; | = are tokens of their
 *     own and end a word;
 *   - STRING_MODE (ntpd's STRING and STRINGS_TO_EOC modes): they are ordinary characters, so
 *     `setvar foo=bar` is one word and `server a=b` names the host "a=b".
 * Keywords themselves are not lexer tokens: which words are keywords depends on the daemon (classic
 * or NTPsec) and on the position (a keyword after `server` is a host name), so the library
 * classifies the words, exactly as ntpd's is_keyword / is_integer / is_double do. The lexer only
 * needs to know which keywords switch to a string mode, and the library gives it that table. This
 * keeps the grammar total and small: any byte sequence is a sequence of these tokens.
 */
lexer grammar NtpLexer;

options { superClass = NtpBaseLexer; }

tokens { FORCED_WORD }

// Only LF ends a command (outside classic's ntpdsim `simulate { }` block, see NtpBaseLexer).
NEWLINE : '\n' ;

// C isspace() minus LF: CR is a blank, so CRLF files parse.
WS : [ \t\u000B\f\r]+ ;

// `#` starts a comment anywhere outside quotes, even in the middle of a word (`foo#bar` is foo).
COMMENT : '#' ~[\n]* ;

// ntpd silently drops every byte > 127 (they glue the characters around them together). A run of
// such bytes that is not part of a word is kept here for the round trip. It must come before WORD:
// on a tie the first rule wins, and WORD is longer whenever ordinary characters follow.
IGNORED : [\u0080-\u00FF]+ ;

// A special character standing alone as a token (token mode only). ntpd tests specials with
// strchr("{}(),;|=", c), which also finds the string's terminating NUL: in token mode a NUL byte
// is a special too, and as a token it is 0, the end of the input (ntpd stops reading there).
SPECIAL : [{}(),;|=\u0000] ;

// A lexeme with a double quote: the characters before the quote are kept, the quoted text runs to
// the closing quote or to the end of the line (no escapes), and the lexeme ends right after it.
QUOTED : WORD_CHAR* QUOTE_PART ;

// A lexeme without quotes, read in token mode (keyword, number or string: the library decides).
WORD : WORD_CHAR+ ;

fragment WORD_CHAR : ~[ \t\u000B\f\r\n"#{}(),;|=\u0000] ;
fragment STRING_CHAR : ~[ \t\u000B\f\r\n"#] ;
fragment QUOTE_PART : '"' ~["\n]* '"'? ;

// After a keyword whose follow-by mode is STRING or STRINGS_TO_EOC: the special characters belong
// to the word, and the word is a string whatever it looks like (NtpBaseLexer sets the mode).
mode STRING_MODE;

S_NEWLINE : '\n' -> type(NEWLINE) ;
S_WS : [ \t\u000B\f\r]+ -> type(WS) ;
S_COMMENT : '#' ~[\n]* -> type(COMMENT) ;
S_IGNORED : [\u0080-\u00FF]+ -> type(IGNORED) ;
S_QUOTED : STRING_CHAR* QUOTE_PART -> type(QUOTED) ;
S_WORD : STRING_CHAR+ -> type(FORCED_WORD) ;

/*
 * chrony.conf lexer, as chronyd's reader splits a line (conf.c, CPS_NormalizeLine).
 *
 * The input is the file's bytes decoded as ISO-8859-1, so every byte is one char and token offsets
 * are byte offsets; that is what makes printing lossless even for invalid UTF-8.
 * Every char lands in exactly one token: the lexer cannot fail.
 */
lexer grammar ChronyLexer;

options { superClass = ChronyBaseLexer; }

// Only LF ends a line; CR is whitespace to chronyd (CRLF files work, CR-only files are one line).
NEWLINE : '\n' ;

// C isspace() in the "C" locale, minus LF. NBSP (0xA0) is not whitespace to chronyd.
WS : [ \t\u000B\f\r]+ ;

// A comment only when [!;#%] is the first non-blank character of the line; elsewhere it is an
// ordinary character of a word (`server #` names the host "#").
COMMENT : [!;#%] {atLineStart()}? ~[\n]* ;

// chronyd reads a line as a C string: a NUL byte ends it and the rest of the physical line is
// dropped. Kept as one token so it can be printed back and reported.
NUL_TAIL : '\u0000' ~[\n]* ;

// Everything else: no quoting, no escapes, no continuation.
WORD : ~[ \t\n\u000B\f\r\u0000]+ ;

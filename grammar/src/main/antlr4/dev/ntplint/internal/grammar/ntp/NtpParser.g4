/*
 * ntp.conf parser: the file as lines, each an optional command (a run of lexemes) and an optional
 * comment.
 *
 * ntpd's command grammar (ntp_parser.y) is not written here on purpose. It differs between classic
 * ntpd and NTPsec, the same word is a keyword or a host depending on its position, and ntpd
 * applies the part of a command before a bad word; so commands are checked by the library against
 * the target daemon's grammar, one command at a time, with diagnostics that name the word at fault.
 * This grammar only has to be total: every token sequence the lexer can produce is a `config`, so
 * no input is ever refused or loses a byte.
 */
parser grammar NtpParser;

options { tokenVocab = NtpLexer; }

config : line* last_line EOF ;

line : line_content NEWLINE ;

// The last line may lack a final newline (ntpd synthesizes one); it may also be empty.
last_line : line_content ;

line_content : WS? ( command WS? )? COMMENT? ;

// Lexemes may touch without blanks between them: `foo=bar` is three in token mode, `"a"b` is two.
command : element ( WS? element )* ;

element : WORD | FORCED_WORD | QUOTED | SPECIAL | IGNORED ;

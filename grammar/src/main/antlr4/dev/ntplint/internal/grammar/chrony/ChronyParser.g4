/*
 * chrony.conf parser: one directive per line, a directive being a name and its argument words.
 *
 * Directive names are deliberately not keywords here: chronyd takes any first word as the name
 * and every later word verbatim (`server iburst` names a host "iburst"), so names, options and
 * their versions are classified by the directive catalogue in the library. This keeps the grammar
 * total: the token sequences the lexer can produce are exactly the ones `config` accepts.
 *
 * The library reads a file one `next_line` at a time (a small tree per line, released once
 * converted) rather than building one `config` tree for a whole file.
 */
parser grammar ChronyParser;

options { tokenVocab = ChronyLexer; }

config : line* last_line EOF ;

line : line_content NEWLINE ;

// The last line may lack a final newline; it may also be empty.
last_line : line_content ;

// One physical line, whether or not a newline ends it.
next_line : line_content ( NEWLINE | EOF ) ;

line_content : WS? ( directive | COMMENT )? NUL_TAIL? ;

directive : WORD ( WS WORD )* WS? ;

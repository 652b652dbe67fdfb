package dev.ntplint.source;

/** What a piece of a line is. Every byte of a file belongs to exactly one token. */
public enum TokenKind {
  /** A word the daemon reads: a directive name, an argument, an option. */
  WORD,
  /** A quoted string (ntp.conf only), quotes included. */
  QUOTED,
  /** Blanks between words (and CR, which both daemons treat as a blank). */
  WHITESPACE,
  /** A comment, from its comment character to the end of the line (newline excluded). */
  COMMENT,
  /** Bytes the daemon never reads (after a NUL byte in chrony.conf). */
  IGNORED,
  /** The line's terminating LF. */
  NEWLINE
}

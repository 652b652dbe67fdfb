package dev.ntplint.source;

/** One lossless token: its kind and its byte range in the file. */
public record SyntaxToken(TokenKind kind, int start, int end) {

  public int length() {
    return end - start;
  }

  public boolean isTrivia() {
    return kind == TokenKind.WHITESPACE || kind == TokenKind.COMMENT
        || kind == TokenKind.IGNORED || kind == TokenKind.NEWLINE;
  }
}

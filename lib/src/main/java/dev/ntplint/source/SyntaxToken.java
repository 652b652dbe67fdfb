package dev.ntplint.source;

/** One lossless token: its kind and its byte range in the file. */
public record SyntaxToken(TokenKind kind, int start, int end) {

  public int length() {
    return end - start;
  }

  /*
   * equals and hashCode written out, with exactly the record's semantics and hash values: the
   * record's generated ones are linked at first use through ObjectMethods.bootstrap, about 10 ms
   * of a short run's start-up (issue 8).
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof SyntaxToken t && t.kind == kind && t.start == start && t.end == end;
  }

  @Override
  public int hashCode() {
    return (kind.hashCode() * 31 + Integer.hashCode(start)) * 31 + Integer.hashCode(end);
  }

  public boolean isTrivia() {
    return kind == TokenKind.WHITESPACE || kind == TokenKind.COMMENT
        || kind == TokenKind.IGNORED || kind == TokenKind.NEWLINE;
  }
}

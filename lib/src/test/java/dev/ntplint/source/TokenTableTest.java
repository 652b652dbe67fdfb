package dev.ntplint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TokenTable} slices and the lazily decoded {@link Word} (issue 8, P3). */
class TokenTableTest {

  @Test
  void slicesReadBackTheTokensAddedAndStayFixedWhileTheTableGrows() {
    TokenTable table = new TokenTable(0, 1);
    table.add(TokenKind.WORD, 0, 6);
    table.add(TokenKind.WHITESPACE, 6, 7);
    table.add(TokenKind.WORD, 7, 8);
    table.add(TokenKind.NEWLINE, 8, 9);
    List<SyntaxToken> first = table.slice(0, 4);
    for (int i = 0; i < 40; i++) {
      table.add(TokenKind.COMMENT, 9 + i, 10 + i);
    }
    assertThat(first).containsExactly(new SyntaxToken(TokenKind.WORD, 0, 6),
        new SyntaxToken(TokenKind.WHITESPACE, 6, 7), new SyntaxToken(TokenKind.WORD, 7, 8),
        new SyntaxToken(TokenKind.NEWLINE, 8, 9));
    assertThat(table.slice(4, 44)).hasSize(40).last()
        .isEqualTo(new SyntaxToken(TokenKind.COMMENT, 48, 49));
    assertThat(table.size()).isEqualTo(44);
    assertThat(table.end()).isEqualTo(49);
    assertThat(table.lastKind()).isEqualTo(TokenKind.COMMENT);
  }

  @Test
  void aTokenThatDoesNotFollowThePreviousOneIsRefused() {
    TokenTable table = new TokenTable(5, 4);
    assertThatThrownBy(() -> table.add(TokenKind.WORD, 4, 6))
        .isInstanceOf(IllegalArgumentException.class);
    table.add(TokenKind.WORD, 5, 6);
    assertThatThrownBy(() -> table.add(TokenKind.WORD, 7, 8))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> table.add(TokenKind.WORD, 6, 6))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void slicesAreUnmodifiableAndBoundsChecked() {
    TokenTable table = new TokenTable(0, 4);
    table.add(TokenKind.WORD, 0, 1);
    List<SyntaxToken> slice = table.slice(0, 1);
    assertThatThrownBy(() -> slice.add(new SyntaxToken(TokenKind.WORD, 1, 2)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> slice.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> table.slice(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    var iterator = slice.iterator();
    iterator.next();
    assertThatThrownBy(iterator::next).isInstanceOf(java.util.NoSuchElementException.class);
  }

  @Test
  void aSourceLineKeepsATableSliceAndCopiesAnyOtherList() {
    SourceFile file = SourceFile.of("t", "ab\n".getBytes(StandardCharsets.ISO_8859_1));
    TokenTable table = new TokenTable(0, 2);
    table.add(TokenKind.WORD, 0, 2);
    table.add(TokenKind.NEWLINE, 2, 3);
    List<SyntaxToken> slice = table.slice(0, 2);
    assertThat(new SourceLine(file, 1, 0, 3, slice).tokens()).isSameAs(slice);
    SourceLine copied = new SourceLine(file, 1, 0, 3, new java.util.ArrayList<>(slice));
    assertThat(copied.tokens()).isNotSameAs(slice).isEqualTo(slice);
    assertThat(copied).isEqualTo(new SourceLine(file, 1, 0, 3, slice));
    assertThat(copied.tokenKind(1)).isEqualTo(TokenKind.NEWLINE);
    assertThat(copied.tokenEnd(0)).isEqualTo(2);
  }

  @Test
  void aLazyWordEqualsTheWordMadeWithItsText() {
    SourceFile file = SourceFile.of("t", "serv\u00c3\u00a9 x".getBytes(StandardCharsets.ISO_8859_1));
    Span span = file.span(0, 6);
    Word lazy = Word.of(span);
    Word eager = new Word("serv\u00e9", span);
    assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
    assertThat(lazy.text()).isEqualTo("serv\u00e9");
    assertThat(lazy.raw()).isEqualTo("serv\u00c3\u00a9");
    assertThat(lazy.toString()).isEqualTo("serv\u00e9");
    assertThat(Word.of(file.span(0, 4))).isNotEqualTo(eager);
    assertThat(new Word("other", span)).isNotEqualTo(lazy);
  }
}

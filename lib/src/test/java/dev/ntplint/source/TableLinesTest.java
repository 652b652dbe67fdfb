package dev.ntplint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.properties.ConfigGenerators;
import dev.ntplint.chrony.properties.PropertyRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line of a {@link TokenTable} without a slice object ({@link SourceLine#ofTable}, issue 8, P4)
 * is the line the record made of the same slice: same tokens, equality, hash and text.
 */
class TableLinesTest {

  private static TokenTable table() {
    TokenTable table = new TokenTable(0, 1);
    table.add(TokenKind.WHITESPACE, 0, 2);
    table.add(TokenKind.WORD, 2, 8);
    table.add(TokenKind.NEWLINE, 8, 9);
    table.add(TokenKind.WORD, 9, 12);
    return table;
  }

  @Test
  void aTableLineIsTheLineOfItsSlice() {
    SourceFile file = SourceFile.ofText("t", "  server\nabc");
    TokenTable table = table();
    SourceLine line = SourceLine.ofTable(file, 1, table, 0, 3);
    SourceLine ofSlice = new SourceLine(file, 1, 0, 9, table.slice(0, 3));
    SourceLine ofCopy = new SourceLine(file, 1, 0, 9, new ArrayList<>(table.slice(0, 3)));
    assertThat(line).isEqualTo(ofSlice).isEqualTo(ofCopy).hasSameHashCodeAs(ofSlice)
        .hasSameHashCodeAs(ofCopy).hasToString(ofCopy.toString());
    assertThat(ofSlice).isEqualTo(line);
    assertThat(line.toString()).startsWith("SourceLine[file=t, number=1, start=0, end=9, tokens=[");
    assertThat(line.start()).isEqualTo(0);
    assertThat(line.end()).isEqualTo(9);
    assertThat(line.file()).isSameAs(file);
    assertThat(line.number()).isEqualTo(1);
    assertThat(line.tokenCount()).isEqualTo(3);
    assertThat(line.tokens()).isEqualTo(table.slice(0, 3));
    assertThat(line.tokenKind(1)).isEqualTo(TokenKind.WORD);
    assertThat(line.tokenStart(1)).isEqualTo(2);
    assertThat(line.tokenEnd(1)).isEqualTo(8);
    assertThat(line.hasNewline()).isTrue();
    assertThat(line.indentation()).isEqualTo("  ");
    assertThat(line.words()).containsExactly(Word.of(file, 2, 8));
    assertThatThrownBy(() -> line.tokenKind(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> line.tokenStart(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    // A different number, range or token list makes a different line.
    assertThat(line).isNotEqualTo(SourceLine.ofTable(file, 2, table, 0, 3))
        .isNotEqualTo(new SourceLine(file, 1, 0, 9, table.slice(0, 2)));
    SourceLine last = SourceLine.ofTable(file, 2, table, 3, 4);
    assertThat(last.hasNewline()).isFalse();
    assertThat(last.start()).isEqualTo(9);
    assertThat(last.end()).isEqualTo(12);
  }

  @Test
  void aTableLineHoldsAtLeastOneTokenOfTheTable() {
    SourceFile file = SourceFile.ofText("t", "  server\nabc");
    TokenTable table = table();
    assertThatThrownBy(() -> SourceLine.ofTable(file, 1, table, 2, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceLine.ofTable(file, 1, table, 2, 5))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void everyLineReadIsTheLineOfItsTokens() {
    PropertyRun run = PropertyRun.named("table lines, near-valid chrony.conf", 300);
    try {
      run.qt().forAll(ConfigGenerators.chronyConfigs(30)).checkAssert(bytes -> {
        run.ran();
        SourceFile file = SourceFile.of("x", bytes);
        for (SourceLine line : ChronyConf.syntax(file).lines()) {
          List<SyntaxToken> tokens = new ArrayList<>(line.tokens());
          SourceLine copy = new SourceLine(file, line.number(), line.start(), line.end(), tokens);
          assertThat(line).isEqualTo(copy).hasSameHashCodeAs(copy).hasToString(copy.toString());
          assertThat(line.tokenCount()).isEqualTo(tokens.size());
          for (int i = 0; i < tokens.size(); i++) {
            assertThat(line.tokenKind(i)).isEqualTo(tokens.get(i).kind());
            assertThat(line.tokenStart(i)).isEqualTo(tokens.get(i).start());
            assertThat(line.tokenEnd(i)).isEqualTo(tokens.get(i).end());
          }
        }
      });
    } finally {
      run.report();
    }
  }

  /** A line given its tokens keeps the start and end it was given, whatever its tokens say. */
  @Test
  void aLineOfAListKeepsItsOwnRange() {
    SourceFile file = SourceFile.ofText("t", "ab cd\n");
    List<SyntaxToken> tokens = List.of(new SyntaxToken(TokenKind.WORD, 0, 2),
        new SyntaxToken(TokenKind.WHITESPACE, 2, 3), new SyntaxToken(TokenKind.WORD, 3, 5));
    SourceLine line = new SourceLine(file, 7, 1, 4, tokens);
    assertThat(line.start()).isEqualTo(1);
    assertThat(line.end()).isEqualTo(4);
    assertThat(line.number()).isEqualTo(7);
    assertThat(line.tokenCount()).isEqualTo(3);
    assertThat(line.tokens()).isEqualTo(tokens);
    assertThat(line.tokenStart(2)).isEqualTo(3);
    assertThat(line.tokenEnd(2)).isEqualTo(5);
    assertThat(line.span()).isEqualTo(file.span(1, 4));
    assertThat(line.hasNewline()).isFalse();
    assertThat(line.toString()).startsWith("SourceLine[file=t, number=7, start=1, end=4, tokens=[");
    assertThat(line).isEqualTo(new SourceLine(file, 7, 1, 4, tokens))
        .hasSameHashCodeAs(new SourceLine(file, 7, 1, 4, tokens))
        .isNotEqualTo(new SourceLine(file, 7, 1, 5, tokens))
        .isNotEqualTo(new SourceLine(file, 7, 0, 4, tokens));
    assertThatThrownBy(() -> line.tokenKind(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}

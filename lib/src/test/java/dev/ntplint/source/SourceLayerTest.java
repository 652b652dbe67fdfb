package dev.ntplint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ntplint.chrony.ChronyConf;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lossless source layer as the edit API relies on it: {@link TextEdit#apply}, {@link LineStyle},
 * {@link SourceLine} and {@link SourceFile} positions.
 */
class SourceLayerTest {

  private static SyntaxTree tree(String latin1) {
    return ChronyConf.parse(SourceFile.of("t", latin1.getBytes(StandardCharsets.ISO_8859_1)))
        .config().syntax();
  }

  private static String apply(String original, List<TextEdit> edits) {
    return new String(TextEdit.apply(original.getBytes(StandardCharsets.ISO_8859_1), edits),
        StandardCharsets.ISO_8859_1);
  }

  // ----- TextEdit ---------------------------------------------------------------------------------

  @Test
  void applyInAnyOrder() {
    assertThat(apply("abcdef", List.of(TextEdit.delete(4, 6), TextEdit.insert(0, ">"),
        TextEdit.replaceRaw(1, 2, "B")))).isEqualTo(">aBcd");
  }

  @Test
  void anInsertionAtTheStartOrEndOfADeletionIsAllowed() {
    assertThat(apply("abcd", List.of(TextEdit.delete(2, 4), TextEdit.insert(2, "X"))))
        .isEqualTo("abX");
    assertThat(apply("abcd", List.of(TextEdit.delete(0, 2), TextEdit.insert(2, "X"))))
        .isEqualTo("Xcd");
  }

  @Test
  void overlapsAreRejected() {
    assertThatThrownBy(() -> apply("abcd", List.of(TextEdit.delete(0, 3), TextEdit.delete(2, 4))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlapping");
    assertThatThrownBy(() -> apply("abcd", List.of(TextEdit.delete(0, 4), TextEdit.insert(2, "x"))))
        .isInstanceOf(IllegalArgumentException.class);
    // Two insertions at one point have no defined order.
    assertThatThrownBy(() -> apply("abcd", List.of(TextEdit.insert(2, "x"), TextEdit.insert(2, "y"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEditPastTheEndIsRejected() {
    assertThatThrownBy(() -> apply("ab", List.of(TextEdit.delete(1, 3))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("past the end");
  }

  @Test
  void replaceRawKeepsBytesAndReplaceEncodesUtf8() {
    assertThat(TextEdit.replaceRaw(0, 0, "\u00ff").replacement()).containsExactly((byte) 0xFF);
    assertThat(TextEdit.insert(0, "\u00ff").replacement())
        .containsExactly((byte) 0xC3, (byte) 0xBF);
  }

  @Test
  void equalEditsAreEqual() {
    assertThat(TextEdit.insert(1, "a")).isEqualTo(TextEdit.insert(1, "a"));
  }

  // ----- LineStyle ----------------------------------------------------------------------------------

  @Test
  void styleOfACrlfTabIndentedFile() {
    assertThat(LineStyle.detect(tree("\tserver\ta\r\n\tpool\tb\r\n# c\n")))
        .isEqualTo(new LineStyle("\r\n", "\t", "\t"));
  }

  @Test
  void styleOfAnEmptyFileIsTheDefault() {
    assertThat(LineStyle.detect(tree(""))).isEqualTo(LineStyle.DEFAULT);
  }

  @Test
  void aCrBeforeASeparatorIsNotPartOfIt() {
    assertThat(LineStyle.detect(tree("server\r\ta\nserver\r\tb\n")).separator()).isEqualTo("\t");
  }

  @Test
  void trailingBlanksAreNoSeparator() {
    assertThat(LineStyle.detect(tree("rtcsync   \nlock_all   \nserver a\n")).separator())
        .isEqualTo(" ");
  }

  @Test
  void aCrIsNoIndentation() {
    assertThat(LineStyle.detect(tree("\rserver a\n")).indentation()).isEmpty();
  }

  // ----- SourceLine -------------------------------------------------------------------------------

  @Test
  void crlfLine() {
    SourceLine line = tree("  server a \r\n").lines().get(0);
    assertThat(line.isCrlf()).isTrue();
    assertThat(line.hasNewline()).isTrue();
    assertThat(line.terminator()).isEqualTo("\n");
    assertThat(line.contentSpan().end()).isEqualTo(12); // the CR stays in the content
    assertThat(line.indentation()).isEqualTo("  ");
    assertThat(line.words()).extracting(Word::text).containsExactly("server", "a");
  }

  @Test
  void lastLineWithoutNewline() {
    SourceLine line = tree("server a\nserver b").lines().get(1);
    assertThat(line.hasNewline()).isFalse();
    assertThat(line.terminator()).isEmpty();
    assertThat(line.isCrlf()).isFalse();
    assertThat(line.span().end()).isEqualTo(17);
  }

  @Test
  void commentAndBlankLines() {
    List<SourceLine> lines = tree("  # x\n \t\n\u0000junk\n").lines();
    assertThat(lines.get(0).comment()).isPresent();
    assertThat(lines.get(0).hasNoWords()).isTrue();
    assertThat(lines.get(1).isBlank()).isTrue();
    assertThat(lines.get(2).isBlank()).isFalse();
    assertThat(lines.get(2).hasNoWords()).isTrue();
  }

  @Test
  void aTreeHasNoEmptyLineAfterTheFinalNewlineButTheLineTableDoes() {
    // Both are documented; a position at the very end of "ab\n" is on line 2 of the file, which is
    // not a line of the tree.
    SyntaxTree t = tree("ab\n");
    assertThat(t.lines()).hasSize(1);
    assertThat(t.file().lineCount()).isEqualTo(2);
    assertThat(t.file().lineOf(3)).isEqualTo(2);
  }

  // ----- SourceFile positions ------------------------------------------------------------------

  @Test
  void columnsCountCodePointsAndEachMalformedByte() {
    SourceFile file = SourceFile.of("t", "\u00e9\u00e9x".getBytes(StandardCharsets.UTF_8));
    assertThat(file.columnOf(4)).isEqualTo(3);
    SourceFile bad = SourceFile.of("t", new byte[] {(byte) 0xFF, (byte) 0xC3, 'x'});
    assertThat(bad.columnOf(2)).isEqualTo(3);
    assertThat(bad.text(0, 3)).isEqualTo("\ufffd\ufffdx");
  }

  @Test
  void spansAreChecked() {
    SourceFile file = SourceFile.of("t", new byte[3]);
    assertThatThrownBy(() -> file.span(2, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> file.span(2, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sourceFileCopiesItsInput() {
    byte[] bytes = {'a'};
    SourceFile file = SourceFile.of("t", bytes);
    bytes[0] = 'b';
    assertThat(file.byteAt(0)).isEqualTo((byte) 'a');
    file.bytes()[0] = 'c';
    assertThat(file.byteAt(0)).isEqualTo((byte) 'a');
  }
}

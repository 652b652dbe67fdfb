package dev.ntplint.chrony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import dev.ntplint.testing.TextGen;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's cheaper plumbing behaves as what it replaced (issue 8, P3). */
class ReaderInternalsTest {

  private static SourceFile file(String latin1) {
    return SourceFile.of("t", latin1.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void argumentsJoinWordsBySingleSpacesWhateverTheBlanksBetweenThem() {
    for (String line : new String[] {"server a b  c\n", "server a\tb \u000bc\n", "server a b c\n",
        "server  a b c", "server a\r\n"}) {
      SourceFile file = file(line);
      SourceLine source = ChronyConf.syntax(file).lines().get(0);
      DirectiveSyntax syntax = ChronyConf.directiveSyntax(source);
      Arguments args = new Arguments(file, syntax.arguments());
      String expected = String.join(" ", syntax.arguments().stream().map(w -> w.raw()).toList());
      assertThat(args.text()).as(line).isEqualTo(expected);
      // Each word of the joined text maps back to the word's bytes in the file.
      int position = 0;
      for (var word : syntax.arguments()) {
        Arguments.Cut cut = args.splitWord(position);
        assertThat(args.span(cut.start(), cut.end())).isEqualTo(word.span());
        assertThat(args.display(cut.start(), cut.end())).isEqualTo(word.text());
        position = cut.next();
      }
    }
  }

  /**
   * Every character range of the joined text maps to the file as the word-by-word mapping did
   * before single-spaced text was mapped by arithmetic: over lines of words, blanks, tabs and CRs.
   */
  @Test
  void everyRangeMapsToTheFileAsWordByWord() {
    qt().forAll(TextGen.concatenations(List.of("server", " ", " ", "  ", "\t", "\r", "a", "bc",
            "#", "\u00e9", "1.5"), 1, 12))
        .checkAssert(line -> {
          SourceFile file = file(line);
          SourceLine source = ChronyConf.syntax(file).lines().get(0);
          if (source.hasNoWords()) {
            return;
          }
          List<Word> words = ChronyConf.directiveSyntax(source).arguments();
          Arguments args = new Arguments(file, words);
          for (int start = 0; start <= args.length(); start++) {
            for (int end = start; end <= args.length(); end++) {
              Span expected = start >= end
                  ? new Span(file, wordByWordOffset(words, start), wordByWordOffset(words, start))
                  : new Span(file, wordByWordOffset(words, start),
                      wordByWordOffset(words, end - 1) + 1);
              assertThat(args.span(start, end)).as("[%s] %d-%d", line, start, end)
                  .isEqualTo(expected);
            }
          }
        });
  }

  /**
   * The NUL bytes and over-long lines are reported where a byte-by-byte reading of each line finds
   * them (the reader finds NULs with one scan of the file): the first NUL of each line that has
   * one, and each line whose bytes before its NUL (or all of them) number 2048 or more.
   */
  @Test
  void nulBytesAndLongLinesAsEachLineReadByteByByte() {
    String longWord = "x".repeat(1_000);
    qt().withExamples(1_000).forAll(TextGen.concatenations(List.of("server a", " ", "\n", "\n",
            "\u0000", "# c", longWord, longWord, "\r\n"), 0, 14))
        .checkAssert(text -> {
          List<String> expected = new java.util.ArrayList<>();
          int start = 0;
          while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            int nul = -1;
            for (int i = start; i < end && nul < 0; i++) {
              if (text.charAt(i) == 0) {
                nul = i;
              }
            }
            if ((nul >= 0 ? nul : end) - start >= ChronyConf.MAX_LINE_LENGTH) {
              expected.add("LINE_TOO_LONG@" + start);
            }
            if (nul >= 0) {
              expected.add("NUL_BYTE@" + nul);
            }
            start = end;
          }
          List<String> reported = ChronyConf.parse(file(text)).diagnostics().stream()
              .filter(d -> d.code().equals(ChronyDiagnosticCode.LINE_TOO_LONG.id())
                  || d.code().equals(ChronyDiagnosticCode.NUL_BYTE.id()))
              .map(d -> (d.code().equals(ChronyDiagnosticCode.NUL_BYTE.id()) ? "NUL_BYTE"
                  : "LINE_TOO_LONG") + "@" + d.span().start())
              .toList();
          assertThat(reported).as(text.replace("\u0000", "<NUL>").replace(longWord, "<1000x>"))
              .isEqualTo(expected);
        });
  }

  /**
   * The mapping of character {@code index} of the words joined by single spaces: a character of a
   * word to its byte, a separator to the next word's start, the end to the last word's end.
   */
  private static int wordByWordOffset(List<Word> words, int index) {
    int textStart = 0;
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      int length = word.end() - word.start();
      if (index < textStart + length) {
        return word.start() + index - textStart;
      }
      if (index == textStart + length && i + 1 < words.size()) {
        return words.get(i + 1).start();
      }
      textStart += length + 1;
    }
    return words.isEmpty() ? 0 : words.get(words.size() - 1).end();
  }
}

package dev.ntplint.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.chrony.model.ChronyConfig;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.NtpSource;
import dev.ntplint.chrony.model.Option;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.LineStyle;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.TextEdit;
import dev.ntplint.source.Word;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Byte-exact tests of every {@link ConfigEditor} operation. */
class ConfigEditorTest {

  // ----- helpers ----------------------------------------------------------------------------------

  /** A parsed file; {@code text} is given one char per byte, so "\u00ff" is the byte 0xFF. */
  private static final class Fixture {
    final byte[] bytes;
    final ChronyConfig config;
    final ConfigEditor editor;

    Fixture(String latin1) {
      this.bytes = latin1.getBytes(StandardCharsets.ISO_8859_1);
      this.config = ChronyConf.parse(SourceFile.of("test.conf", bytes)).config();
      this.editor = ConfigEditor.of(config.syntax());
    }

    DirectiveSyntax d(int index) {
      return config.directives().get(index).syntax();
    }

    Word arg(int directive, int argument) {
      return d(directive).arguments().get(argument);
    }

    /** The edited file, one char per byte. */
    String result() {
      return new String(editor.apply(), StandardCharsets.ISO_8859_1);
    }

    ChronyConfig reparse() {
      return ChronyConf.parse(SourceFile.of("test.conf", editor.apply())).config();
    }
  }

  private static Fixture file(String latin1) {
    return new Fixture(latin1);
  }

  // ----- style ------------------------------------------------------------------------------------

  @Test
  void detectsTheFileStyle() {
    Fixture f = file("  server\ta\r\n  pool\tb\r\n");
    assertThat(f.editor.style()).isEqualTo(new LineStyle("\r\n", "  ", "\t"));
  }

  @Test
  void anExplicitStyleWins() {
    Fixture f = file("server a\n");
    ConfigEditor editor = ConfigEditor.of(f.config.syntax(), new LineStyle("\r\n", "\t", "  "));
    editor.appendDirective("pool b iburst");
    assertThat(new String(editor.apply(), StandardCharsets.ISO_8859_1))
        .isEqualTo("server a\n\tpool  b  iburst\r\n");
  }

  @Test
  void noEditsGiveTheFileBack() {
    Fixture f = file("# x\n\u00ff\u00fe server a \r\n");
    assertThat(f.editor.isEmpty()).isTrue();
    assertThat(f.editor.edits()).isEmpty();
    assertThat(f.editor.apply()).isEqualTo(f.bytes);
  }

  // ----- insertDirectiveAfter / insertDirectiveBefore / appendDirective ---------------------------

  @Nested
  class Insert {

    @Test
    void afterALine() {
      Fixture f = file("# servers\nserver a\n# below\nserver b\n");
      f.editor.insertDirectiveAfter(f.d(0), "pool p iburst");
      assertThat(f.result()).isEqualTo("# servers\nserver a\npool p iburst\n# below\nserver b\n");
    }

    @Test
    void beforeALine() {
      Fixture f = file("# servers\nserver a\n# below\nserver b\n");
      f.editor.insertDirectiveBefore(f.d(1), "pool p");
      assertThat(f.result()).isEqualTo("# servers\nserver a\n# below\npool p\nserver b\n");
    }

    @Test
    void crlfFileGetsCrlfLines() {
      Fixture f = file("server a\r\nserver b\r\n");
      f.editor.insertDirectiveAfter(f.d(0), "pool p");
      f.editor.insertDirectiveBefore(f.d(0), "makestep 1 3");
      assertThat(f.result()).isEqualTo("makestep 1 3\r\nserver a\r\npool p\r\nserver b\r\n");
    }

    @Test
    void tabSeparatedFileGetsTabs() {
      Fixture f = file("server\ta\tiburst\nmakestep\t1\t3\n");
      f.editor.appendDirective("pool   p \t iburst");
      assertThat(f.result()).isEqualTo("server\ta\tiburst\nmakestep\t1\t3\npool\tp\tiburst\n");
    }

    @Test
    void indentedFileGetsIndentedLines() {
      Fixture f = file("  server a\n  server b\n");
      f.editor.insertDirectiveBefore(f.d(1), "pool p");
      assertThat(f.result()).isEqualTo("  server a\n  pool p\n  server b\n");
    }

    @Test
    void textIsTrimmedAndItsBlanksNormalised() {
      Fixture f = file("server a\n");
      f.editor.appendDirective(" \t pool  p\u000Biburst  ");
      assertThat(f.result()).isEqualTo("server a\npool p iburst\n");
    }

    @Test
    void quotedRunsAreCopiedVerbatim() {
      Fixture f = file("server\ta\n");
      f.editor.appendDirective("crypto pw \"two  words\"");
      assertThat(f.result()).isEqualTo("server\ta\ncrypto\tpw\t\"two  words\"\n");
    }

    @Test
    void appendToALastLineWithoutNewlineAddsOneFirst() {
      Fixture f = file("server a\nserver b");
      f.editor.appendDirective("pool p");
      assertThat(f.result()).isEqualTo("server a\nserver b\npool p\n");
    }

    @Test
    void appendToACrlfFileWithoutFinalNewline() {
      Fixture f = file("server a\r\nserver b");
      f.editor.appendDirective("pool p");
      assertThat(f.result()).isEqualTo("server a\r\nserver b\r\npool p\r\n");
    }

    @Test
    void appendAfterALastLineEndingInCrKeepsTheCr() {
      Fixture f = file("server a\r\nserver b\r");
      f.editor.appendDirective("pool p");
      assertThat(f.result()).isEqualTo("server a\r\nserver b\r\npool p\r\n");
    }

    @Test
    void insertAfterALastLineWithoutNewline() {
      Fixture f = file("# c\nserver b");
      f.editor.insertDirectiveAfter(f.d(0), "pool p");
      assertThat(f.result()).isEqualTo("# c\nserver b\npool p\n");
    }

    @Test
    void appendToACommentWithoutNewline() {
      Fixture f = file("server a\n# the end");
      f.editor.appendDirective("pool p");
      assertThat(f.result()).isEqualTo("server a\n# the end\npool p\n");
    }

    @Test
    void appendToAnEmptyFile() {
      Fixture f = file("");
      f.editor.appendDirective("pool p");
      assertThat(f.result()).isEqualTo("pool p\n");
    }

    @Test
    void severalInsertionsAtOnePointKeepCallOrderAndAddOneNewline() {
      Fixture f = file("server a\nserver b");
      f.editor.appendDirective("pool p");
      f.editor.insertDirectiveAfter(f.d(1), "pool q");
      f.editor.appendDirective("pool r");
      assertThat(f.result()).isEqualTo("server a\nserver b\npool p\npool q\npool r\n");
    }

    @Test
    void afterOneLineAndBeforeTheNextKeepCallOrder() {
      Fixture f = file("server a\nserver b\n");
      f.editor.insertDirectiveBefore(f.d(1), "pool x");
      f.editor.insertDirectiveAfter(f.d(0), "pool y");
      assertThat(f.result()).isEqualTo("server a\npool x\npool y\nserver b\n");
    }

    @Test
    void newTextIsUtf8AndTheRestOfTheFileIsUntouched() {
      Fixture f = file("# caf\u00e9 in Latin-1: \u00e9\u00ff\nserver a\u00fe\n");
      f.editor.appendDirective("pool caf\u00e9");
      assertThat(f.editor.apply()).isEqualTo(concat(f.bytes,
          "pool caf\u00e9\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theInsertedDirectiveIsInTheModel() {
      Fixture f = file("server a\n");
      f.editor.insertDirectiveBefore(f.d(0), "pool p iburst");
      List<ChronyDirective> directives = f.reparse().directives();
      assertThat(directives).hasSize(2);
      NtpSource pool = (NtpSource) directives.get(0);
      assertThat(pool.host().text()).isEqualTo("p");
      assertThat(pool.has(SourceOption.IBURST)).isTrue();
    }
  }

  // ----- removeDirective ---------------------------------------------------------------------------

  @Nested
  class Remove {

    @Test
    void removesTheLineAndKeepsTheCommentsAroundIt() {
      Fixture f = file("# above\nserver a iburst\n# below\nserver b\n");
      f.editor.removeDirective(f.d(0));
      assertThat(f.result()).isEqualTo("# above\n# below\nserver b\n");
      assertThat(render(f.editor.edits())).containsExactly("[8,24)=\"\"");
    }

    @Test
    void crlfLineGoesWithItsCrlf() {
      Fixture f = file("server a\r\n  server b \r\nserver c\r\n");
      f.editor.removeDirective(f.d(1));
      assertThat(f.result()).isEqualTo("server a\r\nserver c\r\n");
    }

    @Test
    void lastLineWithoutNewline() {
      Fixture f = file("server a\nserver b");
      f.editor.removeDirective(f.d(1));
      assertThat(f.result()).isEqualTo("server a\n");
    }

    @Test
    void removingTheLastLineThenAppendingAddsNoBlankLine() {
      Fixture f = file("server a\nserver b");
      f.editor.removeDirective(f.d(1));
      f.editor.appendDirective("pool p");
      assertThat(f.result()).isEqualTo("server a\npool p\n");
    }

    @Test
    void removeAndInsertAfterReplacesTheLine() {
      Fixture f = file("server a\nserver b\n");
      f.editor.removeDirective(f.d(0));
      f.editor.insertDirectiveAfter(f.d(0), "pool p");
      assertThat(f.result()).isEqualTo("pool p\nserver b\n");
    }

    @Test
    void onlyLine() {
      Fixture f = file("server a");
      f.editor.removeDirective(f.d(0));
      assertThat(f.result()).isEmpty();
    }

    @Test
    void lineWithANulTail() {
      Fixture f = file("server a\u0000junk\nserver b\n");
      f.editor.removeDirective(f.d(0));
      assertThat(f.result()).isEqualTo("server b\n");
    }
  }

  // ----- replaceDirective --------------------------------------------------------------------------

  @Nested
  class Replace {

    @Test
    void keepsIndentationTrailingBlanksAndLineEnding() {
      Fixture f = file("# above\n  server a iburst  \r\n# below\n");
      f.editor.replaceDirective(f.d(0), "pool b");
      assertThat(f.result()).isEqualTo("# above\n  pool b  \r\n# below\n");
    }

    @Test
    void usesTheLinesOwnSeparator() {
      Fixture f = file("server a\nserver\tb\n");
      f.editor.replaceDirective(f.d(1), "pool b maxsources 4");
      assertThat(f.result()).isEqualTo("server a\npool\tb\tmaxsources\t4\n");
    }

    @Test
    void aOneWordLineUsesTheFilesSeparator() {
      Fixture f = file("server\ta\nrtcsync\n");
      f.editor.replaceDirective(f.d(1), "makestep 1 3");
      assertThat(f.result()).isEqualTo("server\ta\nmakestep\t1\t3\n");
    }

    @Test
    void lastLineWithoutNewlineStaysWithout() {
      Fixture f = file("server a\nserver b");
      f.editor.replaceDirective(f.d(1), "pool c");
      assertThat(f.result()).isEqualTo("server a\npool c");
    }

    @Test
    void keepsANulTail() {
      Fixture f = file("server a\u0000junk\n");
      f.editor.replaceDirective(f.d(0), "pool b");
      assertThat(f.result()).isEqualTo("pool b\u0000junk\n");
    }

    @Test
    void theEditIsTrimmedToTheBytesThatChange() {
      Fixture f = file("server a iburst\n");
      f.editor.replaceDirective(f.d(0), "server a iburst prefer");
      assertThat(render(f.editor.edits())).containsExactly("[15,15)=\" prefer\"");
      assertThat(f.result()).isEqualTo("server a iburst prefer\n");
    }

    @Test
    void anIdenticalReplacementIsNoEdit() {
      Fixture f = file("server a iburst\n");
      f.editor.replaceDirective(f.d(0), "server  a iburst");
      assertThat(f.editor.edits()).isEmpty();
    }
  }

  // ----- addWords / addOption ----------------------------------------------------------------------

  @Nested
  class AddWords {

    @Test
    void beforeTrailingBlanks() {
      Fixture f = file("# above\nserver a   \n# below\n");
      f.editor.addWords(f.d(0), "iburst");
      assertThat(f.result()).isEqualTo("# above\nserver a iburst   \n# below\n");
      assertThat(render(f.editor.edits())).containsExactly("[16,16)=\" iburst\"");
    }

    @Test
    void withTheLinesTabSeparator() {
      Fixture f = file("server a\nserver\tb\t\n");
      f.editor.addOption(f.d(1), "minpoll", "4");
      assertThat(f.result()).isEqualTo("server a\nserver\tb\tminpoll\t4\t\n");
    }

    @Test
    void withTheLinesWideSeparator() {
      Fixture f = file("server   a\n");
      f.editor.addWords(f.d(0), "iburst");
      assertThat(f.result()).isEqualTo("server   a   iburst\n");
    }

    @Test
    void onACrlfLine() {
      Fixture f = file("server a\r\nserver b\r\n");
      f.editor.addWords(f.d(0), "iburst");
      assertThat(f.result()).isEqualTo("server a iburst\r\nserver b\r\n");
    }

    @Test
    void aCrInsideTheSeparatorIsNotCopied() {
      Fixture f = file("server \ra\n");
      f.editor.addWords(f.d(0), "iburst");
      assertThat(f.result()).isEqualTo("server \ra iburst\n");
    }

    @Test
    void toAOneWordLineUsesTheFilesSeparator() {
      Fixture f = file("server\ta\nlocal\n");
      f.editor.addWords(f.d(1), "stratum", "10");
      assertThat(f.result()).isEqualTo("server\ta\nlocal\tstratum\t10\n");
    }

    @Test
    void toALastLineWithoutNewline() {
      Fixture f = file("server a\nserver b");
      f.editor.addWords(f.d(1), "iburst");
      assertThat(f.result()).isEqualTo("server a\nserver b iburst");
    }

    @Test
    void toALastLineWithoutNewlineThenAppendInEitherOrder() {
      Fixture f = file("server a\nserver b");
      f.editor.appendDirective("pool p");
      f.editor.addWords(f.d(1), "iburst");
      assertThat(f.result()).isEqualTo("server a\nserver b iburst\npool p\n");

      Fixture g = file("server a\nserver b");
      g.editor.addWords(g.d(1), "iburst");
      g.editor.appendDirective("pool p");
      assertThat(g.result()).isEqualTo("server a\nserver b iburst\npool p\n");
    }

    @Test
    void beforeANulTail() {
      Fixture f = file("server a\u0000junk\n");
      f.editor.addWords(f.d(0), "iburst");
      assertThat(f.result()).isEqualTo("server a iburst\u0000junk\n");
    }

    @Test
    void twiceKeepsCallOrder() {
      Fixture f = file("server a\n");
      f.editor.addWords(f.d(0), "iburst").addOption(f.d(0), "maxpoll", "10");
      assertThat(f.result()).isEqualTo("server a iburst maxpoll 10\n");
      assertThat(f.editor.edits()).hasSize(1);
    }

    @Test
    void afterAReplacedLastWord() {
      Fixture f = file("server a minpoll 4\n");
      f.editor.replaceWord(f.arg(0, 2), "6");
      f.editor.addWords(f.d(0), "iburst");
      assertThat(f.result()).isEqualTo("server a minpoll 6 iburst\n");
      NtpSource s = (NtpSource) f.reparse().directives().get(0);
      assertThat(s.option(SourceOption.MINPOLL).orElseThrow().intValue()).isEqualTo(6);
      assertThat(s.has(SourceOption.IBURST)).isTrue();
    }

    @Test
    void keepsInvalidUtf8InTheLine() {
      Fixture f = file("server \u00ff\u00fe\n# \u00c3(\n");
      f.editor.addWords(f.d(0), "iburst");
      assertThat(f.result()).isEqualTo("server \u00ff\u00fe iburst\n# \u00c3(\n");
    }

    @Test
    void theOptionIsInTheModel() {
      Fixture f = file("server a\n");
      f.editor.addOption(f.d(0), "minpoll", "4");
      NtpSource s = (NtpSource) f.reparse().directives().get(0);
      assertThat(s.option(SourceOption.MINPOLL).orElseThrow().intValue()).isEqualTo(4);
    }
  }

  // ----- removeWords ---------------------------------------------------------------------------------

  @Nested
  class RemoveWords {

    @Test
    void middleWordsAndTheSeparatorBefore() {
      Fixture f = file("# above\nserver a minpoll 4 iburst\n# below\n");
      f.editor.removeWords(f.d(0), f.arg(0, 1), f.arg(0, 2));
      assertThat(f.result()).isEqualTo("# above\nserver a iburst\n# below\n");
    }

    @Test
    void lastWordKeepsTrailingBlanks() {
      Fixture f = file("server\ta\tiburst\t\r\n");
      f.editor.removeWord(f.d(0), f.arg(0, 1));
      assertThat(f.result()).isEqualTo("server\ta\t\r\n");
    }

    @Test
    void allArguments() {
      Fixture f = file("local stratum 10 orphan\n");
      f.editor.removeWords(f.d(0), f.arg(0, 0), f.arg(0, 2));
      assertThat(f.result()).isEqualTo("local\n");
    }

    @Test
    void anOptionBySpan() {
      Fixture f = file("server a maxpoll 10 iburst\n");
      NtpSource s = (NtpSource) f.config.directives().get(0);
      Option<SourceOption> maxpoll = s.option(SourceOption.MAXPOLL).orElseThrow();
      f.editor.removeWords(s.syntax(), maxpoll.span());
      assertThat(f.result()).isEqualTo("server a iburst\n");
      assertThat(((NtpSource) f.reparse().directives().get(0)).has(SourceOption.MAXPOLL)).isFalse();
    }

    @Test
    void adjacentRemovalsOnOneLine() {
      Fixture f = file("server a b c\n");
      f.editor.removeWord(f.d(0), f.arg(0, 1)).removeWord(f.d(0), f.arg(0, 2));
      assertThat(f.result()).isEqualTo("server a\n");
    }

    @Test
    void lastWordThenAddWords() {
      Fixture f = file("server a prefer\n");
      f.editor.removeWord(f.d(0), f.arg(0, 1)).addWords(f.d(0), "iburst");
      assertThat(f.result()).isEqualTo("server a iburst\n");
    }

    @Test
    void theNameIsNotAnArgument() {
      Fixture f = file("server a\n");
      assertThatThrownBy(() -> f.editor.removeWords(f.d(0), f.d(0).name(), f.arg(0, 0)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an argument");
    }

    @Test
    void wordsInTheWrongOrder() {
      Fixture f = file("server a b\n");
      assertThatThrownBy(() -> f.editor.removeWords(f.d(0), f.arg(0, 1), f.arg(0, 0)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    }

    @Test
    void aSpanThatCutsAWord() {
      Fixture f = file("server abc\n");
      Word a = f.arg(0, 0);
      assertThatThrownBy(() -> f.editor.removeWords(f.d(0),
          f.config.file().span(a.span().start(), a.span().end() - 1)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole arguments");
    }
  }

  // ----- replaceWord -----------------------------------------------------------------------------

  @Nested
  class ReplaceWord {

    @Test
    void anOptionValue() {
      Fixture f = file("# above\nserver a minpoll 4 iburst\n# below\n");
      NtpSource s = (NtpSource) f.config.directives().get(0);
      f.editor.replaceWord(s.option(SourceOption.MINPOLL).orElseThrow().value().orElseThrow().span(),
          "6");
      assertThat(f.result()).isEqualTo("# above\nserver a minpoll 6 iburst\n# below\n");
      assertThat(((NtpSource) f.reparse().directives().get(0))
          .option(SourceOption.MINPOLL).orElseThrow().intValue()).isEqualTo(6);
    }

    @Test
    void theHost() {
      Fixture f = file("server\told.example.org\tiburst\r\n");
      f.editor.replaceWord(f.arg(0, 0), "new.example.org");
      assertThat(f.result()).isEqualTo("server\tnew.example.org\tiburst\r\n");
      assertThat(render(f.editor.edits())).containsExactly("[7,10)=\"new\"");
    }

    @Test
    void theName() {
      Fixture f = file("SERVER a\n");
      f.editor.replaceWord(f.d(0).name(), "pool");
      assertThat(f.result()).isEqualTo("pool a\n");
    }

    @Test
    void partOfAWord() {
      Fixture f = file("refclock PPS /dev/pps0:clear\n");
      Word param = f.arg(0, 1);
      f.editor.replaceWord(f.config.file().span(param.span().start() + 5, param.span().start() + 9),
          "pps1");
      assertThat(f.result()).isEqualTo("refclock PPS /dev/pps1:clear\n");
    }

    @Test
    void keepsInvalidUtf8Elsewhere() {
      Fixture f = file("\u00ef\u00bb\u00bf# BOM, then bad bytes \u00c0\u00af\u00ff\n"
          + "server a \u00e9\u00e9\n");
      f.editor.replaceWord(f.arg(1, 0), "b");
      assertThat(f.result()).isEqualTo("\u00ef\u00bb\u00bf# BOM, then bad bytes \u00c0\u00af\u00ff\n"
          + "server b \u00e9\u00e9\n");
    }

    @Test
    void aWordWithInvalidUtf8() {
      Fixture f = file("server \u00ff\u00fe\n");
      f.editor.replaceWord(f.arg(0, 0), "\u00e9");
      assertThat(f.editor.apply()).isEqualTo(
          new byte[] {'s', 'e', 'r', 'v', 'e', 'r', ' ', (byte) 0xC3, (byte) 0xA9, '\n'});
    }

    @Test
    void notInsideAWord() {
      Fixture f = file("server a b\n");
      assertThatThrownBy(() -> f.editor.replaceWord(f.config.file().span(7, 10), "x"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not inside one word");
    }

    @Test
    void theReplacementMustBeOneWord() {
      Fixture f = file("server a\n");
      for (String bad : List.of("", "a b", "a\tb", "a\nb", "a\rb", "a\u0000b")) {
        assertThatThrownBy(() -> f.editor.replaceWord(f.arg(0, 0), bad))
            .as("%s", bad).isInstanceOf(IllegalArgumentException.class);
      }
      assertThat(f.editor.isEmpty()).isTrue();
    }
  }

  // ----- commentOut ------------------------------------------------------------------------------

  @Nested
  class CommentOut {

    @Test
    void keepsTheIndentation() {
      Fixture f = file("# above\n  server a\n# below\n");
      f.editor.commentOut(f.d(0), "#");
      assertThat(f.result()).isEqualTo("# above\n  #server a\n# below\n");
      assertThat(f.reparse().directives()).isEmpty();
    }

    @Test
    void withAPrefixAndCrlf() {
      Fixture f = file("server a\r\nserver b\r\n");
      f.editor.commentOut(f.d(1), "! ");
      assertThat(f.result()).isEqualTo("server a\r\n! server b\r\n");
    }

    @Test
    void afterAnInsertedLineBeforeIt() {
      Fixture f = file("server a\n");
      f.editor.commentOut(f.d(0), "#");
      f.editor.insertDirectiveBefore(f.d(0), "pool p");
      assertThat(f.result()).isEqualTo("pool p\n#server a\n");
    }

    @Test
    void togetherWithAWordEdit() {
      Fixture f = file("server a\n");
      f.editor.commentOut(f.d(0), "#").addWords(f.d(0), "iburst");
      assertThat(f.result()).isEqualTo("#server a iburst\n");
    }

    @Test
    void aBlankPrefixIsRefused() {
      Fixture f = file("server a\n");
      assertThatThrownBy(() -> f.editor.commentOut(f.d(0), " "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> f.editor.commentOut(f.d(0), "#\n"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  // ----- conflicts and misuse --------------------------------------------------------------------

  @Nested
  class Conflicts {

    @Test
    void removeAndReplaceWordOnOneLine() {
      Fixture f = file("server a\n");
      f.editor.removeDirective(f.d(0));
      assertThatThrownBy(() -> f.editor.replaceWord(f.arg(0, 0), "b"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("overlapping edits")
          .hasMessageContaining("replaceWord")
          .hasMessageContaining("removeDirective(test.conf:1:1 `server`)");
    }

    @Test
    void theRefusedEditIsNotRecorded() {
      Fixture f = file("server a\n");
      f.editor.replaceWord(f.arg(0, 0), "b");
      assertThatThrownBy(() -> f.editor.replaceWord(f.arg(0, 0), "c"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(f.result()).isEqualTo("server b\n");
    }

    @Test
    void removeTwice() {
      Fixture f = file("server a\n");
      f.editor.removeDirective(f.d(0));
      assertThatThrownBy(() -> f.editor.removeDirective(f.d(0)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replaceDirectiveAndRemoveAWord() {
      Fixture f = file("server a iburst\n");
      f.editor.replaceDirective(f.d(0), "pool b");
      assertThatThrownBy(() -> f.editor.removeWord(f.d(0), f.arg(0, 1)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commentOutARemovedLine() {
      Fixture f = file("server a\n");
      f.editor.removeDirective(f.d(0));
      assertThatThrownBy(() -> f.editor.commentOut(f.d(0), "#"))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addWordsToARemovedLastLineWithoutNewline() {
      Fixture f = file("server a\nserver b");
      f.editor.removeDirective(f.d(1));
      assertThatThrownBy(() -> f.editor.addWords(f.d(1), "iburst"))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commentOutTwice() {
      Fixture f = file("server a\n");
      f.editor.commentOut(f.d(0), "#");
      assertThatThrownBy(() -> f.editor.commentOut(f.d(0), "#"))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commentOutTheNextLineOfARemovedOneIsFine() {
      Fixture f = file("server a\nserver b\n");
      f.editor.removeDirective(f.d(0)).commentOut(f.d(1), "#");
      assertThat(f.result()).isEqualTo("#server b\n");
    }

    @Test
    void aDirectiveOfAnotherFile() {
      Fixture f = file("server a\n");
      Fixture other = file("server a\n");
      assertThatThrownBy(() -> f.editor.removeDirective(other.d(0)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another file");
      assertThatThrownBy(() -> f.editor.replaceWord(other.arg(0, 0), "x"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another file");
    }

    @Test
    void multiLineOrEmptyDirectiveText() {
      Fixture f = file("server a\n");
      assertThatThrownBy(() -> f.editor.appendDirective("pool a\npool b"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> f.editor.appendDirective(" \t "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> f.editor.addWords(f.d(0)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textEditApplyRejectsOverlapsToo() {
      assertThatThrownBy(() -> TextEdit.apply(new byte[4],
          List.of(TextEdit.delete(0, 2), TextEdit.delete(1, 3))))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  // ----- several edits at once -------------------------------------------------------------------

  @Test
  void manyEditsInOneFile() {
    Fixture f = file("# Use public servers\r\n"
        + "pool 2.pool.ntp.org iburst maxsources 4\r\n"
        + "server old.example.org minpoll 4\r\n"
        + "# keep\r\n"
        + "makestep 1.0 3\r\n"
        + "rtcsync");
    f.editor.replaceWord(f.arg(0, 3), "2")
        .removeDirective(f.d(1))
        .insertDirectiveAfter(f.d(1), "server new.example.org iburst")
        .commentOut(f.d(2), "#")
        .addWords(f.d(3), "\u00e9")
        .appendDirective("leapsectz right/UTC");
    assertThat(f.editor.apply()).isEqualTo(("# Use public servers\r\n"
        + "pool 2.pool.ntp.org iburst maxsources 2\r\n"
        + "server new.example.org iburst\r\n"
        + "# keep\r\n"
        + "#makestep 1.0 3\r\n"
        + "rtcsync \u00e9\r\n"
        + "leapsectz right/UTC\r\n").getBytes(StandardCharsets.UTF_8));
    // Each edit is as small as it can be, and they are sorted and disjoint.
    assertThat(render(f.editor.edits())).containsExactly(
        "[60,61)=\"2\"",
        "[63,97)=\"server new.example.org iburst\\r\\n\"",
        "[105,105)=\"#\"",
        "[128,128)=\" \u00e9\\r\\nleapsectz right/UTC\\r\\n\"");
  }

  /** Edits as "[start,end)=\"replacement\"" (TextEdit's equals compares its array by identity). */
  static List<String> render(List<TextEdit> edits) {
    return edits.stream().map(e -> "[" + e.start() + "," + e.end() + ")=\""
        + e.replacementText().replace("\r", "\\r").replace("\n", "\\n") + "\"").toList();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}

package dev.ntplint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.properties.ConfigGenerators;
import dev.ntplint.chrony.properties.PropertyRun;
import dev.ntplint.testing.TextGen;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words kept as byte ranges (issue 8, P4): a {@link Word} without a {@link Span} object, and a
 * directive's arguments as a {@link WordList}, behave as the word records and List.of lists they
 * replace.
 */
class CompactWordsTest {

  private static SourceFile file(String text) {
    return SourceFile.ofText("t", text);
  }

  @Test
  void aWordOfARangeIsTheWordOfItsSpan() {
    SourceFile file = file("server n\u00e4me iburst\n");
    Span span = file.span(7, 12);
    Word ranged = Word.of(file, 7, 12);
    assertThat(ranged.start()).isEqualTo(7);
    assertThat(ranged.end()).isEqualTo(12);
    assertThat(ranged.file()).isSameAs(file);
    assertThat(ranged.span()).isEqualTo(span).hasSameHashCodeAs(span);
    assertThat(ranged.text()).isEqualTo("n\u00e4me");
    assertThat(ranged.raw()).isEqualTo("n\u00c3\u00a4me");
    assertThat(ranged).isEqualTo(Word.of(span)).isEqualTo(new Word("n\u00e4me", span))
        .hasSameHashCodeAs(new Word("n\u00e4me", span));
    // Text and range both count, and a file is only equal to itself.
    assertThat(ranged).isNotEqualTo(new Word("other", span))
        .isNotEqualTo(Word.of(file, 7, 11))
        .isNotEqualTo(Word.of(file("server n\u00e4me iburst\n"), 7, 12));
  }

  @Test
  void aWordOfABadRangeIsRefusedAsItsSpanIs() {
    SourceFile file = file("abc");
    assertThatThrownBy(() -> Word.of(file, 2, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Word.of(file, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Word.of(file, -1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Word.of(null, 0, 0)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void spansAreEqualByFileIdentityAndRangeWithTheRecordsHash() {
    SourceFile file = file("abcdef");
    Span span = new Span(file, 1, 4);
    assertThat(span).isEqualTo(new Span(file, 1, 4)).isNotEqualTo(new Span(file, 1, 5))
        .isNotEqualTo(new Span(file, 0, 4)).isNotEqualTo(new Span(file("abcdef"), 1, 4));
    // The hash a record (file, start, end) computes: ((31 * h(file)) + start) * 31 + end.
    assertThat(span.hashCode()).isEqualTo((31 * file.hashCode() + 1) * 31 + 4);
  }

  @Test
  void argumentsOfALineAreItsWordsAfterTheName() {
    SourceFile file = file("  server  a.example\tiburst  minpoll 4\n");
    SourceLine line = ChronyConf.syntax(file).lines().get(0);
    DirectiveSyntax syntax = DirectiveSyntax.ofLine(line, TokenKind.WORD);
    List<Word> words = line.words();
    List<Word> expected = List.copyOf(words.subList(1, words.size()));
    assertThat(syntax.name()).isEqualTo(words.get(0));
    assertThat(syntax.arguments()).isEqualTo(expected).hasSameHashCodeAs(expected)
        .containsExactlyElementsOf(expected);
    assertThat(syntax.arguments().toString()).isEqualTo(expected.toString());
    assertThat(expected).isEqualTo(syntax.arguments());
    assertThat(syntax.arguments().get(3).text()).isEqualTo("4");
    assertThat(syntax).isEqualTo(new DirectiveSyntax(line, words.get(0), expected))
        .hasSameHashCodeAs(new DirectiveSyntax(line, words.get(0), expected));
    assertThat(syntax.span()).isEqualTo(file.span(2, 37));
    assertThat(syntax.argumentsSpan()).isEqualTo(file.span(10, 37));
    assertThat(syntax.text()).isEqualTo("server a.example iburst minpoll 4");
  }

  @Test
  void aDirectiveReadFromItsLineEqualsTheOneBuiltOfItsWordsInHashAndText() {
    SourceFile file = file("\tpool  p.example iburst \n");
    SourceLine line = ChronyConf.syntax(file).lines().get(0);
    DirectiveSyntax read = DirectiveSyntax.ofLine(line, TokenKind.WORD);
    List<Word> words = line.words();
    DirectiveSyntax built =
        new DirectiveSyntax(line, words.get(0), List.copyOf(words.subList(1, words.size())));
    assertThat(read.line()).isSameAs(line);
    assertThat(read).isEqualTo(built).hasSameHashCodeAs(built).hasToString(built.toString());
    assertThat(built).isEqualTo(read);
    assertThat(read.toString()).startsWith("DirectiveSyntax[line=SourceLine[")
        .endsWith(", name=pool, arguments=[p.example, iburst]]");
    assertThat(read.span()).isEqualTo(built.span()).isEqualTo(file.span(1, 23));
    assertThat(read.argumentsSpan()).isEqualTo(built.argumentsSpan());
    assertThat(read.text()).isEqualTo(built.text()).isEqualTo("pool p.example iburst");
    DirectiveSyntax nameOnly =
        DirectiveSyntax.ofLine(ChronyConf.syntax(file("rtcsync\n")).lines().get(0),
            TokenKind.WORD);
    assertThat(nameOnly.argumentsSpan()).isEqualTo(new Span(nameOnly.line().file(), 7, 7));
    assertThat(nameOnly).isNotEqualTo(read);
  }

  @Test
  void rawEqualsComparesTheBytesAsRawDoes() {
    SourceFile file = file("server n\u00e4me\n");
    Word server = Word.of(file, 0, 6);
    assertThat(server.rawEquals("server")).isTrue();
    assertThat(server.rawEquals("Server")).isFalse();
    assertThat(server.rawEquals("serve")).isFalse();
    assertThat(server.rawEquals("servers")).isFalse();
    Word name = Word.of(file, 7, 12);
    assertThat(name.rawEquals(name.raw())).isTrue();
    assertThat(name.rawEquals(name.text())).isFalse();
  }

  /** Within the word only: a prefix that runs past its end into the next word does not count. */
  @Test
  void rawStartsWithReadsTheWordsBytesOnly() {
    SourceFile file = file("server 127.127.1.0 127.1\n");
    Word clock = Word.of(file, 7, 18);
    assertThat(clock.rawStartsWith("127.127.")).isTrue();
    assertThat(clock.rawStartsWith("127.127.1.0")).isTrue();
    assertThat(clock.rawStartsWith("127.127.1.0 ")).as("past the word's end").isFalse();
    assertThat(clock.rawStartsWith("127.127.2.")).isFalse();
    assertThat(clock.rawStartsWith("")).isTrue();
    Word shortWord = Word.of(file, 19, 24);
    assertThat(shortWord.rawStartsWith("127.1")).isTrue();
    assertThat(shortWord.rawStartsWith("127.12")).as("longer than the word").isFalse();
    qt().withExamples(2_000).forAll(TextGen.strings("127.1 ", 0, 12), TextGen.strings("127.", 0, 9))
        .checkAssert((text, prefix) -> {
          SourceFile f = file(text + "\n");
          Word whole = Word.of(f, 0, text.length());
          assertThat(whole.rawStartsWith(prefix)).as("%s / %s", text, prefix)
              .isEqualTo(whole.raw().startsWith(prefix));
        });
  }

  @Test
  void holdsAsciiIsTheTextOfARangeOfAsciiBytes() {
    SourceFile file = file("server n\u00e4me\n");
    assertThat(file.holdsAscii(0, 6, "server")).isTrue();
    assertThat(file.holdsAscii(0, 6, "Server")).isFalse();
    assertThat(file.holdsAscii(0, 5, "server")).isFalse();
    assertThat(file.holdsAscii(7, 12, file.text(7, 12))).as("a decoded non-ASCII word").isFalse();
    assertThat(file.holdsAscii(7, 12, file.latin1(7, 12))).as("its Latin-1 chars").isFalse();
  }

  @Test
  void aWordIsItsBytesWhenItsTextIsTheirDecoding() {
    SourceFile file = file("server n\u00e4me\n");
    assertThat(Word.of(file, 0, 6).isItsBytes()).isTrue();
    Word name = Word.of(file, 7, 12);
    assertThat(name.isItsBytes()).isTrue();
    name.text();
    assertThat(name.isItsBytes()).as("once decoded").isTrue();
    assertThat(new Word(file.text(7, 12), file.span(7, 12)).isItsBytes()).isTrue();
    assertThat(new Word(file.latin1(7, 12), file.span(7, 12)).isItsBytes()).isFalse();
    assertThat(new Word("pool", file.span(0, 6)).isItsBytes()).isFalse();
  }

  @Test
  void aDirectivesNameIsTheCataloguesStringWhenSpeltSo() {
    var directives = ChronyConf.parse(file("server a\nSERVER b\nbogus x\n")).config()
        .directives();
    assertThat(directives.get(0).name()).isEqualTo("server")
        .isSameAs(directives.get(0).kind().orElseThrow().keyword());
    assertThat(directives.get(1).name()).isEqualTo("SERVER");
    assertThat(directives.get(2).name()).isEqualTo("bogus");
  }

  /** A file kept as one Latin-1 string (issue 8, P4) gives back exactly the bytes it was made of. */
  @Test
  void aFileGivesBackItsBytesWhateverTheyAre() {
    PropertyRun run = PropertyRun.named("file bytes, arbitrary", 300);
    run.qt().forAll(ConfigGenerators.arbitraryBytes(512)).checkAssert(bytes -> {
      run.ran();
      byte[] original = bytes.clone();
      SourceFile file = SourceFile.of("b", bytes);
      java.util.Arrays.fill(bytes, (byte) 'x');
      assertThat(file.bytes()).isEqualTo(original);
      assertThat(file.length()).isEqualTo(original.length);
      for (int i = 0; i < original.length; i++) {
        assertThat(file.byteAt(i)).isEqualTo(original[i]);
      }
      int half = original.length / 2;
      assertThat(file.slice(half, original.length))
          .isEqualTo(java.util.Arrays.copyOfRange(original, half, original.length));
      assertThat(file.text(0, original.length))
          .isEqualTo(new String(original, StandardCharsets.UTF_8));
      assertThat(file.latin1()).isEqualTo(new String(original, StandardCharsets.ISO_8859_1));
    });
    run.report();
    assertThat(run.count()).isGreaterThan(100);
  }

  @Test
  void theArgumentListIsKeptAsItIsAndCannotBeChanged() {
    SourceLine line = ChronyConf.syntax(file("server a b\n")).lines().get(0);
    DirectiveSyntax syntax = DirectiveSyntax.ofLine(line, TokenKind.WORD);
    List<Word> arguments = syntax.arguments();
    assertThat(new DirectiveSyntax(line, syntax.name(), arguments).arguments()).isSameAs(arguments);
    // Any other list is still copied.
    List<Word> mutable = new ArrayList<>(arguments);
    DirectiveSyntax copied = new DirectiveSyntax(line, syntax.name(), mutable);
    mutable.clear();
    assertThat(copied.arguments()).hasSize(2);
    assertThatThrownBy(() -> arguments.add(arguments.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> arguments.set(0, arguments.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> arguments.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> arguments.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    var iterator = arguments.iterator();
    iterator.next();
    iterator.next();
    assertThat(iterator.hasNext()).isFalse();
    assertThatThrownBy(iterator::next).isInstanceOf(java.util.NoSuchElementException.class);
  }

  @Test
  void aNameOnlyLineHasNoArgumentsAndALineWithoutWordsNoDirective() {
    SyntaxTree tree = ChronyConf.syntax(file("rtcsync\n# only a comment\n"));
    DirectiveSyntax syntax = DirectiveSyntax.ofLine(tree.lines().get(0), TokenKind.WORD);
    assertThat(syntax.arguments()).isEmpty();
    assertThat(syntax.span()).isEqualTo(syntax.name().span());
    assertThatThrownBy(() -> DirectiveSyntax.ofLine(tree.lines().get(1), TokenKind.WORD))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyDirectiveOfAnyConfigHasTheWordsOfItsLine() {
    PropertyRun run = PropertyRun.named("directive words, near-valid chrony.conf", 300);
    try {
      run.qt().forAll(ConfigGenerators.chronyConfigs(30)).checkAssert(bytes -> {
        run.ran();
        SourceFile file = SourceFile.of("x", bytes);
        for (SourceLine line : ChronyConf.syntax(file).lines()) {
          if (line.hasNoWords()) {
            continue;
          }
          DirectiveSyntax syntax = DirectiveSyntax.ofLine(line, TokenKind.WORD);
          List<Word> words = new ArrayList<>();
          for (int i = 0; i < line.tokens().size(); i++) {
            if (line.tokenKind(i) == TokenKind.WORD) {
              words.add(new Word(file.text(line.tokenStart(i), line.tokenEnd(i)),
                  file.span(line.tokenStart(i), line.tokenEnd(i))));
            }
          }
          assertThat(syntax.name()).isEqualTo(words.get(0));
          assertThat(syntax.arguments()).isEqualTo(words.subList(1, words.size()))
              .hasSameHashCodeAs(words.subList(1, words.size()));
          // By index too: get() searches the line's tokens, the iterator walks them once. One
          // list asked in order, backwards and every other word: get() walks on from where the
          // previous call found its word when it can.
          List<Word> arguments = syntax.arguments();
          int n = arguments.size();
          for (int i = 0; i < n; i++) {
            assertThat(arguments.get(i)).isEqualTo(words.get(i + 1));
          }
          for (int i = n - 1; i >= 0; i--) {
            assertThat(arguments.get(i)).isEqualTo(words.get(i + 1));
          }
          for (int i = 0; i < 2 * n; i++) {
            int index = i < n ? (2 * i) % n : (n - 1 - i % n);
            assertThat(arguments.get(index)).isEqualTo(words.get(index + 1));
          }
          assertThat(syntax.span()).isEqualTo(words.get(0).span()
              .union(words.get(words.size() - 1).span()));
          assertThat(syntax.argumentsSpan()).isEqualTo(words.size() == 1
              ? file.span(words.get(0).end(), words.get(0).end())
              : words.get(1).span().union(words.get(words.size() - 1).span()));
        }
      });
    } finally {
      run.report();
    }
  }

  @Test
  void aFileIsAsciiWhenNoByteIsAbove0x7f() {
    assertThat(SourceFile.of("t", "server a\n".getBytes(StandardCharsets.US_ASCII)).isAscii())
        .isTrue();
    assertThat(SourceFile.of("t", new byte[0]).isAscii()).isTrue();
    assertThat(SourceFile.of("t", new byte[] {'a', (byte) 0xa0}).isAscii()).isFalse();
    assertThat(SourceFile.ofText("t", "server\u00a0a\n").isAscii()).isFalse();
  }
}

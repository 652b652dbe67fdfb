package dev.ntplint.chrony;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import java.nio.charset.StandardCharsets;
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
}

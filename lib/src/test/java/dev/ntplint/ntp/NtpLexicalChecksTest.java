package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.ntplint.diag.Diagnostic;
import dev.ntplint.diag.Diagnostics;
import dev.ntplint.ntp.NtpSyntaxReader.Lexed;
import dev.ntplint.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lexical checks skip their walk of every lexeme when a look at the whole file shows that it
 * cannot find anything. These tests check that the skip never loses a diagnostic.
 */
class NtpLexicalChecksTest {

  private static final long SEED = 0x6c65786963616cL;

  /** Words, quotes, comments, specials and the bytes the checks are about, glued or apart. */
  private static final List<String> PIECES = List.of("server", "a", "1.2.3.4", "iburst", "#",
      "#c", "#x#y", "\"", "\"q\"", "\"\"", "\" \"", "\"a#b\"", "{", "}", "=", ",", "(", ";", "|",
      "\0", "\u00e9", "\u0080", "x\u00ffy", "\\");

  /** Blanks of every kind the lexers know, line ends, and nothing (which glues two pieces). */
  private static final List<String> SEPARATORS = List.of(" ", "\t", "\u000B", "\f", "\r", "\n",
      "\r\n", "", "", "");

  @Test
  void skippingTheWalkNeverLosesADiagnostic() {
    qt().withFixedSeed(SEED).withExamples(5000).forAll(PieceConfigs.of(PIECES, SEPARATORS))
        .checkAssert(text -> {
          Lexed lexed = NtpSyntaxReader.read(file(text), null);
          Diagnostics checked = new Diagnostics();
          NtpLexicalChecks.check(lexed, checked);
          Diagnostics walked = new Diagnostics();
          NtpLexicalChecks.walk(lexed, true, true, walked);
          assertThat(checked.list()).isEqualTo(walked.list());
        });
  }

  @Test
  void aCommentGluedToAWordIsFoundAndOneAfterABlankIsNot() {
    assertThat(NtpLexicalChecks.hasCommentAfterWord("server a#b\n")).isTrue();
    assertThat(NtpLexicalChecks.hasCommentAfterWord("#first\nserver a\t#b\n# x#y\n")).isFalse();
    assertThat(NtpLexicalChecks.hasCommentAfterWord("server a\u000B#b\rx\f#c")).isFalse();
    // The second `#` of a line is inside the first one's comment.
    assertThat(NtpLexicalChecks.hasCommentAfterWord("server a #b#c\n")).isFalse();
    assertThat(NtpLexicalChecks.hasCommentAfterWord("server a #b\nserver c#d")).isTrue();
  }

  @Test
  void theWalkReportsACommentGluedToAWord() {
    List<Diagnostic> found = check("server a.example.org#iburst\nserver b.example.org # fine\n");
    assertThat(found).extracting(Diagnostic::code)
        .containsExactly(NtpDiagnosticCode.COMMENT_INSIDE_WORD.id());
    assertThat(found.get(0).span().start()).isEqualTo("server a.example.org".length());
  }

  @Test
  void aFileWithNothingToReportHasNoDiagnostic() {
    assertThat(check("# ntp.conf\nserver a.example.org iburst # first\n\tdriftfile /x\n"))
        .isEmpty();
  }

  private static List<Diagnostic> check(String text) {
    Diagnostics diagnostics = new Diagnostics();
    NtpLexicalChecks.check(NtpSyntaxReader.read(file(text), null), diagnostics);
    return diagnostics.list();
  }

  private static SourceFile file(String text) {
    return SourceFile.of("ntp.conf", text.getBytes(StandardCharsets.ISO_8859_1));
  }
}

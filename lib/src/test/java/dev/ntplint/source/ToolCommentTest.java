package dev.ntplint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.ntp.NtpConf;
import dev.ntplint.testing.TextGen;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ToolComment#startsAt}, written out for start-up speed, against the regular expression
 * it replaced; and the readers' notes of where tool comments are, against a look at every line.
 */
class ToolCommentTest {

  private static final Pattern REFERENCE = Pattern.compile("^[!;#%]+\\s*ntplint\\s*:");

  private static final List<String> PIECES = List.of("#", "!", ";", "%", "##", " ", "\t",
      "\u000b", "\f", "\r", "\n", "\u00a0", "ntplint", "NTPLINT", "ntp", "lint", ":", "x",
      "disable=NTP101", "-- why");

  @Test
  void agreesWithTheRegularExpression() {
    qt().withExamples(30_000).forAll(TextGen.concatenations(PIECES, 0, 7)).checkAssert(comment ->
        assertThat(ToolComment.startsAt(comment, 0, comment.length())).as(comment)
            .isEqualTo(REFERENCE.matcher(comment).find()));
  }

  /** The bounds are kept: nothing before {@code start} or from {@code end} on is read. */
  @Test
  void readsOnlyItsRange() {
    qt().withExamples(10_000)
        .forAll(TextGen.concatenations(PIECES, 0, 3), TextGen.concatenations(PIECES, 0, 7),
            TextGen.concatenations(PIECES, 0, 3))
        .checkAssert((before, comment, after) -> {
          String text = before + comment + after;
          assertThat(ToolComment.startsAt(text, before.length(), before.length() + comment.length()))
              .as("[%s]%s[%s]", before, comment, after)
              .isEqualTo(REFERENCE.matcher(comment).find());
        });
  }

  @Test
  void examples() {
    assertThat(startsAt("# ntplint: disable=NTP101")).isTrue();
    assertThat(startsAt("#ntplint:")).isTrue();
    assertThat(startsAt("%;! \t ntplint \t:x")).isTrue();
    assertThat(startsAt("# see ../ntplint: the launcher")).isFalse();
    assertThat(startsAt("# NTPLINT: disable=NTP101")).isFalse();
    assertThat(startsAt("# ntplint disable=NTP101")).isFalse();
    assertThat(startsAt(" # ntplint:")).isFalse();
    assertThat(startsAt("# \u00a0ntplint:")).isFalse();
    assertThat(startsAt("# ntplint")).isFalse();
  }

  private static boolean startsAt(String comment) {
    return ToolComment.startsAt(comment, 0, comment.length());
  }

  /**
   * Both readers note, as they lex, exactly the comments that a look at every comment token of
   * every line finds (the tree made without the readers' notes).
   */
  @Test
  void theReadersNoteEveryToolCommentAndNothingElse() {
    List<String> pieces = List.of("server a iburst", "allow 10/8", "# ntplint: disable=NTP101",
        "! ntplint:x", "; see ntplint: docs", "#ntplint", " ", "\t", "\n", "\r\n", "\n", "#", "%",
        "ntplint", ":", "x");
    qt().withExamples(3_000).forAll(TextGen.concatenations(pieces, 0, 14)).checkAssert(text -> {
      SourceFile file = SourceFile.ofText("t.conf", text);
      SyntaxTree chrony = ChronyConf.parse(file).config().syntax();
      assertThat(chrony.toolComments()).as("chrony.conf: %s", text)
          .isEqualTo(new SyntaxTree(file, chrony.lines()).toolComments());
      SyntaxTree ntp = NtpConf.parse(file).config().syntax();
      assertThat(ntp.toolComments()).as("ntp.conf: %s", text)
          .isEqualTo(new SyntaxTree(file, ntp.lines()).toolComments());
    });
  }

  @Test
  void aReadFileNotesItsToolComments() {
    SourceFile file = SourceFile.ofText("t.conf",
        "# ntplint: disable-file=NTP101\nserver a # ntplint: disable=NTP102\n# ntplint mentioned\n");
    assertThat(ChronyConf.parse(file).config().syntax().toolComments()).containsExactly(0);
    assertThat(NtpConf.parse(file).config().syntax().toolComments()).containsExactly(0, 40);
  }
}

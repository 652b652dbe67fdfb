package dev.ntplint.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link SarifWriter#plain} and {@link SarifWriter#isSemanticVersion} are loops written for a
 * short run (no regex to compile and run in the interpreter); each must give what the regex it
 * replaced gives, on any text.
 */
class SarifPlainTextProperties {

  /** What plain() did with regexes. */
  private static final Pattern EMPHASIS = Pattern.compile("(?<![*\\w])\\*(\\S[^*]*)\\*");

  private static String reference(String markdown) {
    return EMPHASIS.matcher(markdown.replace("`", "").replace("**", "")).replaceAll("$1");
  }

  /** Texts made of the characters that matter to the pattern, and a few that do not. */
  private static Gen<String> texts(List<String> pieces) {
    return lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, 14)
        .map(indexes -> {
          StringBuilder text = new StringBuilder();
          indexes.forEach(i -> text.append(pieces.get(i)));
          return text.toString();
        });
  }

  @Test
  void plainTextIsWhatTheRegexGave() {
    List<String> pieces = List.of("*", "*", "*", "**", "`", "a", "Z", "7", "_", " ", "\t", "\n",
        "\u000b", "\f", "\r", ".", "-", "é", "\u00a0", "word", "`code`", "*em*");
    qt().withExamples(5_000).forAll(texts(pieces))
        .checkAssert(text -> assertThat(SarifWriter.plain(text)).as("%s", text)
            .isEqualTo(reference(text)));
    // And on the descriptions the rules really have.
    assertThat(SarifWriter.plain("Use `makestep 1 3`: *one* step, **never** more *than*"))
        .isEqualTo("Use makestep 1 3: one step, never more than");
    assertThat(SarifWriter.plain("a*b* and * c* and *d")).isEqualTo(reference("a*b* and * c* and *d"));
  }

  @Test
  void aSemanticVersionIsThreeNumbersThenAnything() {
    Pattern semantic = Pattern.compile("\\d+\\.\\d+\\.\\d+.*");
    // A start that is (or is nearly) three numbers, then anything.
    List<String> starts = List.of("1.2.3", "0.1.0", "10.0.17", "1.2", "1..3", ".1.2.3", "1.2.3.",
        "", "a1.2.3", "\u0661.2.3");
    List<String> pieces = List.of("0", "1", "42", ".", ".", "-", "SNAPSHOT", "a", "\n", "\r",
        "\u0085", "\u2028", "\u2029", "\u0661", " ");
    qt().withExamples(3_000).forAll(integers().between(0, starts.size() - 1), texts(pieces))
        .checkAssert((start, rest) -> {
          String version = starts.get(start) + rest;
          assertThat(SarifWriter.isSemanticVersion(version)).as("%s", version)
              .isEqualTo(semantic.matcher(version).matches());
        });
    assertThat(SarifWriter.isSemanticVersion("0.1.0-SNAPSHOT")).isTrue();
    assertThat(SarifWriter.isSemanticVersion("dev")).isFalse();
  }
}

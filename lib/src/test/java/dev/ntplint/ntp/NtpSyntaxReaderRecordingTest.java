package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.ntplint.internal.grammar.ntp.NtpBaseLexer;
import dev.ntplint.internal.grammar.ntp.NtpLexer;
import dev.ntplint.ntp.NtpSyntaxReader.Lexed;
import dev.ntplint.ntp.NtpSyntaxReader.RawLexeme;
import dev.ntplint.ntp.catalog.NtpKeyword;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * NtpSyntaxReader records the lexer's tokens in a table and takes keywords' constant spellings
 * instead of a token object and a text copy per token. These properties check that this changes
 * nothing: its lines and lexemes are those of the plain ANTLR lexer's token objects, grouped at
 * each newline.
 */
class NtpSyntaxReaderRecordingTest {

  private static final long SEED = 0x7265636f72644e74L;

  /** Keywords, near-keywords, quotes, specials, NUL, high bytes, comments and string modes. */
  private static final List<String> PIECES = new ArrayList<>(List.of("serve", "servers",
      "Server", "ser\u00e9ver", "server\u00e9", "\"server\"", "se\"rver\"", "\"", "\"\"",
      "\"  \"", "{", "}", "(", ")", ",", ";", "|", "=", "a=b", "\0", "ser\0ver", "\u00e9\u00ff",
      "#", "# server iburst", "x#y", "\r", "-4", "-6", "-4x", "12", "1.5g", "0x1F", "abc",
      "127.127.28.0", "simulate", "end"));

  static {
    for (NtpKeyword k : NtpKeyword.values()) {
      PIECES.add(k.text());
    }
  }

  private static final List<String> SEPARATORS = List.of(" ", " ", " ", "\t", "\n", "\n", "",
      "\r\n", "\u000b");

  private static Gen<String> configs() {
    return PieceConfigs.of(PIECES, SEPARATORS);
  }

  @Test
  void recordedLinesAndLexemesAreThoseOfTheLexersTokenObjects() {
    qt().withFixedSeed(SEED).withExamples(4000).forAll(configs()).checkAssert(text -> {
      SourceFile file = SourceFile.of("ntp.conf", text.getBytes(StandardCharsets.ISO_8859_1));
      for (NtpFlavour flavour : Arrays.asList(null, NtpFlavour.CLASSIC, NtpFlavour.NTPSEC)) {
        assertThat(describe(NtpSyntaxReader.read(file, flavour)))
            .as("%s, %s", flavour, text)
            .isEqualTo(fromTokenObjects(file, flavour));
      }
    });
  }

  @Test
  void aKeywordIsFoundOnACharRangeAsItsOwnSpelling() {
    for (NtpKeyword k : NtpKeyword.values()) {
      String text = "x " + k.text() + "=";
      assertThat(NtpKeyword.spellingAt(text, 2, 2 + k.text().length())).isSameAs(k.text());
      // A prefix, a longer range and another case spell no keyword (unless they spell another).
      String longer = text.substring(2, 3 + k.text().length());
      assertThat(NtpKeyword.spellingAt(text, 2, 3 + k.text().length()))
          .isEqualTo(NtpKeyword.find(longer) == null ? null : longer);
      String upper = k.text().toUpperCase(java.util.Locale.ROOT);
      assertThat(NtpKeyword.spellingAt(upper, 0, upper.length()))
          .isEqualTo(NtpKeyword.find(upper) == null ? null : upper);
    }
    assertThat(NtpKeyword.spellingAt("servers", 0, 6)).isSameAs(NtpKeyword.SERVER.text());
    assertThat(NtpKeyword.spellingAt("servers", 0, 7)).isNull();
    assertThat(NtpKeyword.spellingAt("", 0, 0)).isNull();
  }

  /**
   * Any range of any text, keywords and their neighbours among them (other first char, other
   * length, a high byte), spells a keyword exactly when the map by text ({@code lookup}) has it:
   * the filter by length and first char that spellingAt, find and followByOf apply before hashing
   * drops no keyword.
   */
  @Test
  void aRangeSpellsAKeywordExactlyWhenTheMapByTextHasIt() {
    Gen<String> texts = PieceConfigs.of(PIECES, List.of("", "", "x", "-", "\u00e9", "1", ".", " "));
    qt().withFixedSeed(SEED).withExamples(4000)
        .forAll(texts, integers().between(0, 64), integers().between(0, 26))
        .checkAssert((text, from, length) -> {
          int start = Math.min(from, text.length());
          int end = Math.min(start + length, text.length());
          String range = text.substring(start, end);
          NtpKeyword keyword = NtpKeyword.lookup(range).orElse(null);
          assertThat(NtpKeyword.spellingAt(text, start, end)).as("[%s]", range)
              .isSameAs(keyword == null ? null : keyword.text());
          assertThat(NtpKeyword.find(range)).as("[%s]", range).isSameAs(keyword);
          for (NtpFlavour flavour : NtpFlavour.values()) {
            boolean known = keyword != null && keyword.availability().in(flavour);
            assertThat(NtpKeyword.find(range, flavour)).isSameAs(known ? keyword : null);
            assertThat(NtpKeyword.followByOf(range, flavour))
                .isSameAs(known ? keyword.followBy() : null);
          }
          assertThat(NtpKeyword.followByOf(range, null))
              .isSameAs(keyword == null ? null : keyword.followBy());
        });
  }

  @Test
  void aKeywordLexemeTakesTheKeywordsConstantAndAnyOtherWordACopy() {
    SourceFile file = SourceFile.of("ntp.conf",
        "server ntp.example.com iburst\n".getBytes(StandardCharsets.ISO_8859_1));
    List<RawLexeme> lexemes = NtpSyntaxReader.read(file, null).lexemes().get(0);
    assertThat(lexemes.get(0).logical()).isSameAs(NtpKeyword.SERVER.text());
    assertThat(lexemes.get(1).logical()).isEqualTo("ntp.example.com");
    assertThat(lexemes.get(2).logical()).isSameAs(NtpKeyword.IBURST.text());
  }

  /** What the reader made, as comparable text: each line's span and tokens, and its lexemes. */
  private static List<String> describe(Lexed lexed) {
    List<String> out = new ArrayList<>();
    List<SourceLine> lines = lexed.tree().lines();
    assertThat(lexed.lexemes()).hasSameSizeAs(lines);
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      StringBuilder sb = new StringBuilder();
      sb.append(line.number()).append(' ').append(line.start()).append('-').append(line.end());
      for (int t = 0; t < line.tokens().size(); t++) {
        sb.append(' ').append(line.tokenKind(t)).append('@').append(line.tokenStart(t))
            .append('-').append(line.tokenEnd(t));
      }
      out.add(sb.toString());
      for (RawLexeme r : lexed.lexemes().get(i)) {
        out.add("  " + r.rawKind() + "@" + r.start() + "-" + r.end() + "=" + r.logical());
      }
    }
    return out;
  }

  /** The reading from the lexer's own token objects and texts, the way the reader once did. */
  private static List<String> fromTokenObjects(SourceFile file, NtpFlavour flavour) {
    NtpLexer lexer = new NtpLexer(CharStreams.fromString(file.latin1()));
    lexer.removeErrorListeners();
    lexer.setFollowByTable(word -> NtpKeyword.followByOf(word, flavour));
    List<String> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> lexemes = new ArrayList<>();
    int lineStart = -1;
    int lineEnd = -1;
    int number = 0;
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      int start = t.getStartIndex();
      int end = t.getStopIndex() + 1;
      lineStart = tokens.isEmpty() ? start : lineStart;
      lineEnd = end;
      tokens.add(" " + kind(t.getType()) + "@" + start + "-" + end);
      String raw = rawKind(t.getType());
      if (raw != null) {
        lexemes.add("  " + raw + "@" + start + "-" + end + "="
            + NtpBaseLexer.logicalText(t.getText()));
      }
      if (t.getType() == NtpLexer.NEWLINE) {
        out.add(++number + " " + lineStart + "-" + lineEnd + String.join("", tokens));
        out.addAll(lexemes);
        tokens.clear();
        lexemes.clear();
      }
    }
    if (!tokens.isEmpty() || out.isEmpty()) {
      int at = file.length();
      out.add(++number + " " + (tokens.isEmpty() ? at + "-" + at
          : lineStart + "-" + lineEnd) + String.join("", tokens));
      out.addAll(lexemes);
    }
    return out;
  }

  private static String kind(int type) {
    switch (type) {
      case NtpLexer.NEWLINE:
        return "NEWLINE";
      case NtpLexer.WS:
        return "WHITESPACE";
      case NtpLexer.COMMENT:
        return "COMMENT";
      case NtpLexer.IGNORED:
        return "IGNORED";
      case NtpLexer.QUOTED:
        return "QUOTED";
      default:
        return "WORD";
    }
  }

  private static String rawKind(int type) {
    switch (type) {
      case NtpLexer.WORD:
        return "WORD";
      case NtpLexer.FORCED_WORD:
        return "FORCED";
      case NtpLexer.QUOTED:
        return "QUOTED";
      case NtpLexer.SPECIAL:
        return "SPECIAL";
      case NtpLexer.IGNORED:
        return "IGNORED";
      case NtpLexer.COMMENT:
        return "COMMENT";
      default:
        return null;
    }
  }
}

package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ntplint.ntp.NtpScanner.Command;
import dev.ntplint.ntp.NtpScanner.Tok;
import dev.ntplint.ntp.NtpSyntaxReader.Lexed;
import dev.ntplint.ntp.NtpSyntaxReader.RawLexeme;
import dev.ntplint.ntp.catalog.NtpKeyword;
import dev.ntplint.ntp.model.AddressFamily;
import dev.ntplint.ntp.model.Association;
import dev.ntplint.ntp.model.Fudge;
import dev.ntplint.ntp.model.NtpAddress;
import dev.ntplint.ntp.model.NtpConfig;
import dev.ntplint.ntp.model.Restrict;
import dev.ntplint.ntp.model.RestrictTarget;
import dev.ntplint.ntp.model.Secret;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.TokenKind;
import dev.ntplint.source.Word;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The ntp.conf reader keeps a leaner model than it did (issue 8, P4) and makes fewer objects on
 * the way (P3): a command that is a whole line takes the line layer's words ({@link
 * DirectiveSyntax#ofLine}) instead of a word object per argument, a token makes its word only when
 * asked and holds either value in one field, an address read again shares the parts of the first
 * one with its text, each line's lexemes and each command's tokens are a range of a shared array,
 * and a comment lexeme keeps the file's text in the field other lexemes keep their token in.
 * These properties check that each gives what the plain construction gave.
 */
class NtpLeanModelTest {

  private static final long SEED = 0x6c65616e4e747021L;

  /** Commands, quotes (blank ones end a command), secrets, includefile, high bytes, NUL. */
  private static final List<String> PIECES = new ArrayList<>(List.of("server", "crypto", "pw",
      "s3cret", "includefile", "/etc/ntp.d/x.conf", "restrict", "mask", "255.255.255.0",
      "10.0.0.0/8", "\"10.1.2.3\"", "[::1]", "fe80::1%eth0", "-4", "-6", "127.127.28.0",
      "ntp.example.com", "\"quoted\"", "\"\"", "\"  \"", "qu\"ote\"d", "\u00e9", "a\u00e9b", "\0",
      "#c", "# comment", "12", "-7", "1.5", "{", "}", "=", "simulate"));

  static {
    for (NtpKeyword k : NtpKeyword.values()) {
      PIECES.add(k.text());
    }
  }

  private static final List<String> SEPARATORS = List.of(" ", " ", " ", "\t", "\n", "\n", "",
      "\r\n");

  private static Gen<String> configs() {
    return PieceConfigs.of(PIECES, SEPARATORS);
  }

  @Test
  void aCommandsSyntaxHoldsTheWordsOfItsTokensWithSecretsRedacted() {
    qt().withFixedSeed(SEED).withExamples(3000).forAll(configs()).checkAssert(text -> {
      SourceFile file = SourceFile.of("ntp.conf", text.getBytes(StandardCharsets.ISO_8859_1));
      for (NtpFlavour flavour : NtpFlavour.values()) {
        for (Command c : NtpGrammarSharingTest.commands(
            NtpSyntaxReader.read(file, null), flavour)) {
          for (int n = 0; n <= c.toks().size(); n++) {
            assertThat(NtpConf.syntaxOf(c, n)).as("%s, %d tokens", text, n)
                .isEqualTo(listedSyntax(c, n));
          }
        }
      }
    });
  }

  @Test
  void aTokensWordIsItsBytesAsWritten() {
    qt().withFixedSeed(SEED).withExamples(2000).forAll(configs()).checkAssert(text -> {
      SourceFile file = SourceFile.of("ntp.conf", text.getBytes(StandardCharsets.ISO_8859_1));
      for (NtpFlavour flavour : NtpFlavour.values()) {
        for (Command c : NtpGrammarSharingTest.commands(
            NtpSyntaxReader.read(file, null), flavour)) {
          for (Tok t : c.toks()) {
            Word word = t.word();
            assertThat(word).isEqualTo(Word.of(file, t.start(), t.end()));
            assertThat(word.text()).isEqualTo(file.text(t.start(), t.end()));
            assertThat(t.span()).isEqualTo(word.span());
            assertThat(t.line()).isEqualTo(word.span().line());
          }
        }
      }
    });
  }

  @Test
  void aSecretIsRedactedOnAWholeLineToo() {
    for (String text : List.of("crypto pw s3cret\n", "crypto pw s3cret # c\n",
        "crypto pw \"s3 cret\"\n", "crypto randfile /dev/urandom pw s3cret\n")) {
      SourceFile file = SourceFile.of("ntp.conf", text.getBytes(StandardCharsets.US_ASCII));
      List<Command> commands = NtpGrammarSharingTest.commands(
        NtpSyntaxReader.read(file, null), NtpFlavour.CLASSIC);
      assertThat(commands).hasSize(1);
      Command c = commands.get(0);
      DirectiveSyntax syntax = NtpConf.syntaxOf(c, c.toks().size());
      assertThat(syntax).isEqualTo(listedSyntax(c, c.toks().size()));
      assertThat(syntax.text()).as(text).doesNotContain("s3").endsWith("pw " + Secret.REDACTED);
    }
  }

  @Test
  void onlyACommandThatIsItsWholeLineTakesTheLinesWords() {
    assertThat(wholeLine("server ntp.example.com iburst minpoll 4\n")).containsExactly(true);
    assertThat(wholeLine("restrict 10.0.0.0 mask 255.0.0.0 nomodify # c\n"))
        .containsExactly(true);
    // A quoted lexeme is not one of the line layer's words; a quoted blank ends a command.
    assertThat(wholeLine("server \"ntp.example.com\" iburst\n")).containsExactly(false);
    assertThat(wholeLine("server a.example.com \"  \" server b.example.com\n"))
        .containsExactly(false, false);
  }

  @Test
  void anAddressReadAgainIsTheAddressReadAlone() {
    qt().withFixedSeed(SEED).withExamples(1500).forAll(addressConfigs()).checkAssert(text -> {
      SourceFile file = SourceFile.of("ntp.conf", text.getBytes(StandardCharsets.ISO_8859_1));
      for (NtpTarget target : NtpTarget.values()) {
        for (NtpAddress a : addresses(NtpConf.parse(file, target).config())) {
          assertThat(a).as(text).isEqualTo(NtpAddress.of(Word.of(a.span()), a.text(), a.family()));
          assertThat(a.word().text()).isEqualTo(a.span().text());
        }
      }
    });
  }

  @Test
  void anAddressReadAgainSharesTheFirstOnesParts() {
    String text = "restrict 10.0.0.0 mask 255.0.0.0 nomodify\n"
        + "restrict 10.0.0.0 mask 255.0.0.0 noquery\n"
        + "server -4 10.0.0.0 iburst\n"
        + "server \"10.0.0.0\"\n";
    List<NtpAddress> addresses = addresses(NtpConf.parse(
        SourceFile.of("ntp.conf", text.getBytes(StandardCharsets.US_ASCII))).config());
    NtpAddress first = addresses.get(0);
    assertThat(addresses).extracting(NtpAddress::text).containsExactly("10.0.0.0", "255.0.0.0",
        "10.0.0.0", "255.0.0.0", "10.0.0.0", "10.0.0.0");
    assertThat(addresses.get(2).numeric().get()).isSameAs(first.numeric().get());
    assertThat(addresses.get(2).text()).isSameAs(first.text());
    assertThat(addresses.get(2).word().text()).isSameAs(first.text());
    assertThat(addresses.get(3).numeric().get()).isSameAs(addresses.get(1).numeric().get());
    assertThat(addresses.get(4).family()).contains(AddressFamily.IPV4);
    assertThat(addresses.get(4).numeric().get()).isSameAs(first.numeric().get());
    // The quoted one: the same address, its word as written.
    assertThat(addresses.get(5).numeric().get()).isSameAs(first.numeric().get());
    assertThat(addresses.get(5).word().text()).isEqualTo("\"10.0.0.0\"");
    for (NtpAddress a : addresses) {
      assertThat(a).isEqualTo(NtpAddress.of(Word.of(a.span()), a.text(), a.family()));
    }
  }

  @Test
  void addressesBeyondTheRememberedOnesAreReadAlone() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      text.append("restrict 10.").append(i / 256).append('.').append(i % 256).append(".0\n");
    }
    text.append("restrict 10.0.0.0\nrestrict 10.19.135.0\n");
    List<NtpAddress> addresses = addresses(NtpConf.parse(SourceFile.of("ntp.conf",
        text.toString().getBytes(StandardCharsets.US_ASCII)), NtpTarget.NTP_4_2_8).config());
    assertThat(addresses).hasSize(5002);
    for (NtpAddress a : addresses) {
      assertThat(a).isEqualTo(NtpAddress.of(Word.of(a.span()), a.text(), a.family()));
    }
    assertThat(addresses.get(5000).numeric().get()).isSameAs(addresses.get(0).numeric().get());
    assertThat(addresses.get(5001).numeric().get())
        .isNotSameAs(addresses.get(4999).numeric().get())
        .isEqualTo(addresses.get(4999).numeric().get());
  }

  @Test
  void eachLinesLexemesAreItsTokensButBlanksAcrossManyAndLongLines() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      text.append("server ntp").append(i).append(".example.com iburst # site\n");
      if (i == 1500) {
        text.append("tos").append(" 1".repeat(5000)).append('\n');
      }
    }
    text.append("server \"last\"");
    SourceFile file = SourceFile.of("ntp.conf",
        text.toString().getBytes(StandardCharsets.US_ASCII));
    Lexed lexed = NtpSyntaxReader.read(file, null);
    assertThat(lexed.lexemes()).hasSameSizeAs(lexed.tree().lines()).hasSize(3002);
    for (int i = 0; i < lexed.lexemes().size(); i++) {
      SourceLine line = lexed.tree().lines().get(i);
      List<RawLexeme> lexemes = lexed.lexemes().get(i);
      List<String> expected = new ArrayList<>();
      for (int t = 0; t < line.tokenCount(); t++) {
        TokenKind kind = line.tokenKind(t);
        if (kind != TokenKind.WHITESPACE && kind != TokenKind.NEWLINE) {
          expected.add(line.tokenStart(t) + "-" + line.tokenEnd(t));
        }
      }
      List<String> actual = new ArrayList<>();
      for (RawLexeme r : lexemes) {
        actual.add(r.start() + "-" + r.end());
      }
      assertThat(actual).as("line %d", i + 1).isEqualTo(expected);
    }
    assertThat(lexed.lexemes().get(1501)).hasSize(5001);
    List<RawLexeme> last = lexed.lexemes().get(3001);
    assertThat(last.get(1).logical()).isEqualTo("last");
    assertThatThrownBy(() -> last.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> last.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> last.set(0, null)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aTokensValueIsReadBackAsGiven() {
    SourceFile file = SourceFile.of("ntp.conf", "x\n".getBytes(StandardCharsets.US_ASCII));
    Tok integer = tok(file, NtpScanner.TokKind.INTEGER, -5, 0);
    assertThat(integer.intValue()).isEqualTo(-5);
    assertThat(integer.doubleValue()).isZero();
    Tok unsigned = tok(file, NtpScanner.TokKind.UINT, 4294967295L, 0);
    assertThat(unsigned.intValue()).isEqualTo(4294967295L);
    for (double d : new double[] {1.5, -0.0, 0.0, 1e300, Double.MIN_VALUE, Double.NaN,
        Double.POSITIVE_INFINITY}) {
      Tok dbl = tok(file, NtpScanner.TokKind.DOUBLE, 0, d);
      assertThat(Double.doubleToLongBits(dbl.doubleValue())).isEqualTo(Double.doubleToLongBits(d));
      assertThat(dbl.intValue()).isZero();
      assertThat(dbl).isEqualTo(tok(file, NtpScanner.TokKind.DOUBLE, 0, d));
    }
    // As a record with a double field would be: NaNs alike, the two zeros apart.
    double otherNan = Double.longBitsToDouble(0x7ff8000000000001L);
    assertThat(tok(file, NtpScanner.TokKind.DOUBLE, 0, otherNan))
        .isEqualTo(tok(file, NtpScanner.TokKind.DOUBLE, 0, Double.NaN));
    assertThat(tok(file, NtpScanner.TokKind.DOUBLE, 0, -0.0))
        .isNotEqualTo(tok(file, NtpScanner.TokKind.DOUBLE, 0, 0.0));
    assertThat(tok(file, NtpScanner.TokKind.KEYWORD, 0, 0).intValue()).isZero();
  }

  @Test
  void keptListsAreCopiesThatStayAsTheyWere() {
    qt().withFixedSeed(SEED).withExamples(200)
        .forAll(lists().of(integers().between(0, 2500)).ofSizeBetween(0, 12))
        .checkAssert(sizes -> {
          NtpSyntaxReader.ChunkedLists<Integer> chunks = new NtpSyntaxReader.ChunkedLists<>();
          List<Integer> scratch = new ArrayList<>();
          List<List<Integer>> kept = new ArrayList<>();
          List<List<Integer>> copies = new ArrayList<>();
          int next = 0;
          for (int size : sizes) {
            scratch.clear();
            for (int i = 0; i < size; i++) {
              scratch.add(next++);
            }
            kept.add(chunks.keep(scratch));
            copies.add(List.copyOf(scratch));
          }
          scratch.clear();
          assertThat(kept).isEqualTo(copies);
          for (List<Integer> list : kept) {
            assertThat(list).hasSameHashCodeAs(List.copyOf(list));
            assertThatThrownBy(() -> list.add(1))
                .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> list.get(list.size()))
                .isInstanceOf(IndexOutOfBoundsException.class);
          }
        });
  }

  @Test
  void aCommentKeepsTheFileTextUntilReadAndNoToken() {
    SourceFile file = SourceFile.of("ntp.conf",
        "server a # c\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Lexed lexed = NtpSyntaxReader.read(file, null);
    List<RawLexeme> lexemes = lexed.lexemes().get(0);
    RawLexeme comment = lexemes.get(2);
    assertThat(comment.rawKind()).isEqualTo(NtpSyntaxReader.RawKind.COMMENT);
    assertThat(comment).isNotInstanceOf(Tok.class);
    assertThat(comment.logical()).isEqualTo("# c");
    assertThat(comment.logical()).isEqualTo("# c");
    RawLexeme word = lexemes.get(1);
    assertThat(word).isInstanceOfSatisfying(Tok.class, t -> assertThat(t.classified()).isFalse());
    List<Command> commands = NtpGrammarSharingTest.commands(lexed, NtpFlavour.CLASSIC);
    assertThat(commands.get(0).toks()).hasSize(2);
    // Read alike by both daemons: the lexeme itself is the token, classified in place.
    assertThat(commands.get(0).toks().get(1)).isSameAs(word);
    assertThat(((Tok) word).classified()).isTrue();
    assertThat(word.logical()).isEqualTo("a");
    assertThatThrownBy(() -> ((Tok) word).as(true, NtpScanner.TokKind.STRING, "a", null, 0, 0,
        null))
        .isInstanceOf(IllegalStateException.class);
  }

  private static Tok tok(SourceFile file, NtpScanner.TokKind kind, long intValue,
      double doubleValue) {
    return Tok.unclassified(NtpSyntaxReader.RawKind.WORD, file, 0, 1, "x")
        .as(true, kind, "x", null, intValue, doubleValue, null);
  }

  /** The syntax as it was built before, from the tokens' words (a secret's shown redacted). */
  private static DirectiveSyntax listedSyntax(Command c, int n) {
    if (n == 0) {
      SourceLine line = c.line();
      return new DirectiveSyntax(line, Word.of(line.file(), line.start(), line.start()),
          List.of());
    }
    SourceFile file = c.line().file();
    List<Word> arguments = new ArrayList<>();
    boolean crypto = c.toks().get(0).text().equals("crypto");
    boolean secret = false;
    for (int i = 1; i < n; i++) {
      Tok t = c.toks().get(i);
      Word w = Word.of(file, t.start(), t.end());
      arguments.add(secret ? new Word(Secret.REDACTED, w.span()) : w);
      secret |= crypto && t.text().equals("pw");
    }
    Tok name = c.toks().get(0);
    return new DirectiveSyntax(c.line(), Word.of(file, name.start(), name.end()), arguments);
  }

  private static List<Boolean> wholeLine(String text) {
    SourceFile file = SourceFile.of("ntp.conf", text.getBytes(StandardCharsets.US_ASCII));
    List<Boolean> whole = new ArrayList<>();
    for (Command c : NtpGrammarSharingTest.commands(
        NtpSyntaxReader.read(file, null), NtpFlavour.CLASSIC)) {
      whole.add(NtpConf.isWholeLine(c, c.toks().size()));
    }
    return whole;
  }

  /** Lines of addresses, most of them repeated, some quoted, qualified or with a prefix. */
  private static Gen<String> addressConfigs() {
    List<String> pieces = List.of("server", "restrict", "fudge", "mask", "-4", "-6", "10.0.0.1",
        "10.0.0.1", "\"10.0.0.1\"", "10.0.0.0/8", "10.0.0.0/33", "[10.0.0.1]", "::1", "[::1]",
        "fe80::1%eth0", "127.127.28.0", "127.127.28.0", "127.127.1.1/8", "ntp.example.com",
        "a\u00e9.example.com", "255.0.0.0", "default", "source", "iburst", "nomodify", "\n");
    return PieceConfigs.of(pieces, List.of(" ", " ", "\n"));
  }

  private static List<NtpAddress> addresses(NtpConfig config) {
    List<NtpAddress> addresses = new ArrayList<>();
    for (var d : config.directives()) {
      if (d instanceof Association a) {
        addresses.add(a.address());
      } else if (d instanceof Restrict r) {
        if (r.target() instanceof RestrictTarget.Address a) {
          addresses.add(a.address());
        }
        r.mask().ifPresent(addresses::add);
      } else if (d instanceof Fudge f) {
        addresses.add(f.address());
      }
    }
    return addresses;
  }
}

package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.ntplint.ntp.NtpScanner.Command;
import dev.ntplint.ntp.NtpScanner.Tok;
import dev.ntplint.ntp.NtpSyntaxReader.Lexed;
import dev.ntplint.ntp.catalog.NtpKeyword;
import dev.ntplint.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The accept-either target reads each file once per daemon over the same lexemes, and a token
 * that one daemon's scanner made is reused by the other's when nothing about it depends on the
 * flavour. These properties check that the reuse never changes a token: scanning after the other
 * daemon gives exactly the tokens of a scan of freshly lexed bytes, in either order.
 */
class NtpScannerSharingTest {

  private static final long SEED = 0x73686172654e7470L;

  /** Pieces where the two scanners differ (keywords of one daemon, GPS-era doubles, lengths). */
  private static final List<String> PIECES = new ArrayList<>(List.of("1.5g", "2G", "1e3g", "12",
      "-7", "-", "0x1F", "0xg", "99999999999", "-99999999999999999999", "3.25", "1e", "abc",
      "\"quoted g\"", "\"  \"", "-4", "-6", "\"-4x\"", "#c 1g", "{", "}", ",", "=", "\0", "\u00e9",
      "x".repeat(127), "y".repeat(128), "2".repeat(130), "1g".repeat(70)));

  static {
    for (NtpKeyword k : NtpKeyword.values()) {
      PIECES.add(k.text());
    }
    PIECES.addAll(NtpKeyword.LATER_NTPSEC.keySet());
  }

  private static final List<String> SEPARATORS = List.of(" ", " ", " ", "\t", "\n", "\n", "");

  private static Gen<String> configs() {
    return PieceConfigs.of(PIECES, SEPARATORS);
  }

  @Test
  void aTokenSharedWithTheOtherDaemonIsTheOneItWouldHaveMade() {
    qt().withFixedSeed(SEED).withExamples(3000).forAll(configs()).checkAssert(text -> {
      SourceFile file = SourceFile.of("ntp.conf", text.getBytes(StandardCharsets.ISO_8859_1));
      for (NtpFlavour first : NtpFlavour.values()) {
        NtpFlavour second = first == NtpFlavour.CLASSIC ? NtpFlavour.NTPSEC : NtpFlavour.CLASSIC;
        Lexed shared = NtpSyntaxReader.read(file, null);
        List<Tok> firstToks = tokens(shared, first);
        List<Tok> secondToks = tokens(shared, second);
        assertThat(firstToks).isEqualTo(tokens(NtpSyntaxReader.read(file, null), first));
        assertThat(secondToks).isEqualTo(tokens(NtpSyntaxReader.read(file, null), second));
      }
    });
  }

  @Test
  void tokensThatDifferBetweenTheDaemonsAreNotShared() {
    SourceFile file = SourceFile.of("ntp.conf",
        ("tos 1.5g " + "z".repeat(200) + "\n").getBytes(StandardCharsets.ISO_8859_1));
    Lexed lexed = NtpSyntaxReader.read(file, null);
    List<Tok> classic = tokens(lexed, NtpFlavour.CLASSIC);
    List<Tok> ntpsec = tokens(lexed, NtpFlavour.NTPSEC);
    // `tos` is the same keyword for both: one token object serves both readings, the lexeme's.
    assertThat(ntpsec.get(0)).isSameAs(classic.get(0)).isSameAs(lexed.lexemes().get(0).get(0));
    // Read differently: a token per daemon, and the lexeme left as the lexer made it.
    assertThat(ntpsec.get(1)).isNotSameAs(classic.get(1));
    assertThat(lexed.lexemes().get(0).get(1)).isNotSameAs(classic.get(1))
        .isNotSameAs(ntpsec.get(1))
        .isInstanceOfSatisfying(Tok.class, t -> assertThat(t.classified()).isFalse());
    assertThat(classic.get(1).kind()).isEqualTo(NtpScanner.TokKind.STRING);
    assertThat(ntpsec.get(1).kind()).isEqualTo(NtpScanner.TokKind.DOUBLE);
    assertThat(classic.get(2).fatal()).isEqualTo("too long");
    assertThat(ntpsec.get(2).fatal()).isNull();
  }

  private static List<Tok> tokens(Lexed lexed, NtpFlavour flavour) {
    NtpScanner scanner = new NtpScanner(flavour);
    List<Tok> toks = new ArrayList<>();
    for (int i = 0; i < lexed.lexemes().size() && !scanner.endedInput(); i++) {
      for (Command c : scanner.scan(lexed.tree().lines().get(i), lexed.lexemes().get(i))) {
        toks.addAll(c.toks());
      }
    }
    return toks;
  }
}

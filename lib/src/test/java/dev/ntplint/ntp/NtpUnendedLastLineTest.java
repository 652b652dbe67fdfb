package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.source.SourceFile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * NTPsec's scanner gives an unended last line no end of command when it miscounts the line's
 * column to 0 (NtpScanner.lastLineLosesItsEnd). Every line below was run through NTPsec 1.2.2
 * (scripts/ntpsec-parse.sh) after `server x\n`: one bare yyerror for line 2 and no recovery
 * message means no end of command came; a recovery message for line 2 means one did.
 */
class NtpUnendedLastLineTest {

  @ParameterizedTest
  @ValueSource(strings = {"a b", "a,", "a\tb", "a b c d", "a #"})
  void lastLineCountedToZeroGetsNoEndOfCommand(String lastLine) {
    DaemonLog log = ntpsecLog("server x\n" + lastLine);

    assertThat(log.yyerrorLines()).containsExactly(2);
    assertThat(log.syntaxErrorLines()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a  b", "ab c", "a \"\"", "a#", "foo #", "a b\n"})
  void lastLineCountedAboveZeroIsEnded(String lastLine) {
    DaemonLog log = ntpsecLog("server x\n" + lastLine);

    assertThat(log.yyerrorLines()).containsExactly(2);
    assertThat(log.syntaxErrorLines()).containsExactly(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"#", "server x\n#"})
  void loneHashIsAnErrorOnlyWithoutAnyCommandBefore(String text) {
    boolean alone = !text.contains("\n");

    assertThat(ntpsecLog(text).rejected()).isEqualTo(alone);
    assertThat(NtpConf.parse(SourceFile.ofText("ntp.conf", text), NtpTarget.NTPSEC_1_2)
        .diagnostics()).extracting(d -> d.code())
        .isEqualTo(alone ? List.of("NP012") : List.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"#", "server x\na b"})
  void classicNtpdCountsReReadCharactersSoEndsEveryLastLine(String text) {
    assertThat(NtpConf.daemonLog(SourceFile.ofText("ntp.conf", text), NtpFlavour.CLASSIC)
        .syntaxErrorLines()).hasSize(text.startsWith("#") ? 0 : 1);
  }

  private static DaemonLog ntpsecLog(String text) {
    return NtpConf.daemonLog(SourceFile.ofText("ntp.conf", text), NtpFlavour.NTPSEC);
  }
}

package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.ntp.NtpScanner.Command;
import dev.ntplint.ntp.NtpSyntaxReader.Lexed;
import dev.ntplint.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A command keeps its tokpos lines as one number when they are all one (nearly every command),
 * and as an array otherwise; either way tokpos() gives the line before each token and at the end.
 */
class NtpScannerTokposTest {

  private static List<Command> scan(String text) {
    SourceFile file = SourceFile.of("ntp.conf", text.getBytes(StandardCharsets.ISO_8859_1));
    Lexed lexed = NtpSyntaxReader.read(file, null);
    NtpScanner scanner = new NtpScanner(NtpFlavour.CLASSIC);
    List<Command> commands = new ArrayList<>();
    for (int i = 0; i < lexed.tree().lines().size(); i++) {
      commands.addAll(scanner.scan(lexed.tree().lines().get(i), lexed.lexemes().get(i)));
    }
    return commands;
  }

  @Test
  void aCommandOnOneLineKeepsOneNumber() {
    List<Command> commands = scan("server a\n\nserver b iburst\n");
    assertThat(commands).hasSize(2);
    assertThat(commands.get(0).positions()).isNull();
    assertThat(commands.get(0).tokpos()).containsExactly(1, 1, 1);
    assertThat(commands.get(1).positions()).isNull();
    assertThat(commands.get(1).tokpos()).containsExactly(3, 3, 3, 3);
    // A fresh array per call: a caller that changes one changes no other command's.
    commands.get(1).tokpos()[0] = 99;
    assertThat(commands.get(1).tokpos()).containsExactly(3, 3, 3, 3);
  }

  @Test
  void aSpecialBeforeTheFirstLexemeKeepsThePreviousLineAndAnArray() {
    // ntpd records a position only where a lexeme starts: `=` still has line 1's.
    List<Command> commands = scan("server a\n=server b\n");
    assertThat(commands).hasSize(2);
    assertThat(commands.get(1).positions()).isNotNull();
    assertThat(commands.get(1).tokpos()).containsExactly(1, 2, 2, 2);
  }
}

package dev.ntplint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Unified diffs byte for byte: CRLF kept, a missing final newline marked, bytes not re-encoded. */
class UnifiedDiffTest {

  private static String diff(String before, String after) {
    return new String(UnifiedDiff.of("a/chrony.conf", "b/chrony.conf",
        before.getBytes(StandardCharsets.ISO_8859_1), after.getBytes(StandardCharsets.ISO_8859_1)),
        StandardCharsets.ISO_8859_1);
  }

  @Test
  void crlfLinesKeepTheirCarriageReturn() {
    assertThat(diff("a\r\nserver x\r\nb\r\n", "a\r\nserver x iburst\r\nb\r\n")).isEqualTo(
        "--- a/chrony.conf\n+++ b/chrony.conf\n@@ -1,3 +1,3 @@\n a\r\n-server x\r\n"
            + "+server x iburst\r\n b\r\n");
  }

  @Test
  void aLastLineWithoutNewlineIsMarked() {
    assertThat(diff("a\nserver x", "a\nserver x iburst")).isEqualTo(
        "--- a/chrony.conf\n+++ b/chrony.conf\n@@ -1,2 +1,2 @@\n a\n-server x\n"
            + "\\ No newline at end of file\n+server x iburst\n\\ No newline at end of file\n");
  }

  @Test
  void invalidUtf8AndNoChangeGiveTheSameBytesOrNothing() {
    String latin1 = "\u00ff\u00feserver x\n";
    assertThat(diff(latin1, latin1)).isEmpty();
    assertThat(diff(latin1, "server x\n")).contains("-\u00ff\u00feserver x\n+server x\n");
  }
}

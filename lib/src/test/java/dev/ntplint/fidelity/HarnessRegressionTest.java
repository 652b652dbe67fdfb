package dev.ntplint.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.testing.Chronyd;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases where the harness itself was wrong (not ntplint): its prediction of chronyd's reading
 * order. Each must agree through the whole comparison.
 */
class HarnessRegressionTest {

  @TempDir
  Path root;

  private Differential.Result judge(ChronyCase c) throws Exception {
    Path chronyd = Chronyd.require();
    try (FidelityRun<ChronyCase, Differential.Result> run =
        FidelityRun.chronyd(new Differential(chronyd, Chronyd.version(chronyd)), root, 1)) {
      return run.evaluate(c);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Two too-long lines before the first directive: chronyd fails at the first one. */
  @Test
  void firstOfSeveralTooLongLines() throws Exception {
    String longComment = "#" + "a".repeat(2100) + "\n";
    Differential.Result r = judge(ChronyCase.single(bytes(longComment + longComment + "manual\n")));
    assertThat(r.outcome()).as(r.detail()).isEqualTo(Differential.Outcome.AGREE);
  }

  /**
   * A confdir whose files include a file that includes itself: chronyd reads the files in
   * basename order and fails in d2/10.conf before it reaches the cyclic d1/b.conf.
   */
  @Test
  void cycleComesAfterAFailingSibling() throws Exception {
    ChronyCase c = new ChronyCase(bytes("include d1/*.conf\n"), Map.of(
        "d1/b.conf", bytes("confdir d2 d1\n"),
        "d2/10.conf", bytes("peer minstratum -\n")));
    Differential.Result r = judge(c);
    // The prediction stops in d2/10.conf, before the cycle: compared in full.
    assertThat(r.outcome()).as(r.detail()).isEqualTo(Differential.Outcome.AGREE);
    assertThat(r.chronydAccepted()).isFalse();
  }
}

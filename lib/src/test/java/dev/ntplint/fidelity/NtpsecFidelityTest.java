package dev.ntplint.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.ntp.Ntpsec;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.QuickTheory;

/**
 * The NTPsec differential fidelity property: on generated near-valid ntp.conf files, ntplint's
 * verdict for {@code --target ntpsec-1.2}, the lines it rejects and its prediction of NTPsec's
 * syntax log are what NTPsec 1.2's ntpd logs, except for the deliberate differences of {@link
 * NtpsecDifferential.Known}.
 *
 * <p>ntpd idles until the script's one-second limit on every file, so the cases run 32 at a time
 * (they mostly sleep). System properties as for {@link ChronydFidelityTest}, prefixed {@code
 * ntplint.fidelity.ntpsec.}: {@code cases} (default 800), {@code seed}, {@code threads} (32),
 * {@code survey}. Without the oracle the test is skipped, or fails with {@code
 * -Dntplint.oracles=required}.
 */
class NtpsecFidelityTest {

  static final int DEFAULT_CASES = 800;

  @TempDir
  Path root;

  @Test
  void ntplintAgreesWithNtpsecOnGeneratedConfigurations() throws Exception {
    Ntpsec.require(root);
    int cases = Integer.getInteger("ntplint.fidelity.ntpsec.cases", DEFAULT_CASES);
    long seed = Long.getLong("ntplint.fidelity.ntpsec.seed", ChronydFidelityTest.SEED);
    int threads = Integer.getInteger("ntplint.fidelity.ntpsec.threads", 32);
    boolean survey = Boolean.getBoolean("ntplint.fidelity.ntpsec.survey");

    Stats stats = new Stats();
    long started = System.nanoTime();
    NtpsecDifferential differential = new NtpsecDifferential();
    try (FidelityRun<NtpCase, NtpsecDifferential.Result> run = new FidelityRun<>(
        differential::judge, "ntpd", root, threads, 4 * threads)) {
      QuickTheory qt = QuickTheory.qt().withFixedSeed(seed).withExamples(cases)
          .withShrinkCycles(50);
      try {
        FidelityRun.check(run, qt, NtpConfGen.cases(), survey, stats::add,
            "ntplint (target ntpsec-1.2) and NTPsec disagree", 100);
      } finally {
        if (survey) {
          for (var group : stats.disagreements.entrySet()) {
            NtpsecDifferential.Result minimal =
                FidelityRun.minimize(run, group.getValue().get(0), 100);
            System.out.println("[fidelity-ntpsec] minimal for " + group.getKey() + ": "
                + minimal.input().describe() + "\n[fidelity-ntpsec]   " + minimal.detail());
          }
        }
        stats.print(System.out, String.format("[fidelity-ntpsec] NTPsec 1.2 ntpd against ntplint"
            + " --target ntpsec-1.2: seed %d, %d threads, %d s", seed, threads,
            (System.nanoTime() - started) / 1_000_000_000L));
      }
    }
    assertThat(stats.disagreements.keySet()).as("disagreements (see [fidelity-ntpsec] above)")
        .isEmpty();
    assertThat(stats.cases).isGreaterThan(cases * 99 / 100);
    // The generator must reach both sides of the verdict, or the property proves little.
    assertThat(stats.ntpsecRejected).isBetween(stats.cases / 10, stats.cases * 9 / 10);
  }

  /** The counts printed in the output (and copied into docs/fidelity.md). */
  private static final class Stats {
    int cases;
    int agreed;
    int excluded;
    int ntpsecRejected;
    final Map<NtpsecDifferential.Known, Integer> byKnown =
        new EnumMap<>(NtpsecDifferential.Known.class);
    final Map<String, List<NtpsecDifferential.Result>> disagreements = new LinkedHashMap<>();

    synchronized void add(NtpsecDifferential.Result r) {
      cases++;
      switch (r.outcome()) {
        case AGREE -> agreed++;
        case EXCLUDED -> excluded++;
        case DISAGREE -> disagreements.computeIfAbsent(r.signature(), k -> new ArrayList<>())
            .add(r);
      }
      r.excludedBy().forEach(k -> byKnown.merge(k, 1, Integer::sum));
      if (r.ntpsecRejected()) {
        ntpsecRejected++;
      }
    }

    synchronized void print(PrintStream out, String header) {
      out.println(header);
      int disagreed = cases - agreed - excluded;
      out.printf("[fidelity-ntpsec] cases %d: agreed %d, excluded %d, disagreed %d (NTPsec"
          + " rejected %d, accepted %d)%n", cases, agreed, excluded, disagreed, ntpsecRejected,
          cases - ntpsecRejected);
      for (NtpsecDifferential.Known k : NtpsecDifferential.Known.values()) {
        out.printf("[fidelity-ntpsec]   excluded (%s) by %s: %d%n",
            k.deliberate ? "deliberate" : "open", k, byKnown.getOrDefault(k, 0));
      }
      for (Map.Entry<String, List<NtpsecDifferential.Result>> e : disagreements.entrySet()) {
        out.printf("[fidelity-ntpsec] DISAGREEMENT x%d %s%n", e.getValue().size(), e.getKey());
        for (NtpsecDifferential.Result r : e.getValue().subList(0, Math.min(3,
            e.getValue().size()))) {
          out.println("[fidelity-ntpsec]     input: " + r.input().describe());
          out.println("[fidelity-ntpsec]     " + r.detail());
        }
      }
    }
  }
}

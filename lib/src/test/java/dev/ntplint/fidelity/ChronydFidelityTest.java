package dev.ntplint.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.testing.Chronyd;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.QuickTheory;

/**
 * The differential fidelity property: on generated near-valid configurations (one file or an
 * include tree), ntplint's verdict for the installed chronyd's release (Debian 12: 4.3), the line
 * of its first error and the flattened, normalised configuration are exactly what {@code chronyd
 * -p} says, except for the deliberate differences of {@link KnownDifference}.
 *
 * <p>System properties: {@code ntplint.fidelity.cases} (default 3000), {@code
 * ntplint.fidelity.seed} (default: the fixed seed), {@code ntplint.fidelity.threads}, {@code
 * ntplint.fidelity.survey=true} (do not stop at the first disagreement: run every case and list
 * all disagreements, unshrunk; used by scripts/fidelity-long.sh). Without chronyd the test is
 * skipped, or fails with {@code -Dntplint.oracles=required}.
 */
class ChronydFidelityTest {

  /** "ntplint-fidelity" */
  static final long SEED = 0x6e74706c6964L;

  static final int DEFAULT_CASES = 3000;

  @TempDir
  Path root;

  @Test
  void ntplintAgreesWithChronydOnGeneratedConfigurations() throws Exception {
    Path chronyd = Chronyd.require();
    ChronyVersion target = Chronyd.version(chronyd);
    int cases = Integer.getInteger("ntplint.fidelity.cases", DEFAULT_CASES);
    long seed = Long.getLong("ntplint.fidelity.seed", SEED);
    int threads = Integer.getInteger("ntplint.fidelity.threads",
        Math.max(2, Runtime.getRuntime().availableProcessors()));
    boolean survey = Boolean.getBoolean("ntplint.fidelity.survey");
    int shrinkCycles = Integer.getInteger("ntplint.fidelity.shrinkCycles", 200);

    FidelityStats stats = new FidelityStats();
    long started = System.nanoTime();
    try (FidelityRun<ChronyCase, Differential.Result> run = FidelityRun.chronyd(new Differential(chronyd, target), root, threads)) {
      QuickTheory qt = QuickTheory.qt().withFixedSeed(seed).withExamples(cases)
          .withShrinkCycles(shrinkCycles);
      try {
        FidelityRun.check(run, qt, ChronyConfGen.cases(), survey, stats::add,
            "ntplint (target " + target + ") and chronyd -p disagree", 500);
      } finally {
        if (survey) {
          int shown = 0;
          for (var group : stats.disagreements().entrySet()) {
            if (shown++ == 10) {
              break;
            }
            Differential.Result minimal =
                FidelityRun.minimize(run, group.getValue().get(0), 500);
            System.out.println("[fidelity] minimal for " + group.getKey() + ": "
                + minimal.input().describe());
          }
        }
        stats.print(System.out, String.format("[fidelity] chronyd %s -p against ntplint --target"
            + " chrony-%s: seed %d, %d threads, %d s (%d prefetched, %d evaluated on the spot)",
            target, target, seed, threads, (System.nanoTime() - started) / 1_000_000_000L,
            run.cacheHits(), run.liveEvaluations()));
      }
    }
    assertThat(stats.disagreements().keySet()).as("disagreements (see the [fidelity] lines above)")
        .isEmpty();
    // QuickTheories skips the rare duplicate example, so a few cases fewer than asked may run.
    assertThat(stats.cases()).isGreaterThan(cases * 99 / 100);
    if (cases >= 2000) {
      assertThat(stats.directivesNeverSeen()).as("every directive of the catalogue is generated")
          .isEmpty();
    }
  }
}

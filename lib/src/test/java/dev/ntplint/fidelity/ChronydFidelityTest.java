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

  /** Deletes what the disagreement does not need (same signature), within a budget. */
  static Differential.Result minimize(FidelityRun<ChronyCase, Differential.Result> run,
      Differential.Result failing) {
    Differential.Result[] last = {failing};
    Minimizer<ChronyCase> minimizer = new Minimizer<>(c -> {
      Differential.Result r = run.take(c);
      if (r.disagrees() && r.signature().equals(failing.signature())) {
        last[0] = r;
        return true;
      }
      return false;
    }, 500);
    ChronyCase minimal = minimizer.minimize(failing.input());
    return minimal == last[0].input() ? last[0] : run.take(minimal);
  }

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
    boolean[] shrinking = new boolean[1];
    Differential.Result[] smallest = new Differential.Result[1];
    try (FidelityRun<ChronyCase, Differential.Result> run = FidelityRun.chronyd(new Differential(chronyd, target), root, threads)) {
      QuickTheory qt = QuickTheory.qt().withFixedSeed(seed).withExamples(cases)
          .withShrinkCycles(shrinkCycles);
      run.prefetch(qt, ChronyConfGen.cases());
      try {
        qt.forAll(ChronyConfGen.cases()).checkAssert(c -> {
          Differential.Result r = run.take(c);
          if (!shrinking[0]) {
            stats.add(r);
          }
          if (r.disagrees() && !survey) {
            shrinking[0] = true;
            if (smallest[0] == null
                || Minimizer.size(c) < Minimizer.size(smallest[0].input())) {
              smallest[0] = r;
            }
            throw new AssertionError("ntplint (target " + target + ") and chronyd -p disagree: "
                + r.detail());
          }
        });
      } catch (AssertionError e) {
        if (smallest[0] == null) {
          throw e;
        }
        // QuickTheories' shrinking cannot delete lines; finish with deletions.
        Differential.Result minimal = minimize(run, smallest[0]);
        throw new AssertionError(e.getMessage() + "\nMinimal input (QuickTheories' smallest, then"
            + " deletions of files, lines and words):\n  " + minimal.input().describe() + "\n  "
            + minimal.detail(), e);
      } finally {
        if (survey) {
          int shown = 0;
          for (var group : stats.disagreements().entrySet()) {
            if (shown++ == 10) {
              break;
            }
            Differential.Result minimal = minimize(run, group.getValue().get(0));
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

package dev.ntplint.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * One converter leg of the fidelity harness: generated inputs that the source daemon accepts are
 * converted, and the target daemon's parser must accept every output, with ntplint's own verdict
 * on that output agreeing. The forward leg ({@link ConverterFidelityTest}, ntp.conf to
 * chrony.conf, judged by chronyd) and the reverse one ({@link ChronyToNtpFidelityTest}, judged by
 * NTPsec) differ only in their generator and their judge; the property loop, the minimiser and the
 * printed counts are {@link FidelityRun}'s and this class's.
 */
final class ConverterLeg {

  private ConverterLeg() {}

  /** Where a case ends; every one but SKIPPED_INPUT_REJECTED and ACCEPTED is a failure. */
  enum Outcome {
    /** The input is rejected by its own daemon (or by ntplint), so there is nothing to convert. */
    SKIPPED_INPUT_REJECTED,
    ACCEPTED,
    /** The target daemon's parser rejects the converted output. */
    DAEMON_REJECTS_OUTPUT,
    /** The target daemon accepts the output (or there is no daemon) but ntplint rejects it. */
    NTPLINT_REJECTS_OUTPUT
  }

  record Result<C>(C input, Outcome outcome, String detail) implements FidelityRun.Judged<C> {

    static <C> Result<C> of(C input, Outcome outcome) {
      return new Result<>(input, outcome, "");
    }

    @Override
    public boolean disagrees() {
      return outcome != Outcome.SKIPPED_INPUT_REJECTED && outcome != Outcome.ACCEPTED;
    }

    /** A smaller failing case must fail the same way to count as the same failure. */
    @Override
    public String signature() {
      return outcome.name();
    }
  }

  /** What a leg is: its name in the output, what judges it, and where its cases come from. */
  record Leg<C extends FidelityCase<C>>(String tag, String title, String skippedBecause,
      FidelityRun.Judge<C, Result<C>> judge, Gen<C> cases) {}

  /**
   * Runs {@code cases} cases of the leg with a fixed seed on {@code threads} threads, prints the
   * counts, and fails on the first conversion a parser rejects (with its minimal input), when
   * fewer cases than asked were judged, or when either side of the input verdict is reached by
   * less than a tenth of the cases (the property would prove little).
   */
  static <C extends FidelityCase<C>> Map<Outcome, Integer> run(Leg<C> leg, Path root, int cases,
      long seed, int threads, int window) throws Exception {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    long started = System.nanoTime();
    try (FidelityRun<C, Result<C>> run = new FidelityRun<>(leg.judge(), leg.tag(), root, threads,
        window)) {
      QuickTheory qt = QuickTheory.qt().withFixedSeed(seed).withExamples(cases)
          .withShrinkCycles(50);
      try {
        FidelityRun.check(run, qt, leg.cases(), false, r -> {
          synchronized (counts) {
            counts.merge(r.outcome(), 1, Integer::sum);
          }
        }, "a converted output is rejected", 200);
      } finally {
        synchronized (counts) {
          print(leg, counts, seed, threads, started);
        }
      }
    }
    int judged = counts.values().stream().mapToInt(Integer::intValue).sum();
    // QuickTheories runs slightly fewer examples than asked on long runs (98.9 % of 30000 seen).
    assertThat(judged).isGreaterThan(cases * 98 / 100);
    assertThat(counts.getOrDefault(Outcome.ACCEPTED, 0)).as("converted and accepted")
        .isGreaterThan(judged / 10);
    assertThat(counts.getOrDefault(Outcome.SKIPPED_INPUT_REJECTED, 0)).as("inputs rejected")
        .isGreaterThan(judged / 10);
    return counts;
  }

  private static void print(Leg<?> leg, Map<Outcome, Integer> counts, long seed, int threads,
      long started) {
    String tag = "[" + leg.tag() + "]";
    int accepted = counts.getOrDefault(Outcome.ACCEPTED, 0);
    int skipped = counts.getOrDefault(Outcome.SKIPPED_INPUT_REJECTED, 0);
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf("%s %s: seed %d, %d threads, %d s%n", tag, leg.title(), seed, threads,
        (System.nanoTime() - started) / 1_000_000_000L);
    System.out.printf("%s cases %d: converted %d, accepted %d, rejected %d, skipped %d (%s)%n",
        tag, total, total - skipped, accepted, total - accepted - skipped, skipped,
        leg.skippedBecause());
    counts.forEach((outcome, n) -> System.out.printf("%s   %s: %d%n", tag, outcome, n));
  }
}

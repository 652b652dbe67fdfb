package dev.ntplint.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.convert.ChronyConversionOptions;
import dev.ntplint.convert.Conversion;
import dev.ntplint.convert.tochrony.NtpToChrony;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpIncludes;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.source.SourceFile;
import dev.ntplint.testing.Chronyd;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.QuickTheory;

/**
 * The converter leg of the fidelity harness: generated ntp.conf files ({@link NtpConfGen}) that
 * ntplint accepts for {@code --target ntpsec-1.2}, converted by the ntp-to-chrony converter for
 * chrony 4.3, must give a chrony.conf that {@code chronyd -p} accepts, and ntplint's own verdict on
 * that output ({@code --target chrony-4.3}) must be chronyd's.
 *
 * <p>The input side is decided by ntplint's verdict rather than by running ntpd: ntpd takes a
 * second a file, and {@link NtpsecFidelityTest} already holds ntplint's ntpsec-1.2 verdict to
 * NTPsec's. Cases ntplint rejects are skipped and counted. System properties, prefixed {@code
 * ntplint.fidelity.convert.}: {@code cases} (default {@value #DEFAULT_CASES}), {@code seed},
 * {@code threads} (4). Without chronyd the test is skipped, or fails with {@code
 * -Dntplint.oracles=required}.
 */
class ConverterFidelityTest {

  static final int DEFAULT_CASES = 5000;

  /** Where a case ends; every one but SKIPPED and ACCEPTED is a failure. */
  enum Outcome {
    /** ntplint rejects the input for ntpsec-1.2, so there is nothing to convert. */
    SKIPPED_INPUT_REJECTED,
    ACCEPTED,
    /** chronyd -p rejects the converted output. */
    CHRONYD_REJECTS_OUTPUT,
    /** chronyd accepts the output but ntplint's chrony-4.3 verdict rejects it. */
    NTPLINT_REJECTS_ACCEPTED_OUTPUT
  }

  record Result(NtpCase input, Outcome outcome, String detail) {

    boolean fails() {
      return outcome != Outcome.SKIPPED_INPUT_REJECTED && outcome != Outcome.ACCEPTED;
    }
  }

  @TempDir
  Path root;

  @Test
  void conversionsOfAcceptedNtpConfsPassChronydAndNtplint() throws Exception {
    Path chronyd = Chronyd.require();
    int cases = Integer.getInteger("ntplint.fidelity.convert.cases", DEFAULT_CASES);
    long seed = Long.getLong("ntplint.fidelity.convert.seed", ChronydFidelityTest.SEED);
    int threads = Integer.getInteger("ntplint.fidelity.convert.threads", 4);

    Map<Outcome, Integer> counts = new LinkedHashMap<>();
    List<Result> failures = new ArrayList<>();
    boolean[] shrinking = new boolean[1];
    Result[] smallest = new Result[1];
    long started = System.nanoTime();
    try (FidelityRun<NtpCase, Result> run = new FidelityRun<>(
        (c, dir, applyKnown) -> judge(chronyd, c, dir), "chronyd-convert", root, threads,
        64 * threads)) {
      QuickTheory qt = QuickTheory.qt().withFixedSeed(seed).withExamples(cases)
          .withShrinkCycles(50);
      run.prefetch(qt, NtpConfGen.cases());
      try {
        qt.forAll(NtpConfGen.cases()).checkAssert(c -> {
          Result r = run.take(c);
          if (!shrinking[0]) {
            synchronized (counts) {
              counts.merge(r.outcome(), 1, Integer::sum);
            }
          }
          if (r.fails()) {
            shrinking[0] = true;
            if (smallest[0] == null || Minimizer.size(c) < Minimizer.size(smallest[0].input())) {
              smallest[0] = r;
            }
            throw new AssertionError(r.outcome() + ": " + r.detail());
          }
        });
      } catch (AssertionError e) {
        if (smallest[0] == null) {
          throw e;
        }
        Result minimal = minimize(run, smallest[0]);
        failures.add(minimal);
        System.out.println("[fidelity-convert] minimal " + minimal.outcome() + ": "
            + minimal.input().describe() + "\n[fidelity-convert]   " + minimal.detail());
      } finally {
        print(counts, seed, threads, started);
      }
    }
    assertThat(failures).as("conversions chronyd or ntplint rejects (see [fidelity-convert])")
        .isEmpty();
    int judged = counts.values().stream().mapToInt(Integer::intValue).sum();
    // QuickTheories runs slightly fewer examples than asked on long runs (98.9 % of 30000 seen).
    assertThat(judged).isGreaterThan(cases * 98 / 100);
    // Both sides of the input verdict must be reached, or the property proves little.
    assertThat(counts.getOrDefault(Outcome.ACCEPTED, 0)).isGreaterThan(judged / 10);
    assertThat(counts.getOrDefault(Outcome.SKIPPED_INPUT_REJECTED, 0))
        .isGreaterThan(judged / 10);
  }

  /** Reads the case as ntplint --target ntpsec-1.2 would, converts it and asks both parsers. */
  static Result judge(Path chronyd, NtpCase c, Path dir) throws Exception {
    Path file = dir.resolve(NtpCase.MAIN);
    // Rooted in the case directory: an include of the generated file never reaches the host.
    NtpIncludes.Options options = new NtpIncludes.Options(NtpTarget.NTPSEC_1_2,
        NtpFiles.rooted(dir), "/");
    NtpConfigSet set = NtpIncludes.read(SourceFile.of(NtpCase.MAIN, Files.readAllBytes(file)),
        Optional.of(file), options);
    if (set.rejected()) {
      return new Result(c, Outcome.SKIPPED_INPUT_REJECTED, "");
    }
    Conversion conversion = NtpToChrony.convert(set,
        ChronyConversionOptions.defaults().withTarget(ChronyVersion.V4_3));
    Path out = dir.resolve("converted.chrony.conf");
    Files.writeString(out, conversion.output(), StandardCharsets.UTF_8);
    Chronyd.Verdict verdict = Chronyd.parse(chronyd, out, dir);
    var ours = ChronyConf.parse(SourceFile.of("converted.chrony.conf",
        conversion.output().getBytes(StandardCharsets.UTF_8)), ChronyVersion.V4_3);
    if (!verdict.accepted()) {
      return new Result(c, Outcome.CHRONYD_REJECTS_OUTPUT, "chronyd -p: "
          + verdict.stderr().strip() + "; ntplint --target chrony-4.3 "
          + (ours.rejected() ? "rejects it too" : "accepts it") + "\n" + conversion.output());
    }
    if (ours.rejected()) {
      return new Result(c, Outcome.NTPLINT_REJECTS_ACCEPTED_OUTPUT, ours.diagnostics() + "\n"
          + conversion.output());
    }
    return new Result(c, Outcome.ACCEPTED, "");
  }

  private static Result minimize(FidelityRun<NtpCase, Result> run, Result failing) {
    Minimizer<NtpCase> minimizer = new Minimizer<>(
        c -> run.take(c).outcome() == failing.outcome(), 200);
    return run.take(minimizer.minimize(failing.input()));
  }

  private static void print(Map<Outcome, Integer> counts, long seed, int threads, long started) {
    int accepted = counts.getOrDefault(Outcome.ACCEPTED, 0);
    int skipped = counts.getOrDefault(Outcome.SKIPPED_INPUT_REJECTED, 0);
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    int rejected = total - accepted - skipped;
    System.out.printf("[fidelity-convert] ntp.conf -> chrony.conf (chronyd 4.3 -p, ntplint"
        + " --target chrony-4.3): seed %d, %d threads, %d s%n", seed, threads,
        (System.nanoTime() - started) / 1_000_000_000L);
    System.out.printf("[fidelity-convert] cases %d: converted %d, accepted %d, rejected %d,"
        + " skipped %d (ntplint rejects the input for ntpsec-1.2)%n", total, total - skipped,
        accepted, rejected, skipped);
    counts.forEach((outcome, n) -> System.out.printf("[fidelity-convert]   %s: %d%n", outcome, n));
  }
}

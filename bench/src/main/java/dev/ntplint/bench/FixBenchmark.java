package dev.ntplint.bench;

import dev.ntplint.check.ConfigurationLinter;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.fix.FixResult;
import dev.ntplint.fix.FixedFile;
import dev.ntplint.fix.Fixer;
import dev.ntplint.fix.UnifiedDiff;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.rules.LintSettings;
import dev.ntplint.rules.Linter;
import dev.ntplint.rules.RuleRegistry;
import dev.ntplint.source.SourceFile;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code ntplint check --fix} and {@code --diff} in process, on the generated chrony.conf of
 * {@link ChronyParseBenchmark} (every size has a fix per ~80 bytes: its duplicate sources and
 * settings). bench/run-fix-scaling.sh prints the time per byte of each size (issue 8, P4: no
 * quadratic path, fixes included).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FixBenchmark {

  @Param("1000000")
  public int size;

  private byte[] bytes;

  /** The built-in rules over a root that holds no file: the generated file includes nothing. */
  private final ConfigurationLinter linter = ConfigurationLinter.chrony(
      new Linter(RuleRegistry.builtin()), LintSettings.defaults(),
      ConfinedFileSystem.unconfined(Path.of("/nonexistent-bench-root")), ChronyVersion.NEWEST);

  @Setup
  public void setup() {
    bytes = ChronyParseBenchmark.generate(size);
    if (!fix().changed()) {
      throw new IllegalStateException("the generated chrony.conf has nothing to fix");
    }
  }

  /** Every safe fix applied, pass after pass, each pass linted again. */
  @Benchmark
  public FixResult fix() {
    return new Fixer(linter, Fixer.Options.safe())
        .fix(SourceFile.of("/nonexistent-bench-root/chrony.conf", bytes), Optional.empty());
  }

  /** What {@code --diff} prints: the fixes, then the fixed file as a unified diff. */
  @Benchmark
  public int fixAndDiff() {
    int length = 0;
    for (FixedFile file : fix().files()) {
      length += UnifiedDiff.of(file).length;
    }
    return length;
  }
}

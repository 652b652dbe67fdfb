package dev.ntplint.bench;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.rules.LintSettings;
import dev.ntplint.rules.Linter;
import dev.ntplint.rules.RuleRegistry;
import dev.ntplint.source.SourceFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
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
 * Parse-and-print and parse-and-lint throughput of a large chrony.conf, against a raw
 * line-splitting floor over the same bytes. Every benchmark processes exactly {@link #size} bytes
 * per operation, so MB/s is {@code size × ops/s} (bench/run-parse.sh prints it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ChronyParseBenchmark {

  /** Exact size of the generated file in bytes. */
  @Param("1000000")
  public int size;

  private byte[] bytes;

  /** The built-in rules and the engine, as {@code ntplint check} uses them (built once). */
  private final Linter linter = new Linter(RuleRegistry.builtin());

  /** No include of the generated file exists: nothing outside it is read. */
  private final ChronyIncludeResolver resolver = new ChronyIncludeResolver(
      ConfinedFileSystem.unconfined(Path.of("/nonexistent-bench-root")), ChronyVersion.NEWEST);

  @Setup
  public void setup() {
    bytes = generate(size);
    byte[] printed = parseAndPrint();
    if (!Arrays.equals(printed, bytes)) {
      throw new IllegalStateException(
          "parse + print is not lossless on the generated file (" + printed.length + " bytes printed, "
              + bytes.length + " read)");
    }
  }

  @Benchmark
  public byte[] parseAndPrint() {
    var result = ChronyConf.parse(SourceFile.of("bench.conf", bytes));
    return result.config().syntax().print();
  }

  /** What {@code ntplint check} does with a file: read it (and its includes), run every rule. */
  @Benchmark
  public int parseAndLint() {
    return linter.lint(parse(), LintSettings.defaults()).findings().size();
  }

  /**
   * The first half of {@link #parseAndLint}: the file read into its model, no rule run. With it,
   * bench/run-scaling.sh tells the two halves' growth apart (issue 8, P4).
   */
  @Benchmark
  public ChronyConfigTree parse() {
    return resolver.resolve(SourceFile.of("/nonexistent-bench-root/chrony.conf", bytes));
  }

  /**
   * A model read once, for {@link #lint}: its own state, so that the other benchmarks' forks do
   * not keep a large file's model alive while they measure.
   */
  @State(Scope.Benchmark)
  public static class Parsed {
    ChronyConfigTree model;

    @Setup
    public void setup(ChronyParseBenchmark bench) {
      model = bench.parse();
    }
  }

  /**
   * The second half of {@link #parseAndLint} alone: every rule run over a model read once.
   * Measured directly, not as the difference of two benchmarks (issue 8, P4).
   */
  @Benchmark
  public int lint(Parsed parsed) {
    return linter.lint(parsed.model, LintSettings.defaults()).findings().size();
  }

  /** The floor: find every line end and split every line into blank-separated words. */
  @Benchmark
  public long splitLines() {
    return splitLines(bytes);
  }

  /** Counts lines and blank-separated words: what any reader of these files must at least do. */
  static long splitLines(byte[] b) {
    long lines = 0;
    long words = 0;
    long wordBytes = 0;
    int wordStart = -1;
    for (int i = 0; i < b.length; i++) {
      byte c = b[i];
      if (c == ' ' || c == '\t' || c == '\n') {
        if (wordStart >= 0) {
          words++;
          wordBytes += i - wordStart;
          wordStart = -1;
        }
        if (c == '\n') {
          lines++;
        }
      } else if (wordStart < 0) {
        wordStart = i;
      }
    }
    if (wordStart >= 0) {
      words++;
      wordBytes += b.length - wordStart;
    }
    return (lines << 42) ^ (words << 21) ^ wordBytes;
  }

  /**
   * A deterministic chrony.conf of exactly {@code size} bytes: a fixed-seed mix of comments, blank
   * lines and common directives, padded at the end with one comment line.
   */
  static byte[] generate(int size) {
    Random random = new Random(20240101L);
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    int n = 0;
    while (size - out.size() > 200) {
      n++;
      String line;
      int pick = random.nextInt(100);
      if (pick < 20) {
        line = "# comment " + n + ": servers are listed in order of preference";
      } else if (pick < 30) {
        line = "";
      } else if (pick < 55) {
        line = "server ntp" + (n % 64) + ".example.com iburst minpoll 4 maxpoll 9";
      } else if (pick < 62) {
        line = "pool pool.ntp.org iburst maxsources 4";
      } else if (pick < 80) {
        line = "allow 192.168." + (n % 256) + ".0/24";
      } else if (pick < 84) {
        line = "driftfile /var/lib/chrony/drift";
      } else if (pick < 88) {
        line = "makestep 1.0 3";
      } else if (pick < 92) {
        line = "refclock PHC /dev/ptp0 poll 3 dpoll -2 offset 0";
      } else if (pick < 94) {
        line = "local stratum 10";
      } else if (pick < 97) {
        line = "log tracking measurements statistics";
      } else {
        line = "ratelimit interval 3 burst 8";
      }
      out.writeBytes((line + "\n").getBytes(StandardCharsets.US_ASCII));
    }
    int rest = size - out.size();
    if (rest > 0) {
      // "#" + filler + "\n" (or a lone "\n" when one byte is left).
      String pad = rest == 1 ? "\n" : "#" + "-".repeat(rest - 2) + "\n";
      out.writeBytes(pad.getBytes(StandardCharsets.US_ASCII));
    }
    return out.toByteArray();
  }
}

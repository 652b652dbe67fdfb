package dev.ntplint.bench;

import dev.ntplint.ntp.NtpConf;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpIncludes;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.rules.LintSettings;
import dev.ntplint.rules.Linter;
import dev.ntplint.rules.RuleRegistry;
import dev.ntplint.source.SourceFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
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
 * Parse-and-print and parse-and-lint throughput of a large ntp.conf (both flavours' grammar:
 * target "any"), against the same line-splitting floor as {@link ChronyParseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NtpParseBenchmark {

  /** Exact size of the generated file in bytes. */
  @Param("1000000")
  public int size;

  private byte[] bytes;

  /** The built-in rules and the engine, as {@code ntplint check} uses them (built once). */
  private final Linter linter = new Linter(RuleRegistry.builtin());

  @Setup
  public void setup() {
    bytes = generate(size);
    if (!Arrays.equals(parseAndPrint(), bytes)) {
      throw new IllegalStateException("parse + print is not lossless on the generated ntp.conf");
    }
  }

  @Benchmark
  public byte[] parseAndPrint() {
    return NtpConf.parse(SourceFile.of("bench.conf", bytes), NtpTarget.ANY).config().print();
  }

  /** What {@code ntplint check} does with a file: read it (and its includes), run every rule. */
  @Benchmark
  public int parseAndLint() {
    return linter.lint(parse(), LintSettings.defaults()).findings().size();
  }

  /** The first half of {@link #parseAndLint}: the file read into its model, no rule run. */
  @Benchmark
  public NtpConfigSet parse() {
    return NtpIncludes.read(SourceFile.of("bench.conf", bytes), Optional.empty(),
        NtpIncludes.Options.of(NtpTarget.ANY));
  }

  /**
   * A model read once, for {@link #lint}: its own state, so that the other benchmarks' forks do
   * not keep a large file's model alive while they measure.
   */
  @State(Scope.Benchmark)
  public static class Parsed {
    NtpConfigSet model;

    @Setup
    public void setup(NtpParseBenchmark bench) {
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

  @Benchmark
  public long splitLines() {
    return ChronyParseBenchmark.splitLines(bytes);
  }

  /** A deterministic ntp.conf of exactly {@code size} bytes. */
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
      } else if (pick < 28) {
        line = "";
      } else if (pick < 50) {
        line = "server ntp" + (n % 64) + ".example.com iburst minpoll 4 maxpoll 9 # site " + n;
      } else if (pick < 55) {
        line = "pool 0.debian.pool.ntp.org iburst";
      } else if (pick < 72) {
        line = "restrict 192.168." + (n % 256) + ".0 mask 255.255.255.0 nomodify notrap";
      } else if (pick < 76) {
        line = "restrict default kod limited nomodify nopeer noquery";
      } else if (pick < 80) {
        line = "driftfile /var/lib/ntp/ntp.drift";
      } else if (pick < 84) {
        line = "statistics loopstats peerstats clockstats";
      } else if (pick < 88) {
        line = "filegen loopstats file loopstats type day enable";
      } else if (pick < 92) {
        line = "server 127.127.28.0 minpoll 4 maxpoll 4";
      } else if (pick < 96) {
        line = "fudge 127.127.28.0 time1 0.420 refid GPS stratum 10";
      } else {
        line = "tos orphan 10 minsane 2";
      }
      out.writeBytes((line + "\n").getBytes(StandardCharsets.US_ASCII));
    }
    int rest = size - out.size();
    if (rest > 0) {
      String pad = rest == 1 ? "\n" : "#" + "-".repeat(rest - 2) + "\n";
      out.writeBytes(pad.getBytes(StandardCharsets.US_ASCII));
    }
    return out.toByteArray();
  }
}

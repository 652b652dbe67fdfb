package dev.ntplint.bench;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.convert.ChronyConversionOptions;
import dev.ntplint.convert.Conversion;
import dev.ntplint.convert.Distro;
import dev.ntplint.convert.NtpConversionOptions;
import dev.ntplint.convert.tochrony.NtpToChrony;
import dev.ntplint.convert.tontp.ChronyToNtp;
import dev.ntplint.ntp.NtpFlavour;
import dev.ntplint.ntp.NtpIncludes;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.source.SourceFile;
import java.io.StringWriter;
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
 * {@code ntplint convert} in process, both ways, on the generated files of {@link
 * NtpParseBenchmark} and {@link ChronyParseBenchmark}: the conversion and its text report, as the
 * command writes them. bench/run-fix-scaling.sh prints the time per byte of each size (issue 8,
 * P4: no quadratic path; P5 measures batches of small files).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConvertBenchmark {

  @Param("1000000")
  public int size;

  private byte[] ntpConf;
  private byte[] chronyConf;

  @Setup
  public void setup() {
    ntpConf = NtpParseBenchmark.generate(size);
    chronyConf = ChronyParseBenchmark.generate(size);
  }

  /** The characters written: the converted file and the report. */
  private static int written(Conversion c) {
    StringWriter report = new StringWriter();
    c.report().writeText(report);
    return c.output().length() + report.getBuffer().length();
  }

  @Benchmark
  public int ntpToChrony() {
    var set = NtpIncludes.read(SourceFile.of("bench.conf", ntpConf), Optional.empty(),
        NtpIncludes.Options.of(NtpTarget.ANY));
    return written(NtpToChrony.convert(set, ChronyConversionOptions.defaults()));
  }

  @Benchmark
  public int chronyToNtp() {
    var config = ChronyConf.parse(SourceFile.of("bench.conf", chronyConf), ChronyVersion.NEWEST)
        .config();
    return written(ChronyToNtp.convert(config, Optional.empty(),
        new NtpConversionOptions(NtpFlavour.CLASSIC, Distro.DEBIAN)));
  }
}

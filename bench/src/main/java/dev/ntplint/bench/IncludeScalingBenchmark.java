package dev.ntplint.bench;

import dev.ntplint.check.ConfigurationLinter;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.rules.LintSettings;
import dev.ntplint.rules.Linter;
import dev.ntplint.rules.RuleRegistry;
import dev.ntplint.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 8, P4's second half: "includes and rules have no quadratic path". One configuration that
 * includes {@code files} small files, read from a directory on disk (a root, as {@code ntplint
 * check --root} reads one) and linted as {@code ntplint check} lints it:
 *
 * <ul>
 *   <li>chrony.conf: {@code confdir /etc/chrony/conf.d} over that many {@code .conf} files;
 *   <li>ntp.conf: that many {@code includefile} lines, one per file.
 * </ul>
 *
 * <p>Every included file holds a server of its own, an access rule of its own and a setting that
 * every other file repeats, so that the rules that compare lines across files (duplicate sources
 * and settings, the access policy) have work that grows with the number of files.
 * bench/run-include-scaling.sh prints the time per included file of each count and the spread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IncludeScalingBenchmark {

  @Param("1000")
  public int files;

  @Param({"chrony", "ntp"})
  public String dialect;

  private Path root;
  private SourceFile main;
  private ConfigurationLinter linter;

  @Setup(Level.Trial)
  public void setup() throws IOException {
    root = Files.createTempDirectory("ntplint-include-bench");
    Linter rules = new Linter(RuleRegistry.builtin());
    if (dialect.equals("chrony")) {
      main = write("etc/chrony/chrony.conf", chronyMain());
      for (int k = 0; k < files; k++) {
        write("etc/chrony/conf.d/" + name(k), chronyPart(k));
      }
      linter = ConfigurationLinter.chrony(rules, LintSettings.defaults(),
          ConfinedFileSystem.rooted(root), ChronyVersion.NEWEST);
    } else {
      main = write("etc/ntp.conf", ntpMain(files));
      for (int k = 0; k < files; k++) {
        write("etc/ntp/" + name(k), ntpPart(k));
      }
      linter = ConfigurationLinter.ntp(rules, LintSettings.defaults(), NtpFiles.rooted(root),
          NtpTarget.ANY);
    }
    int read = lint();
    if (read != files + 1) {
      throw new IllegalStateException("read " + read + " files, not the main file and " + files);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** The configuration and what it includes read and linted; the number of files read. */
  @Benchmark
  public int lint() {
    return linter.lint(main, Optional.empty()).result().files().size();
  }

  private SourceFile write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    Files.write(file, bytes);
    return SourceFile.of("/" + path, bytes);
  }

  private static String name(int k) {
    return String.format("%05d.conf", k);
  }

  private static String chronyMain() {
    return "# the parts are in conf.d\ndriftfile /var/lib/chrony/drift\nconfdir /etc/chrony/conf.d\n";
  }

  private static String chronyPart(int k) {
    return "# part " + k + ": one server and its clients\n"
        + "server ntp" + k + ".example.com iburst minpoll 4 maxpoll 9\n"
        + "allow 10." + (k / 256 % 256) + "." + (k % 256) + ".0/24\n"
        + "makestep 1.0 3\n";
  }

  private static String ntpMain(int files) {
    StringBuilder text = new StringBuilder("# the parts are in /etc/ntp\n"
        + "driftfile /var/lib/ntp/drift\n"
        + "restrict default kod limited nomodify nopeer noquery notrap\n");
    for (int k = 0; k < files; k++) {
      text.append("includefile /etc/ntp/").append(name(k)).append('\n');
    }
    return text.toString();
  }

  private static String ntpPart(int k) {
    return "# part " + k + ": one server and its clients\n"
        + "server ntp" + k + ".example.com iburst minpoll 4 maxpoll 9\n"
        + "restrict 10." + (k / 256 % 256) + "." + (k % 256) + ".0 mask 255.255.255.0 nomodify\n"
        + "driftfile /var/lib/ntp/drift\n";
  }
}

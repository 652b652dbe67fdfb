package dev.ntplint.testing;

import dev.ntplint.chrony.ChronyVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The real chronyd as a parse-only oracle. It is only ever run as {@code chronyd -p -f FILE}
 * (parse, print, exit), with a time limit; never as a daemon.
 */
public final class Chronyd {

  /** What chronyd -p said about a file. */
  public record Verdict(int exitCode, byte[] stdout, String stderr) {
    public boolean accepted() {
      return exitCode == 0;
    }

    /** The line of the fatal error, when stderr names one. */
    public Optional<Integer> errorLine() {
      Matcher m = Pattern.compile("at line (\\d+)").matcher(stderr);
      return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
  }

  private static final Path[] CANDIDATES = {Path.of("/usr/sbin/chronyd"), Path.of("/usr/bin/chronyd")};

  private Chronyd() {}

  /** The chronyd binary, or a skip (a failure when CI requires the oracles). */
  public static Path require() {
    for (Path p : CANDIDATES) {
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    if (TestPaths.oraclesRequired()) {
      throw new AssertionError("chronyd is required (-Dntplint.oracles=required) but not installed;"
          + " run scripts/install-oracles.sh");
    }
    Assumptions.abort("chronyd not installed (run scripts/install-oracles.sh)");
    return null;
  }

  /** The installed chronyd's release as a target, e.g. 4.3 on Debian 12. */
  public static ChronyVersion version(Path chronyd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(chronyd.toString(), "-v").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(10, TimeUnit.SECONDS);
    Matcher m = Pattern.compile("version (\\d+\\.\\d+(\\.\\d+)?)").matcher(out);
    if (!m.find()) {
      throw new AssertionError("cannot read chronyd's version from: " + out);
    }
    return ChronyVersion.parseTarget(m.group(1))
        .orElseThrow(() -> new AssertionError("chronyd " + m.group(1) + " is not a known target"));
  }

  /** Runs {@code chronyd -p -f file} in {@code workDir} (relative includes resolve there). */
  public static Verdict parse(Path chronyd, Path file, Path workDir)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(List.of(chronyd.toString(), "-p", "-f",
        file.toAbsolutePath().toString()));
    pb.directory(workDir.toFile());
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(20, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chronyd -p did not finish in 20 s on " + file);
    }
    return new Verdict(p.exitValue(), out, err);
  }
}

package dev.ntplint.ntp;

import dev.ntplint.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * NTPsec's ntpd as a parse-only oracle, always run through the project's
 * {@code scripts/ntpsec-parse.sh} (isolated: read-only mounts, no network, no IPC, no right to set
 * the clock, a hard time limit); never any other way.
 */
public final class Ntpsec {

  /** The script's exit status when the oracle is missing or cannot be isolated here. */
  static final int UNAVAILABLE = 77;

  /** What NTPsec logged about one file. */
  public record Verdict(DaemonLog log, List<String> messages, String output) {

    public boolean rejected() {
      return log.rejected();
    }

    /** The driver NTPsec exited on ("Unknown driver name X"), if it did. */
    public Optional<String> unknownDriver() {
      for (String m : messages) {
        Matcher x = Pattern.compile("Unknown driver name (\\S+)").matcher(m);
        if (x.find()) {
          return Optional.of(x.group(1));
        }
      }
      return Optional.empty();
    }

    /**
     * The sources NTPsec did not add because an earlier line has their address ("configpeers:
     * Ignoring duplicate 'X'"), each as it quotes it, in its order.
     */
    public List<String> ignoredDuplicates() {
      List<String> addresses = new ArrayList<>();
      for (String m : messages) {
        Matcher x = IGNORED_DUPLICATE.matcher(m);
        if (x.matches()) {
          addresses.add(x.group(1));
        }
      }
      return addresses;
    }

    /** How many associations NTPsec made (with {@code -D 1} it logs "newpeer:" for each). */
    public long associationsMade() {
      return output.lines().filter(l -> l.startsWith("newpeer:")).count();
    }
  }

  private static final Pattern IGNORED_DUPLICATE =
      Pattern.compile("^CONFIG: configpeers: Ignoring duplicate '(.*)'$");
  private static final Pattern YYERROR =
      Pattern.compile("^CONFIG: line (\\d+) column -?\\d+ syntax error$");
  private static final Pattern RECOVERED =
      Pattern.compile("^CONFIG: syntax error in .* line (\\d+), column -?\\d+$");

  private Ntpsec() {}

  static Path script() {
    return TestPaths.testdata().toAbsolutePath().getParent().resolve("scripts")
        .resolve("ntpsec-parse.sh");
  }

  /**
   * Checks that the oracle can run here, running it once on a probe file. Skips the test (or fails
   * it when CI asked for the oracles with -Dntplint.oracles=required) when it cannot.
   */
  public static void require(Path probeDir) throws IOException, InterruptedException {
    Path script = script();
    String why = null;
    if (!Files.isExecutable(script)) {
      why = "scripts/ntpsec-parse.sh not found or not executable at " + script;
    } else {
      Path probe = probeDir.resolve("probe.conf");
      Files.writeString(probe, "server 127.0.0.1\n");
      Run run = run(probe);
      if (run.exitCode == UNAVAILABLE) {
        why = "NTPsec oracle unavailable: " + run.stderr.strip();
      } else if (run.exitCode != 0) {
        why = "scripts/ntpsec-parse.sh failed (" + run.exitCode + "): " + run.stderr.strip();
      }
    }
    if (why != null) {
      if (TestPaths.oraclesRequired()) {
        throw new AssertionError("the NTPsec oracle is required (-Dntplint.oracles=required) but "
            + why + " (install it with scripts/install-oracles.sh; it needs root and namespaces)");
      }
      Assumptions.abort(why + " (run scripts/install-oracles.sh as root; exit 77 means this"
          + " machine cannot isolate ntpd, so it is not run at all)");
    }
  }

  private record Run(int exitCode, String stdout, String stderr) {}

  private static Run run(Path file) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(script().toString(), file.toAbsolutePath().toString());
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Path err = Files.createTempFile("ntpsec", ".err");
    pb.redirectError(err.toFile());
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("scripts/ntpsec-parse.sh did not finish in 60 s on " + file);
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    Files.deleteIfExists(err);
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), stderr);
  }

  /**
   * Runs NTPsec on {@code file} and reads its log. ntpd always logs "readconfig: parsing file"
   * before it reads a configuration; under heavy load it may not get that far within the script's
   * time limit, and such a run says nothing about the file, so it is retried once.
   */
  public static Verdict parse(Path file) throws IOException, InterruptedException {
    Run run = run(file);
    if (run.exitCode == 0 && !run.stdout.contains("readconfig: parsing file")) {
      run = run(file);
    }
    if (run.exitCode != 0) {
      throw new AssertionError("scripts/ntpsec-parse.sh exited " + run.exitCode + " on " + file
          + ": " + run.stderr);
    }
    List<String> messages = messages(run.stdout);
    List<Integer> yyerrors = new ArrayList<>();
    List<Integer> recovered = new ArrayList<>();
    for (String m : messages) {
      Matcher x = YYERROR.matcher(m);
      if (x.matches()) {
        yyerrors.add(Integer.parseInt(x.group(1)));
      }
      x = RECOVERED.matcher(m);
      if (x.matches()) {
        recovered.add(Integer.parseInt(x.group(1)));
      }
    }
    boolean finished = run.stdout.contains("Finished Parsing!!");
    return new Verdict(new DaemonLog(yyerrors, recovered, finished), messages, run.stdout);
  }

  /**
   * The log messages without their time stamps, each once: ntpd writes every message to two
   * places, so each appears twice in a row.
   */
  static List<String> messages(String output) {
    List<String> raw = new ArrayList<>();
    for (String line : output.split("\n", -1)) {
      int i = line.indexOf("]: ");
      raw.add(i >= 0 && line.matches("^\\d{4}-\\d\\d-\\d\\dT.*") ? line.substring(i + 3) : line);
    }
    List<String> result = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      result.add(raw.get(i));
      if (i + 1 < raw.size() && raw.get(i + 1).equals(raw.get(i))
          && raw.get(i).startsWith("CONFIG: ")) {
        i++;
      }
    }
    return result;
  }
}

package dev.ntplint.chrony.include;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.source.Word;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The installed chronyd as a test oracle, used only as {@code chronyd -p -f FILE} (parse, print
 * the flattened configuration, exit), with the working directory set to the test tree because
 * chronyd resolves relative include paths against its working directory.
 *
 * <p>When chronyd is not on the PATH the oracle tests are skipped, unless the system property
 * {@code ntplint.oracles} is {@code required}: then they fail, so that a CI job meant to check
 * against chronyd cannot pass silently without it.
 */
final class ChronydOracle {

  /** The outcome of one {@code chronyd -p} run. */
  record Run(int exitCode, List<String> stdout, String stderr) {}

  private static final long TIMEOUT_SECONDS = 60;

  private final Path executable;

  private ChronydOracle(Path executable) {
    this.executable = executable;
  }

  /** The chronyd on the PATH, if any. */
  static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "chronyd");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The oracle; skips the calling test without chronyd, or fails it when oracles are required. */
  static ChronydOracle require() {
    Optional<Path> found = find();
    if (found.isEmpty()) {
      String message = "chronyd is not on the PATH: the chronyd -p oracle cannot run";
      if ("required".equals(System.getProperty("ntplint.oracles"))) {
        fail(message + " (ntplint.oracles=required)");
      }
      Assumptions.abort(message);
    }
    return new ChronydOracle(found.get());
  }

  /** Runs {@code chronyd -p -f MAIN} in {@code workingDirectory}. */
  Run parse(Path workingDirectory, String main) {
    ProcessBuilder builder = new ProcessBuilder(executable.toString(), "-p", "-f", main)
        .directory(workingDirectory.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    try {
      Process process = builder.start();
      CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process
          .getInputStream()));
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process
          .getErrorStream()));
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("chronyd -p -f " + main + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      String stdout = new String(out.join(), StandardCharsets.UTF_8);
      List<String> lines = stdout.isEmpty() ? List.of() : List.of(stdout.split("\n", -1));
      if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
        lines = lines.subList(0, lines.size() - 1);
      }
      return new Run(process.exitValue(), lines, new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("could not run " + executable, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /**
   * What {@code chronyd -p} prints for a configuration that it accepts: one line per directive in
   * reading order, include and confdir lines replaced by the files they pull in, each line the
   * directive name as written, a space and the arguments separated by single spaces.
   */
  static List<String> echoed(ChronyConfigTree tree) {
    List<String> lines = new ArrayList<>();
    for (ChronyDirective d : tree.directives()) {
      StringBuilder sb = new StringBuilder(d.syntax().name().text());
      for (Word w : d.syntax().arguments()) {
        sb.append(' ').append(w.text());
      }
      lines.add(sb.toString());
    }
    return lines;
  }

  /**
   * Checks the resolver against chronyd: both accept or both reject; when chronyd accepts, it
   * prints exactly the resolver's directives in the resolver's order; when it rejects, what it
   * printed before stopping is the start of the resolver's order (except after an include cycle,
   * which chronyd follows until its level limit).
   *
   * @return chronyd's run, for further checks of its message
   */
  Run assertAgrees(Path workingDirectory, String main, ChronyConfigTree tree) {
    Run run = parse(workingDirectory, main);
    List<String> expected = echoed(tree);
    if (run.exitCode() == 0) {
      assertThat(tree.rejected())
          .as("chronyd accepts %s, so the tree must not be rejected: %s", main,
              tree.allDiagnostics())
          .isFalse();
      assertThat(run.stdout()).as("chronyd -p output for %s", main).isEqualTo(expected);
    } else {
      assertThat(run.exitCode()).as("chronyd exit status; stderr: %s", run.stderr()).isEqualTo(1);
      assertThat(tree.rejected())
          .as("chronyd rejects %s (%s), so must the tree", main, run.stderr().strip())
          .isTrue();
      // With an include cycle chronyd prints the cycle again and again until the level limit.
      boolean cycle = tree.allDiagnostics().stream().anyMatch(d -> d.code().equals("CP304"));
      if (!run.stdout().isEmpty() && !cycle) {
        assertThat(expected).as("chronyd's output before it stopped").startsWith(
            run.stdout().toArray(new String[0]));
      }
    }
    return run;
  }
}

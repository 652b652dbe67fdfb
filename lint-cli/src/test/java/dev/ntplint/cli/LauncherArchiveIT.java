package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's AppCDS archive, made and mapped by the real JVM (issue 8, P1): runs after
 * {@code package}, on the shaded jar. {@code LauncherStalenessTest} checks which commands the
 * launcher runs; this checks that the JVM accepts them and that the archive holds what the
 * launcher records it for: the plain check path and picocli, whose Java 5 class files only a
 * static archive can hold in JDK 17.
 */
class LauncherArchiveIT {

  private static final Path TOP = Path.of("..").toAbsolutePath().normalize();
  private static final Path JAR = TOP.resolve("lint-cli/target/ntplint.jar");
  private static final Path ARCHIVE = TOP.resolve("lint-cli/target/ntplint.jsa");
  private static final Path TRAINING = TOP.resolve("lint-cli/src/cds-training");

  @TempDir
  Path scratch;

  @Test
  void theFirstRunDumpsAnArchiveThatHoldsThePlainPathAndPicocli() throws Exception {
    assertThat(JAR).as("run by failsafe after package").isRegularFile();
    Files.deleteIfExists(ARCHIVE);

    Run first = run(List.of("bash", TOP.resolve("ntplint").toString(), "check",
        TRAINING.resolve("chrony.conf").toString()));
    assertThat(first.exit).as(first.output).isIn(0, 1);
    assertThat(first.output).contains("chrony.conf:");
    assertThat(ARCHIVE).isRegularFile();
    assertThat(Files.getLastModifiedTime(ARCHIVE)).isGreaterThan(Files.getLastModifiedTime(JAR));
    try (var left = Files.list(ARCHIVE.getParent())) {
      assertThat(left.map(path -> path.getFileName().toString()))
          .as("no class list or half-written archive left behind")
          .noneMatch(name -> name.startsWith("ntplint.jsa."));
    }

    String plain = mapped("check", TRAINING.resolve("ntp.conf").toString());
    assertThat(plain).contains("dev.ntplint.cli.NtplintMain source: shared objects file")
        .contains("dev.ntplint.rules.Linter source: shared objects file")
        .as("every lambda of a training file archived, one written at several call sites too")
        .doesNotContainPattern("dev\\.ntplint\\.\\S+\\$\\$Lambda\\S+ source: dev\\.ntplint");
    String throughPicocli = mapped("check", "--format=sarif", "--", TRAINING.resolve("ntp.conf")
        .toString());
    assertThat(throughPicocli).contains("picocli.CommandLine source: shared objects file")
        .contains("dev.ntplint.cli.CheckCommand source: shared objects file");

    // Every rule's fixture at once: classes that no training file reaches (other rules'
    // findings, fixes, keys files) are archived all the same, as every class of ntplint's own,
    // so even such a run never opens the jar.
    List<String> fixtures = new ArrayList<>(List.of("check"));
    try (var files = Files.walk(TOP.resolve("testdata/rules"))) {
      files.filter(path -> path.toString().endsWith(".conf"))
          .forEach(path -> fixtures.add(path.toString()));
    }
    assertThat(fixtures).hasSizeGreaterThan(50);
    assertThat(mapped(fixtures.toArray(String[]::new)))
        .contains("dev.ntplint.rules.discipline.RelativePath source: shared objects file")
        .doesNotContainPattern("dev\\.ntplint\\.\\S+ source: (file|jar):");
  }

  /** The class-loading log of ntplint run with the archive, which the JVM must map. */
  private String mapped(String... args) throws IOException, InterruptedException {
    // -Xshare:on: the JVM refuses to start rather than run without the archive.
    List<String> java = new ArrayList<>(List.of("java", "-Xshare:on",
        "-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:class+load=info", "-cp", JAR.toString(),
        "dev.ntplint.cli.NtplintMain"));
    java.addAll(List.of(args));
    Run run = run(java);
    assertThat(run.exit).as(run.output).isIn(0, 1);
    return run.output;
  }

  private record Run(int exit, String output) {}

  /** Runs the command with a {@code mvn} that fails: the launcher must not build again here. */
  private Run run(List<String> command) throws IOException, InterruptedException {
    Path bin = Files.createDirectories(scratch.resolve("bin"));
    Path mvn = bin.resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\necho 'the launcher tried to build the jar' >&2\nexit 3\n");
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path output = scratch.resolve("output.txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(TOP.toFile())
        .redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    return new Run(process.exitValue(), Files.readString(output));
  }
}

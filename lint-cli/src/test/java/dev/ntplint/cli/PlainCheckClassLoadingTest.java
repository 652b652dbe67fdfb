package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit form {@code ntplint check FILE} loads no picocli class at all (issue 8, P1):
 * picocli's class files cannot go into the AppCDS archive, so each one loaded is parsed and
 * verified on every run. Checked in a fresh JVM, where a public method of {@link NtplintMain}
 * mentioning a picocli type (resolved by the java launcher's look-up of {@code main}) or a
 * static initialiser touching picocli shows up in the class-loading log.
 */
class PlainCheckClassLoadingTest {

  @TempDir
  Path dir;

  @Test
  void aPlainCheckLoadsNoPicocliClassButOneThroughPicocliDoes() throws Exception {
    Path conf = dir.resolve("chrony.conf");
    Files.writeString(conf, "pool 2.pool.ntp.org iburst\ndriftfile /var/lib/chrony/drift\n");

    List<String> plain = loadedClasses("check", conf.toString());
    assertThat(plain).as("the run happened").contains("dev.ntplint.cli.PlainCheck");
    assertThat(plain).noneMatch(c -> c.startsWith("picocli."));

    // Nor does one with check options that PlainCheck reads.
    assertThat(loadedClasses("check", "--format=json", "--no-config", conf.toString()))
        .noneMatch(c -> c.startsWith("picocli."));
    // The probe can see picocli when it is loaded: -- sends the run through picocli.
    assertThat(loadedClasses("check", "--format=json", "--", conf.toString()))
        .contains("picocli.CommandLine");
  }

  /**
   * A record's generated {@code equals}/{@code hashCode} bootstrap through {@code ObjectMethods}
   * on first use, which spins dozens of method-handle classes that the AppCDS archive cannot hold
   * (~0.1 s of an ntp.conf check, issue 8, P1): the check path of either dialect must not call one.
   * The training files are the archive's: typical and sparse files of both dialects, with findings
   * and diagnostics.
   */
  @Test
  void checkingTheTrainingFilesCallsNoRecordsGeneratedEqualsOrHashCode() throws Exception {
    try (var files = Files.list(Path.of("src/cds-training"))) {
      for (Path training : files.sorted().toList()) {
        assertThat(loadedClasses("check", training.toString()))
            .as(training.toString())
            .contains("dev.ntplint.cli.PlainCheck")
            .noneMatch(c -> c.startsWith("java.lang.runtime.ObjectMethods"));
      }
    }
  }

  /** The classes a fresh JVM loads running ntplint with these arguments. */
  private List<String> loadedClasses(String... args) throws Exception {
    return FreshJvm.loadedClasses(dir, NtplintMain.class.getName(), args);
  }
}

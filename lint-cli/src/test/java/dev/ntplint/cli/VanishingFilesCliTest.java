package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI on files that are gone by the time they are read, made deterministic without races: a
 * path that no longer exists, and a dangling symbolic link, which the directory listing of an
 * include glob sees while the read finds nothing (the state of a file removed between the two).
 * Expected: an exit code, a one-line message or a diagnostic at the include line, no stack trace.
 * (The window between the checks and the open is tested in the library:
 * FilesChangingWhileReadTest.)
 */
class VanishingFilesCliTest {

  @TempDir
  Path dir;

  private static void noStackTrace(Run run) {
    assertThat(run.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  /** Exit code 2 and one line naming the file, nothing else. */
  private static void refusedInOneLine(Run run, String name) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr().lines()).singleElement().asString().contains(name);
    noStackTrace(run);
  }

  @Test
  void checkOfAFileThatIsGoneExitsTwoWithOneLine() throws Exception {
    Path gone = Files.writeString(dir.resolve("chrony.conf"), "server 192.0.2.1\n");
    Files.delete(gone);

    refusedInOneLine(CliTest.run("check", "--no-config", gone.toString()), "chrony.conf");
  }

  @Test
  void checkOfADanglingSymlinkExitsTwoWithOneLine() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("chrony.conf"), dir.resolve("removed.conf"));

    refusedInOneLine(CliTest.run("check", "--no-config", link.toString()), "chrony.conf");
  }

  @Test
  void anIncludedFileGoneAfterTheListingIsADiagnosticAtTheIncludeLine() throws Exception {
    Path confd = Files.createDirectories(dir.resolve("chrony.d"));
    Files.writeString(confd.resolve("a.conf"), "server 192.0.2.10 iburst\n");
    Files.createSymbolicLink(confd.resolve("b.conf"), confd.resolve("removed.conf"));
    Path main = Files.writeString(dir.resolve("chrony.conf"),
        "server 192.0.2.1 iburst\ninclude " + confd + "/*.conf\n");

    Run run = CliTest.run("check", "--no-config", "--format", "text", main.toString());

    assertThat(run.exitCode()).isIn(0, 1);
    assertThat(run.out()).contains(main + ":2:9: ").contains("b.conf");
    noStackTrace(run);
  }

  @Test
  void convertOfAFileThatIsGoneExitsTwoWithOneLine() throws Exception {
    Path gone = dir.resolve("ntp.conf");

    refusedInOneLine(CliTest.run("convert", "--to", "chrony", gone.toString()), "ntp.conf");
  }
}

package dev.ntplint.cli;

import static dev.ntplint.cli.CheckCommandTest.run;
import static dev.ntplint.cli.CheckCommandTest.runWithStdin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.cli.CheckCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ntplint check --fix / --unsafe-fixes / --diff}: what is written, printed and exited. */
class CheckFixTest {

  /** A good client but for its pool line, which lacks iburst (a safe fix). */
  static final String NO_IBURST = CheckCommandTest.GOOD.replace(" iburst", "");

  @TempDir
  Path dir;

  Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> !Files.isDirectory(p)).map(p -> folder.relativize(p).toString())
          .sorted().toList();
    }
  }

  @Test
  void fixWritesTheFileListsTheFixesAndExitsByWhatRemains() throws Exception {
    Path file = write("chrony.conf", NO_IBURST);
    Run r = run("check", "--no-config", "--fail-level", "info", "--fix", file.toString());
    assertThat(Files.readString(file)).isEqualTo(CheckCommandTest.GOOD);
    assertThat(r.err()).contains(file + ":1: fixed NTP117 (missing-iburst): add iburst")
        .contains("applied 1 fix in 1 file");
    assertThat(r.exitCode()).as("nothing remains, even at fail level info").isZero();
    assertThat(filesIn(dir)).as("no temporary file left").containsExactly("chrony.conf");
  }

  @Test
  void remainingFindingsDecideTheExitCodeAfterFixing() throws Exception {
    Path file = write("chrony.conf", NO_IBURST.replace("pool 2.pool.ntp.org",
        "server ntp.example.com"));
    Run r = run("check", "--no-config", "--fix", file.toString());
    assertThat(Files.readString(file)).startsWith("server ntp.example.com iburst\n");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("[NTP101 single-source]").doesNotContain("NTP117");
  }

  @Test
  void fixKeepsModeAndOwner() throws Exception {
    Path file = write("chrony.conf", NO_IBURST);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    UserPrincipal owner = Files.getOwner(file);
    try {
      // As root (CI), give the file to another user: the fix must keep that owner too.
      owner = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
      Files.setOwner(file, owner);
    } catch (IOException | SecurityException e) {
      // Not root: the file keeps the current user, which the fix must keep as well.
    }
    UserPrincipal expected = Files.getOwner(file);
    assertThat(run("check", "--no-config", "--fix", file.toString()).exitCode()).isZero();
    assertThat(Files.readString(file)).isEqualTo(CheckCommandTest.GOOD);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
    assertThat(Files.getOwner(file)).isEqualTo(expected);
  }

  @Test
  void fixWritesThroughASymbolicLinkAndKeepsTheLink() throws Exception {
    Path real = write("real/chrony.conf", NO_IBURST);
    Path link = dir.resolve("chrony.conf");
    Files.createSymbolicLink(link, Path.of("real/chrony.conf"));
    assertThat(run("check", "--no-config", "--fix", link.toString()).exitCode()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real/chrony.conf"));
    assertThat(Files.readString(real)).isEqualTo(CheckCommandTest.GOOD);
    assertThat(filesIn(dir)).containsExactly("chrony.conf", "real/chrony.conf");
  }

  @Test
  void fixInAnIncludedFileIsWrittenToThatFile() throws Exception {
    Path servers = write("chrony.d/servers.conf", "# from DHCP\r\nserver 192.0.2.1\r\n");
    String main = CheckCommandTest.GOOD + "include " + servers + "\n";
    Path file = write("chrony.conf", main);
    Run r = run("check", "--no-config", "--fix", file.toString());
    assertThat(Files.readString(servers)).isEqualTo("# from DHCP\r\nserver 192.0.2.1 iburst\r\n");
    assertThat(Files.readString(file)).isEqualTo(main);
    assertThat(r.err()).contains(servers + ":2: fixed NTP117").contains("in 1 file");
  }

  @Test
  void diffPrintsAUnifiedDiffWritesNothingAndExitsOne() throws Exception {
    Path file = write("chrony.conf", NO_IBURST);
    Run r = run("check", "--no-config", "--diff", file.toString());
    assertThat(Files.readString(file)).isEqualTo(NO_IBURST);
    String name = file.toString().substring(1);
    assertThat(r.out()).isEqualTo("--- a/" + name + "\n+++ b/" + name + "\n@@ -1,4 +1,4 @@\n"
        + "-pool 2.pool.ntp.org\n+pool 2.pool.ntp.org iburst\n driftfile /var/lib/chrony/drift\n"
        + " makestep 1 3\n rtcsync\n");
    assertThat(r.err()).contains("would apply 1 fix in 1 file (nothing written)");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(filesIn(dir)).containsExactly("chrony.conf");
    Path good = write("good/chrony.conf", CheckCommandTest.GOOD);
    Run clean = run("check", "--no-config", "--diff", good.toString());
    assertThat(clean.out()).isEmpty();
    assertThat(clean.exitCode()).isZero();
  }

  @Test
  void unsafeFixesOnlyWhenAskedFor() throws Exception {
    String client = "pool 2.pool.ntp.org iburst\nrtcsync\n";
    Path file = write("chrony.conf", client);
    run("check", "--no-config", "--fix", file.toString());
    assertThat(Files.readString(file)).isEqualTo(client);
    Run r = run("check", "--no-config", "--fix", "--unsafe-fixes", file.toString());
    assertThat(Files.readString(file)).isEqualTo(client + "driftfile /var/lib/chrony/drift\n"
        + "makestep 1 3\nleapsectz right/UTC\n");
    assertThat(r.err()).contains("fixed NTP401 (no-driftfile)").contains("[unsafe]")
        .contains("applied 3 fixes in 1 file");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void standardInputWithFixPrintsTheFixedText() {
    Run r = runWithStdin(NO_IBURST, "check", "--no-config", "--fix", "--stdin-filename",
        "chrony.conf", "-");
    assertThat(r.out()).isEqualTo(CheckCommandTest.GOOD);
    assertThat(r.err()).contains("chrony.conf:1: fixed NTP117");
    assertThat(r.exitCode()).isZero();
    Run unchanged = runWithStdin(CheckCommandTest.GOOD, "check", "--no-config", "--fix", "-");
    assertThat(unchanged.out()).as("nothing to fix: the text as it came").isEqualTo(
        CheckCommandTest.GOOD);
  }

  @Test
  void ntpConfIsFixedToo() throws Exception {
    Path file = write("ntp.conf", "driftfile /var/lib/ntp/ntp.drift\npool 0.pool.ntp.org\n");
    run("check", "--no-config", "--fix", file.toString());
    assertThat(Files.readString(file)).isEqualTo(
        "driftfile /var/lib/ntp/ntp.drift\npool 0.pool.ntp.org iburst\n");
  }

  @Test
  void helpDescribesTheFixOptions() {
    Run help = run("check", "--help");
    assertThat(help.out()).contains("--fix").contains("--unsafe-fixes").contains("--diff")
        .contains("atomically");
  }

  @Test
  void usageErrors() throws Exception {
    Path file = write("chrony.conf", NO_IBURST);
    assertThat(run("check", "--unsafe-fixes", file.toString()).exitCode()).isEqualTo(2);
    assertThat(run("check", "--fix", "--write-baseline", dir.resolve("b.json").toString(),
        file.toString()).exitCode()).isEqualTo(2);
    assertThat(Files.readString(file)).isEqualTo(NO_IBURST);
  }
}

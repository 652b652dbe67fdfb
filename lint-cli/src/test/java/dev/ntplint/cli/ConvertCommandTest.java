package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ntplint convert}: exit codes, where output, keys and report go, and safe writing. */
class ConvertCommandTest {

  /** Everything in it has an exact chrony equivalent (with ntpd -x: no stepping). */
  private static final String EXACT = "server a.example.com iburst\nrestrict default noquery\n";

  @TempDir
  Path dir;

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void exactConversionExitsZeroAndPrintsTheOutputOnStdout() throws Exception {
    Path in = write("ntp.conf", EXACT);
    CliTest.Run run = CliTest.run("convert", "--to", "chrony", "--target", "chrony-4.3",
        "--ntpd-options=-x", in.toString());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.out()).contains("server a.example.com iburst\n").contains("allow 0.0.0.0/0\n")
        .doesNotContain("makestep");
    assertThat(run.stderr()).contains("0 approximated, 0 dropped");
  }

  @Test
  void approximationOrDropExitsOne() throws Exception {
    Path in = write("ntp.conf", "server a.example.com iburst preempt\n");
    CliTest.Run run = CliTest.run("convert", "--to", "chrony", in.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("server a.example.com iburst\n");
    assertThat(run.stderr()).contains("option preempt");
  }

  @Test
  void errorsExitTwo() throws Exception {
    Path in = write("ntp.conf", EXACT);
    assertThat(CliTest.run("convert", "--to", "chrony", dir.resolve("missing.conf").toString())
        .exitCode()).isEqualTo(2);
    CliTest.Run badTo = CliTest.run("convert", "--to", "yaml", in.toString());
    assertThat(badTo.exitCode()).isEqualTo(2);
    assertThat(badTo.stderr()).contains("unknown --to").doesNotContain("Exception");
    assertThat(CliTest.run("convert", "--to", "chrony", "--target", "chrony-3.0", in.toString())
        .exitCode()).isEqualTo(2);
    assertThat(CliTest.run("convert", "--to", "chrony", "--distro", "gentoo", in.toString())
        .exitCode()).isEqualTo(2);
    assertThat(CliTest.run("convert", in.toString()).exitCode()).as("--to is required")
        .isEqualTo(2);
  }

  /** ntp2chrony bug B11: it crashed with a traceback on an existing output; we refuse cleanly. */
  @Test
  void outputFileIsNeverOverwrittenWithoutForce() throws Exception {
    Path in = write("ntp.conf", EXACT);
    Path out = dir.resolve("chrony.conf");
    CliTest.Run first = CliTest.run("convert", "--to", "chrony", "--ntpd-options=-x", "-o",
        out.toString(), in.toString());
    assertThat(first.exitCode()).as(first.stderr()).isZero();
    assertThat(first.stdout()).isEmpty();
    assertThat(Files.readString(out)).contains("server a.example.com iburst");

    Files.writeString(out, "precious\n");
    CliTest.Run again = CliTest.run("convert", "--to", "chrony", "-o", out.toString(),
        in.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.stderr()).contains("exists; use --force").doesNotContain("Exception");
    assertThat(Files.readString(out)).isEqualTo("precious\n");

    CliTest.Run forced = CliTest.run("convert", "--to", "chrony", "--force", "-o",
        out.toString(), in.toString());
    assertThat(forced.exitCode()).isEqualTo(1);
    assertThat(Files.readString(out)).contains("server a.example.com iburst");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temporary file is left behind").noneMatch(n -> n.startsWith(".ntplint-"));
    }
  }

  @Test
  void keysGoToKeysOutReadableByTheOwnerOnly() throws Exception {
    write("ntp.keys", "1 MD5 secretkey\n");
    Path in = write("ntp.conf", "keys " + dir.resolve("ntp.keys") + "\ntrustedkey 1\n"
        + "server a.example.com key 1\n");
    CliTest.Run withoutKeysOut = CliTest.run("convert", "--to", "chrony", in.toString());
    assertThat(withoutKeysOut.exitCode()).isEqualTo(1);
    assertThat(withoutKeysOut.stderr()).contains("give --keys-out");
    assertThat(withoutKeysOut.out() + withoutKeysOut.stderr()).doesNotContain("secretkey");

    Path keys = dir.resolve("chrony.keys");
    CliTest.Run run = CliTest.run("convert", "--to", "chrony", "--keys-out", keys.toString(),
        in.toString());
    assertThat(run.out()).contains("keyfile /etc/chrony/chrony.keys");
    assertThat(Files.readString(keys)).contains("1 MD5 HEX:7365637265746B6579");
    assertThat(Files.getPosixFilePermissions(keys)).isEqualTo(Set.of(
        PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
  }

  @Test
  void jsonReportGoesToTheReportFile() throws Exception {
    Path in = write("ntp.conf", "server a.example.com iburst autokey\n");
    Path report = dir.resolve("report.json");
    CliTest.Run run = CliTest.run("convert", "--to", "chrony", "--report", report.toString(),
        "--report-format", "json", in.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr()).contains("report in " + report);
    Map<String, Object> top = new HashMap<>();
    try (JsonParser p = new JsonFactory().createParser(Files.readAllBytes(report))) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (value.isStructStart()) {
          p.skipChildren();
          top.put(name, value);
        } else {
          top.put(name, p.getText());
        }
      }
    }
    assertThat(top).containsEntry("from", "ntp").containsEntry("to", "chrony")
        .containsEntry("exact", "false").containsKey("entries");
    assertThat(Files.readString(report, StandardCharsets.UTF_8))
        .contains("\"construct\" : \"option autokey\"").contains("\"outcome\" : \"dropped\"");
  }

  @Test
  void openCmdportAndDistroChangeTheOutput() throws Exception {
    Path in = write("ntp.conf", "driftfile /var/lib/ntp/drift\nserver a.example.com\n");
    CliTest.Run closed = CliTest.run("convert", "--to", "chrony", "--distro", "rhel",
        in.toString());
    assertThat(closed.out()).contains("driftfile /var/lib/chrony/drift\n")
        .doesNotContain("cmdallow").doesNotContain("bindcmdaddress");
    assertThat(closed.stderr()).contains("--open-cmdport");
    CliTest.Run open = CliTest.run("convert", "--to", "chrony", "--open-cmdport", in.toString());
    assertThat(open.out()).contains("cmdallow 0.0.0.0/0").contains("bindcmdaddress 0.0.0.0");
  }

  @Test
  void chronyToNtpReadsTheKeyfileInsideTheRoot() throws Exception {
    Path root = Files.createDirectories(dir.resolve("root"));
    Files.createDirectories(root.resolve("etc/chrony"));
    Files.writeString(root.resolve("etc/chrony/chrony.keys"), "5 SHA1 HEX:"
        + "00112233445566778899AABBCCDDEEFF00112233\n");
    Path in = Files.writeString(root.resolve("etc/chrony/chrony.conf"),
        "server a.example.com iburst\nkeyfile /etc/chrony/chrony.keys\nmakestep 1 -1\n"
            + "allow 192.168.0.0/16\n");
    Path keys = dir.resolve("ntp.keys");
    CliTest.Run run = CliTest.run("convert", "--to", "ntp", "--target", "ntp-4.2.8", "--root",
        root.toString(), "--keys-out", keys.toString(), in.toString());
    assertThat(run.out()).contains("server a.example.com iburst\n")
        .contains("keys /etc/ntp.keys\ntrustedkey 5\n").contains("tinker step 1\n")
        .contains("restrict default nomodify notrap nopeer noserve noquery\n")
        .contains("restrict 192.168.0.0 mask 255.255.0.0 nomodify notrap nopeer noquery\n");
    assertThat(Files.readString(keys)).contains("5 SHA1 00112233445566778899aabbccddeeff00112233");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(CliTest.run("convert", "--to", "ntp", "--target", "chrony-4.3", in.toString())
        .exitCode()).isEqualTo(2);
  }

  @Test
  void batchModeConvertsEveryFileIntoTheDirectoryWithOneJsonReport() throws Exception {
    Path a = Files.createDirectories(dir.resolve("hosts/a"));
    Path b = Files.createDirectories(dir.resolve("hosts/b"));
    Files.writeString(a.resolve("ntp.conf"), EXACT);
    Files.writeString(b.resolve("ntp.conf"), "server b.example.com preempt\n");
    Path out = Files.createDirectories(dir.resolve("out"));
    CliTest.Run run = CliTest.run("convert", "--to", "chrony", "--ntpd-options=-x",
        "--output-dir", out.toString(), a.resolve("ntp.conf").toString(),
        b.resolve("ntp.conf").toString());
    assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
    assertThat(run.stdout()).isEmpty();
    String nameA = ConvertCommand.outputName(a.resolve("ntp.conf").toString()) + ".chrony.conf";
    String nameB = ConvertCommand.outputName(b.resolve("ntp.conf").toString()) + ".chrony.conf";
    assertThat(nameA).isNotEqualTo(nameB).doesNotContain("/");
    assertThat(Files.readString(out.resolve(nameA))).contains("server a.example.com iburst");
    assertThat(Files.readString(out.resolve(nameB))).contains("server b.example.com\n");
    String report = Files.readString(out.resolve("convert-report.json"));
    assertThat(report).contains("\"files\" : 2").contains("\"failed\" : 0")
        .contains("\"construct\" : \"option preempt\"");

    CliTest.Run missing = CliTest.run("convert", "--to", "chrony", "--force", "--output-dir",
        out.toString(), a.resolve("ntp.conf").toString(), dir.resolve("nope.conf").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(Files.readString(out.resolve("convert-report.json"))).contains("\"failed\" : 1")
        .contains("\"error\"");
    CliTest.Run twoWithoutDir = CliTest.run("convert", "--to", "chrony",
        a.resolve("ntp.conf").toString(), b.resolve("ntp.conf").toString());
    assertThat(twoWithoutDir.exitCode()).isEqualTo(2);
    assertThat(twoWithoutDir.stderr()).contains("--output-dir");
  }

  @Test
  void helpListsTheExitCodes() {
    CliTest.Run run = CliTest.run("convert", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Exit codes:").contains("approximated or dropped")
        .contains("--open-cmdport").contains("--keys-out");
    assertThat(CliTest.run("--help").out()).contains("convert");
  }
}

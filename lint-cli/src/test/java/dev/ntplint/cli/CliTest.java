package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end: exit codes, byte-exact printing, JSON, errors without stack traces. */
class CliTest {

  @TempDir
  Path dir;

  record Run(int exitCode, byte[] stdout, String stderr) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = NtplintMain.run(args, out, err);
    return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  static Run runWithStdin(byte[] stdin, String... args) {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(stdin));
      return run(args);
    } finally {
      System.setIn(saved);
    }
  }

  private Path write(String name, byte[] content) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file;
  }

  static List<Path> chronyFixtures() throws Exception {
    Path testdata = Path.of(System.getProperty("ntplint.testdata", "../testdata"), "chrony");
    try (Stream<Path> walk = Files.walk(testdata)) {
      return walk.filter(p -> p.toString().endsWith(".conf")).filter(Files::isRegularFile)
          .sorted().collect(Collectors.toList());
    }
  }

  @Test
  void printIsByteIdenticalForEveryFixture() throws Exception {
    List<Path> fixtures = chronyFixtures();
    assertThat(fixtures).hasSizeGreaterThan(20);
    for (Path fixture : fixtures) {
      Run run = run("print", "--dialect", "chrony", fixture.toString());
      assertThat(run.exitCode()).as(fixture.toString()).isZero();
      assertThat(run.stdout()).as(fixture.toString()).isEqualTo(Files.readAllBytes(fixture));
    }
  }

  @Test
  void printReadsStandardInput() {
    byte[] input = "server a.example\r\n# caf\u00e9\n\tmakestep 1 3".getBytes(StandardCharsets.UTF_8);
    Run run = runWithStdin(input, "print", "--dialect", "chrony", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).isEqualTo(input);
  }

  @Test
  void flattenNormalisesLikeChronyd() throws Exception {
    Path file = write("chrony.conf",
        "# comment\n  server\ta.example   iburst \r\n\nSERVER b.example\nrtcsync".getBytes(StandardCharsets.UTF_8));
    Run run = run("print", "--flatten", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("server a.example iburst\nSERVER b.example\nrtcsync\n");
  }

  @Test
  void parseExitsOneExactlyWhenTheTargetChronydRejects() throws Exception {
    Path file = write("chrony.conf", "server a.example ipv4\n".getBytes(StandardCharsets.UTF_8));
    Run head = run("parse", "--target", "chrony-HEAD", file.toString());
    assertThat(head.exitCode()).isZero();
    Run old = run("parse", "--target", "chrony-4.3", file.toString());
    assertThat(old.exitCode()).isEqualTo(1);
    assertThat(old.stderr()).contains("chrony.conf:1:18: error: chronyd 4.3 rejects this")
        .contains("[CP107]");
    assertThat(old.out()).contains("\"rejected\" : true");
  }

  @Test
  void parseJsonHasTypedDirectivesWithPositions() throws Exception {
    Path file = write("chrony.conf",
        "pool pool.ntp.org iburst maxsources 3\nallow 10/8\n".getBytes(StandardCharsets.UTF_8));
    Run run = run("parse", "-q", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.stderr()).isEmpty();
    String json = run.out();
    assertThat(json).contains("\"family\" : \"NtpSource\"").contains("\"type\" : \"pool\"")
        .contains("\"text\" : \"pool.ntp.org\"").contains("\"kind\" : \"maxsources\"")
        .contains("\"family\" : \"AccessRule\"").contains("\"prefixLength\" : 8")
        .contains("\"address\" : \"10.0.0.0\"").contains("\"line\" : 2");
  }

  @Test
  void parseJsonIsStrictJsonForEveryFixture() throws Exception {
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    for (Path fixture : chronyFixtures()) {
      if (fixture.toString().contains("includes")) {
        continue;
      }
      Run run = run("parse", "-q", "--dialect", "chrony", fixture.toString());
      assertThat(run.exitCode()).as(fixture.toString()).isIn(0, 1);
      try (JsonParser parser = factory.createParser(run.stdout())) {
        while (parser.nextToken() != null) {
          // reading the whole document fails on a syntax error or a duplicate key
        }
      }
    }
  }

  @Test
  void flattenInlinesIncludesAndConfdirInChronydOrder() throws Exception {
    Path confd = Files.createDirectories(dir.resolve("conf.d"));
    Files.writeString(confd.resolve("b.conf"), "server b.example\n");
    Files.writeString(confd.resolve("a.conf"), "server a.example\n");
    Path extra = write("extra.inc", "rtcsync\n".getBytes(StandardCharsets.UTF_8));
    Path main = write("chrony.conf", ("include " + extra + "\nconfdir " + confd
        + "\nmakestep 1 3\n").getBytes(StandardCharsets.UTF_8));
    Run run = run("print", "--flatten", main.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("rtcsync\nserver a.example\nserver b.example\nmakestep 1 3\n");
    Run parse = run("parse", "-q", main.toString());
    assertThat(parse.exitCode()).isZero();
    assertThat(parse.out()).contains("\"depth\" : 2").contains("a.conf");
  }

  @Test
  void rootConfinesAbsoluteIncludes() throws Exception {
    Path root = Files.createDirectories(dir.resolve("image"));
    Path etc = Files.createDirectories(root.resolve("etc/chrony"));
    Files.writeString(etc.resolve("chrony.conf"), "include /etc/chrony/local.conf\ninclude /etc/../../outside.conf\n");
    Files.writeString(etc.resolve("local.conf"), "server inside.example\n");
    Files.writeString(dir.resolve("outside.conf"), "server outside.example\n");
    Run run = run("print", "--flatten", "--root", root.toString(), "/etc/chrony/chrony.conf");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("server inside.example\n");
    Run parse = run("parse", "--root", root.toString(), etc.resolve("chrony.conf").toString());
    assertThat(parse.stderr()).contains("CP303").doesNotContain("outside.example");
  }

  @Test
  void parseExitsOneWhenAnIncludedFileIsMissing() throws Exception {
    Path main = write("chrony.conf", ("include " + dir.resolve("missing.conf") + "\n")
        .getBytes(StandardCharsets.UTF_8));
    Run run = run("parse", main.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr()).contains("chrony.conf:1:9:").contains("CP300");
  }

  @Test
  void parseReportsTheKeyFileButNeverItsKeysAndDoesNotRejectForIt() throws Exception {
    write("chrony.keys", "1 SHA256 HEX:zz\n2 sha1 TopSecretKeyText\n".getBytes(StandardCharsets.UTF_8));
    Path main = write("chrony.conf", ("keyfile " + dir.resolve("chrony.keys") + "\n")
        .getBytes(StandardCharsets.UTF_8));
    Run run = run("parse", main.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.stderr()).contains("chrony.keys:1:10:", "CK101", "chrony.keys:2:3:", "CK102")
        .doesNotContain("TopSecretKeyText");
    assertThat(run.out()).contains("CK101").doesNotContain("TopSecretKeyText");

    Path missing = write("missing.conf", ("keyfile " + dir.resolve("nowhere.keys") + "\n")
        .getBytes(StandardCharsets.UTF_8));
    Run unreadable = run("parse", missing.toString());
    assertThat(unreadable.exitCode()).isZero();
    assertThat(unreadable.stderr()).contains("missing.conf:1:9:", "CK300");
  }

  static List<Path> ntpFixtures() throws Exception {
    Path testdata = Path.of(System.getProperty("ntplint.testdata", "../testdata"), "ntp");
    try (Stream<Path> walk = Files.walk(testdata)) {
      return walk.filter(p -> p.toString().endsWith(".conf")).filter(Files::isRegularFile)
          .sorted().collect(Collectors.toList());
    }
  }

  @Test
  void ntpFilesPrintByteIdenticallyAndParseToStrictJson() throws Exception {
    List<Path> fixtures = ntpFixtures();
    assertThat(fixtures).hasSizeGreaterThan(50);
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    for (Path fixture : fixtures) {
      Run print = run("print", "--dialect", "ntp", fixture.toString());
      assertThat(print.exitCode()).as(fixture.toString()).isZero();
      assertThat(print.stdout()).as(fixture.toString()).isEqualTo(Files.readAllBytes(fixture));
      Run parse = run("parse", "-q", "--dialect", "ntp", fixture.toString());
      assertThat(parse.exitCode()).as(fixture.toString()).isIn(0, 1);
      try (JsonParser parser = factory.createParser(parse.stdout())) {
        while (parser.nextToken() != null) {
          // a syntax error or a duplicate key fails here
        }
      }
    }
  }

  @Test
  void ntpParseExitCodeFollowsTheTargetFlavour() throws Exception {
    // `nts` is NTPsec only: classic ntpd reports a syntax error, NTPsec does not.
    Path file = write("ntp.conf", "server 192.0.2.1 iburst nts\n".getBytes(StandardCharsets.UTF_8));
    Run ntpsec = run("parse", "--target", "ntpsec-1.2", file.toString());
    Run classic = run("parse", "--target", "ntp-4.2.8", file.toString());
    assertThat(ntpsec.exitCode()).as(ntpsec.stderr()).isZero();
    assertThat(classic.exitCode()).as(classic.stderr()).isEqualTo(1);
    assertThat(classic.stderr()).contains("ntp.conf:1:");
    assertThat(ntpsec.out()).contains("\"dialect\" : \"ntp\"").contains("\"target\" : \"ntpsec-1.2\"");
  }

  @Test
  void cryptoPasswordNeverAppearsInAnyOutput() throws Exception {
    Path file = write("ntp.conf", "crypto pw s3cretPassw0rd\nserver 192.0.2.1\n"
        .getBytes(StandardCharsets.UTF_8));
    Run run = run("parse", "--dialect", "ntp", file.toString());
    assertThat(run.out()).doesNotContain("s3cretPassw0rd");
    assertThat(run.stderr()).doesNotContain("s3cretPassw0rd");
  }

  @Test
  void aChronyNamedFileWrittenInNtpdSyntaxIsPointedOut() throws Exception {
    Path file = write("chrony.conf", ("server 192.0.2.1 iburst\nrestrict default nomodify noquery\n"
        + "driftfile /var/lib/ntp/drift\nfudge 127.127.1.0 stratum 10\n").getBytes(StandardCharsets.UTF_8));
    Run run = run("parse", "-q", file.toString());
    assertThat(run.stderr()).contains("is named like a chrony.conf but is written like a ntp.conf");
    assertThat(run.out()).contains("\"dialect\" : \"chrony\"");
    Run ntp = run("parse", "-q", "--dialect", "ntp", file.toString());
    assertThat(ntp.stderr()).isEmpty();
    assertThat(ntp.out()).contains("\"dialect\" : \"ntp\"");
  }

  @Test
  void aDirectoryNamedNtpIsAHintTheContentOverrules() throws Exception {
    Files.createDirectories(dir.resolve("ntp"));
    // Shared directives only: the directory decides.
    Path shared = write("ntp/host1.conf", "server 192.0.2.1 iburst\ndriftfile /var/lib/ntp/drift\n"
        .getBytes(StandardCharsets.UTF_8));
    Run byDirectory = run("parse", "-q", shared.toString());
    assertThat(byDirectory.stderr()).isEmpty();
    assertThat(byDirectory.out()).contains("\"dialect\" : \"ntp\"");
    // An Ansible role named ntp that holds a chrony.conf: read as one, with no warning.
    Path chrony = write("ntp/host2.conf", "server 192.0.2.1 iburst\nmakestep 1 3\nrtcsync\n"
        .getBytes(StandardCharsets.UTF_8));
    Run byContent = run("parse", "-q", chrony.toString());
    assertThat(byContent.stderr()).isEmpty();
    assertThat(byContent.out()).contains("\"dialect\" : \"chrony\"");
  }

  @Test
  void usageErrorsExitTwoWithOneLine() throws Exception {
    Run missing = run("parse", dir.resolve("nope.conf").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.stderr().strip()).startsWith("ntplint: ").contains("No such file or directory")
        .doesNotContain("Exception").doesNotContain("\tat ");
    Run directory = run("print", dir.toString());
    assertThat(directory.exitCode()).isEqualTo(2);
    assertThat(directory.stderr()).containsIgnoringCase("is a directory");
    Path file = write("chrony.conf", "rtcsync\n".getBytes(StandardCharsets.UTF_8));
    Run target = run("parse", "--target", "chrony-9.9", file.toString());
    assertThat(target.exitCode()).isEqualTo(2);
    assertThat(target.stderr()).contains("unknown target `chrony-9.9`");
    Run flag = run("parse", "--no-such-flag", file.toString());
    assertThat(flag.exitCode()).isEqualTo(2);
  }

  @Test
  void oversizedInputIsRefusedWithTheFlagToRaiseTheLimit() throws Exception {
    Path file = write("chrony.conf", new byte[2048]);
    Run run = run("parse", "--max-size", "1024", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("larger than 1024 bytes").contains("--max-size");
  }

  /** A 100 MB file (sparse: nothing is written) is refused before it is read, in every verb. */
  @Test
  void aHundredMegabyteFileIsRefusedByDefaultNamingTheLimit() throws Exception {
    Path big = dir.resolve("ntp.conf");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(100L * 1024 * 1024);
    }
    for (String verb : List.of("check", "parse", "print")) {
      Run run = run(verb, big.toString());
      assertThat(run.exitCode()).as(verb).isEqualTo(2);
      assertThat(run.stderr()).as(verb).contains("larger than 16777216 bytes")
          .contains("--max-size").doesNotContain("\tat ");
    }
    // Included, it is a diagnostic of the including file, not an error of the run.
    Path main = write("main-ntp.conf", ("includefile " + big + "\nserver 192.0.2.1 iburst\n")
        .getBytes(StandardCharsets.UTF_8));
    Run included = run("check", "--dialect", "ntp", "--format", "gcc", main.toString());
    assertThat(included.exitCode()).isEqualTo(1);
    assertThat(included.out()).contains(main + ":1:13:").contains("16777216-byte limit");
  }

  @Test
  void aFileAsFirstArgumentMeansCheck() throws Exception {
    Path file = write("chrony.conf", "server a.example iburst\n".getBytes(StandardCharsets.UTF_8));
    Run implicit = run(file.toString());
    Run explicit = run("check", file.toString());
    assertThat(implicit.exitCode()).isEqualTo(explicit.exitCode());
    assertThat(implicit.out()).isEqualTo(explicit.out()).contains("single-source");
  }

  @Test
  void helpListsExitCodes() {
    Run run = run("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Exit codes:").contains("0   success").contains("2   usage error");
  }
}

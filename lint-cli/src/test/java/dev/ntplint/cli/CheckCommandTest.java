package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ntplint check}, {@code rules} and {@code explain} end to end: exit codes and formats. */
class CheckCommandTest {

  static final String GOOD = "pool 2.pool.ntp.org iburst\ndriftfile /var/lib/chrony/drift\n"
      + "makestep 1 3\nrtcsync\nleapsectz right/UTC\n";

  @TempDir
  Path dir;

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    return run(System.getenv(), args);
  }

  static Run runWithStdin(String stdin, String... args) {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      return run(args);
    } finally {
      System.setIn(saved);
    }
  }

  Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void formatAutoWritesGithubAnnotationsInAGithubActionsJobAndTextElsewhere() throws Exception {
    Path file = write("chrony.conf", "server ntp.example.com iburst\n"
        + GOOD.substring(GOOD.indexOf('\n') + 1));
    Map<String, String> actions = Map.of("GITHUB_ACTIONS", "true");
    for (String[] args : List.of(new String[] {file.toString()},
        new String[] {"check", "--no-config", file.toString()},
        new String[] {"check", "--format", "auto", file.toString()})) {
      Run annotated = run(actions, args);
      assertThat(annotated.exitCode()).as(annotated.err()).isEqualTo(1);
      assertThat(annotated.out()).as(String.join(" ", args))
          .startsWith("::warning file=").contains("title=NTP101 single-source::");
      Run plain = run(Map.of(), args);
      assertThat(plain.out()).contains("warning: only 1 usable time source").doesNotContain("::");
    }
    // Asked for text, or writing the report to a file: text even in a job.
    assertThat(run(actions, "check", "--format", "text", file.toString()).out())
        .doesNotContain("::warning");
    Path report = dir.resolve("report.txt");
    run(actions, "check", "-o", report.toString(), file.toString());
    assertThat(Files.readString(report)).contains("warning: only 1 usable time source")
        .doesNotContain("::warning");
    assertThat(run(Map.of("GITHUB_ACTIONS", "false"), file.toString()).out())
        .doesNotContain("::warning");
  }

  static Run run(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = NtplintMain.run(args, out, err, environment);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void exitCodeZeroForAGoodClient() throws Exception {
    Path file = write("chrony.conf", GOOD);
    Run r = run("check", "--no-config", file.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void exitCodeOneForFindingsAtOrAboveTheFailLevel() throws Exception {
    Path file = write("chrony.conf", "server ntp.example.com iburst\n" + GOOD.substring(GOOD.indexOf('\n') + 1));
    Run r = run("check", "--no-config", file.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("warning: only 1 usable time source").contains("[NTP101 single-source]")
        .contains("1 problem (0 errors, 1 warning, 0 info) in 1 file");
    assertThat(run("check", "--no-config", "--fail-level", "error", file.toString()).exitCode()).isZero();
    Path info = write("info/chrony.conf", GOOD.replace(" iburst", ""));
    assertThat(run("check", "--no-config", info.toString()).exitCode()).isZero();
    assertThat(run("check", "--no-config", "--fail-level", "info", info.toString()).exitCode()).isEqualTo(1);
  }

  @Test
  void exitCodeTwoForUsageConfigurationAndInputErrors() throws Exception {
    Path file = write("chrony.conf", GOOD);
    Run missing = run("check", dir.resolve("nope.conf").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).startsWith("ntplint: ").doesNotContain("Exception");
    assertThat(run("check", "--format", "xml", file.toString()).exitCode()).isEqualTo(2);
    assertThat(run("check", "--fail-level", "fatal", file.toString()).exitCode()).isEqualTo(2);
    assertThat(run("check", "--target", "chrony-9", file.toString()).exitCode()).isEqualTo(2);
    assertThat(run("check").exitCode()).isEqualTo(2);
    assertThat(run("check", "--bogus", file.toString()).exitCode()).isEqualTo(2);
    write(".git/HEAD", "ref: x\n");
    write(".ntplint.yaml", "rules:\n  no-such-rule: off\n");
    Run badConfig = run("check", file.toString());
    assertThat(badConfig.exitCode()).isEqualTo(2);
    assertThat(badConfig.err()).contains(".ntplint.yaml:2:3: unknown rule `no-such-rule`");
    Path ntp = write("ntp.conf", "restrict default ignore\nserver a\n");
    Run ntpTarget = run("check", "--no-config", "--target", "ntpd-9", "--dialect", "ntp",
        ntp.toString());
    assertThat(ntpTarget.exitCode()).isEqualTo(2);
    assertThat(ntpTarget.err()).contains("unknown target `ntpd-9` for ntp.conf");
  }

  @Test
  void ntpConfIsCheckedWithItsIncludesAndTarget() throws Exception {
    write("etc/ntp.d/extra.conf", "enable mode7\n");
    Path ntp = write("etc/ntp.conf", "driftfile /var/lib/ntp/ntp.drift\n"
        + "server ntp1.example.net iburst\nincludefile " + dir.resolve("etc/ntp.d/extra.conf") + "\n");
    Run any = run("check", "--no-config", "--format", "gcc", ntp.toString());
    assertThat(any.exitCode()).isEqualTo(1);
    assertThat(any.out()).contains(ntp + ":2:1: warning: only 1 usable time source")
        .contains("[NTP101]").contains("extra.conf:1:8: note:").contains("[NP200]");
    Run ntpsec = run("check", "--no-config", "--format", "gcc", "--target", "ntpsec-1.2",
        ntp.toString());
    assertThat(ntpsec.out()).contains("extra.conf:1:8: error:").contains("[NP101]");
    Run clean = run("check", "--no-config", "--fail-level", "error", write("ntp.conf",
        "driftfile /var/lib/ntp/ntp.drift\npool 0.pool.example.org iburst\n").toString());
    assertThat(clean.exitCode()).as(clean.out()).isZero();
  }

  @Test
  void anUnreadableFileAmongOthersStillChecksTheOthers() throws Exception {
    Path good = write("a/chrony.conf", "server x.example\n");
    Run r = run("check", "--no-config", "-f", "gcc", dir.resolve("missing.conf").toString(), good.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).contains("chrony.conf:1:1: note: server x.example has no iburst");
  }

  @Test
  void helpListsTheExitCodes() {
    Run r = run("check", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Exit codes:").contains("0   no finding at or above the fail level")
        .contains("1   findings at or above the fail level").contains("2   usage error");
    assertThat(run("--help").out()).contains("check").contains("rules").contains("explain");
  }

  @Test
  void configurationIsFoundFromTheFileUpward() throws Exception {
    write(".git/HEAD", "ref: x\n");
    write(".ntplint.yaml", "rules:\n  single-source: off\n");
    Path file = write("hosts/a/chrony.conf", "server ntp.example.com iburst\n" + GOOD.substring(GOOD.indexOf('\n') + 1));
    assertThat(run("check", file.toString()).exitCode()).isZero();
    assertThat(run("check", "--no-config", file.toString()).exitCode()).isEqualTo(1);
    Path other = write("other.yaml", "fail-level: error\n");
    assertThat(run("check", "-c", other.toString(), file.toString()).exitCode()).isZero();
    write("hosts/.ntplint.yaml", "ignore: [a]\n");
    Run ignored = run("check", file.toString());
    assertThat(ignored.exitCode()).isZero();
    assertThat(ignored.err()).contains("ignored by");
  }

  @Test
  void inlineSuppressionsAndCentralPolicy() throws Exception {
    Path file = write("chrony.conf", "# ntplint: disable=single-source -- lab box\n"
        + "server ntp.example.com iburst\n" + GOOD.substring(GOOD.indexOf('\n') + 1));
    Run r = run("check", "--no-config", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("0 problems").contains("1 suppressed");
    assertThat(run("check", "--no-config", "--no-inline-suppressions", file.toString()).exitCode())
        .isEqualTo(1);
  }

  @Test
  void aBaselineAcceptsKnownFindingsOnly() throws Exception {
    Path file = write("chrony.conf", "server ntp.example.com iburst\n");
    Path baseline = dir.resolve("baseline.json");
    Run written = run("check", "--no-config", "--write-baseline", baseline.toString(), file.toString());
    assertThat(written.exitCode()).isZero();
    assertThat(written.err()).contains("wrote ");
    assertThat(run("check", "--no-config", "--baseline", baseline.toString(), file.toString()).exitCode())
        .isZero();
    Files.writeString(file, "server ntp.example.com iburst\nallow\n");
    Run r = run("check", "--no-config", "--baseline", baseline.toString(), "-f", "gcc", file.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("[NTP301]").doesNotContain("[NTP101]");
    write(".ntplint.yaml", "baseline: baseline.json\n");
    write(".git/HEAD", "x\n");
    assertThat(run("check", "-f", "gcc", file.toString()).out()).doesNotContain("[NTP101]");
  }

  @Test
  void standardInputWithAName() {
    Run r = runWithStdin("server a.example\n", "check", "--no-config", "-f", "gcc",
        "--stdin-filename", "etc/chrony/chrony.conf", "-");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("etc/chrony/chrony.conf:1:1: warning: only 1 usable time source");
    Run fragment = runWithStdin("server a.example\n", "check", "--no-config", "-f", "gcc",
        "--stdin-filename", "etc/chrony/conf.d/extra.conf", "-");
    assertThat(fragment.out()).doesNotContain("NTP101").contains("NTP117");
  }

  @Test
  void aDirectoryIsWalkedAndIncludedFilesAreCheckedOnceAsPartOfTheirMainFile() throws Exception {
    Path confd = dir.resolve("etc/chrony/conf.d");
    write("etc/chrony/chrony.conf", "confdir " + confd + "\n" + GOOD);
    write("etc/chrony/conf.d/servers.conf", "server a.example\n");
    write("etc/chrony/stray.d/extra.conf", "server b.example\n");
    write("etc/chrony/notes.txt", "not a config\n");
    Run r = run("check", "--no-config", "-f", "json", dir.resolve("etc").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).containsOnlyOnce("\"file\" : \"" + confd.resolve("servers.conf") + "\"")
        .contains("extra.conf")
        .doesNotContain("notes.txt").contains("\"rule\" : \"missing-iburst\"")
        .doesNotContain("no-driftfile");
  }

  @Test
  void aDirectoryNamedThroughASymbolicLinkIsWalkedAndOneWithNothingToCheckIsSaid()
      throws Exception {
    write("real/chrony.conf", "server a.example\n" + GOOD);
    Path link = Files.createSymbolicLink(dir.resolve("etc-chrony"), dir.resolve("real"));
    for (String named : List.of(link.toString(), link + "/")) {
      Run r = run("check", "--no-config", "-f", "gcc", named);
      assertThat(r.out()).as(named).contains(link.resolve("chrony.conf") + ":1:1: ")
          .contains("NTP117").doesNotContain(dir.resolve("real").toString());
      assertThat(r.err()).as(named).isEmpty();
    }
    Path empty = Files.createDirectories(dir.resolve("empty/sub"));
    write("empty/sub/notes.txt", "not a configuration\n");
    Run nothing = run("check", "--no-config", dir.resolve("empty").toString());
    assertThat(nothing.exitCode()).isZero();
    assertThat(nothing.out()).isEmpty();
    assertThat(nothing.err()).isEqualTo("ntplint: " + dir.resolve("empty")
        + ": no chrony or ntp configuration file found in it or below (names like chrony.conf,"
        + " ntp.conf, *.sources, or *.conf in a directory named chrony, chrony.d, ntp, ntp.d or"
        + " ntpsec)" + System.lineSeparator());
    // Only what a directory holds is said: a file named directly is never "nothing".
    assertThat(run("check", "--no-config", dir.resolve("real/chrony.conf").toString(),
        dir.resolve("real").toString()).err()).isEmpty();
    assertThat(empty).isDirectory();
  }

  @Test
  void everyFormat() throws Exception {
    Path file = write("chrony.conf", "server a.example # main\n");
    Run json = run("check", "--no-config", "-f", "json", file.toString());
    assertThat(json.out()).contains("\"version\" : 1").contains("\"rule\" : \"trailing-comment\"")
        .contains("\"id\" : \"NTP602\"").contains("\"endColumn\"").contains("\"summary\"");
    Run sarif = run("check", "--no-config", "-f", "sarif", file.toString());
    assertThat(sarif.out()).contains("\"$schema\" : \"https://json.schemastore.org/sarif-2.1.0.json\"")
        .contains("\"version\" : \"2.1.0\"").contains("\"ruleId\" : \"NTP602\"")
        .contains("\"shortDescription\"").contains("\"fullDescription\"").contains("\"help\"")
        .contains("\"helpUri\"").contains("\"startLine\" : 1");
    Run github = run("check", "--no-config", "-f", "github", file.toString());
    assertThat(github.out()).contains("::error file=").contains(",line=1,col=18,endLine=1,"
        + "endColumn=24,title=NTP602 trailing-comment::chrony.conf has no trailing comments");
    Run gcc = run("check", "--no-config", "-f", "gcc", file.toString());
    assertThat(gcc.out()).contains(":1:18: error: chrony.conf has no trailing comments");
    Run checkstyle = run("check", "--no-config", "-f", "checkstyle", file.toString());
    assertThat(checkstyle.out()).contains("<checkstyle").contains("severity=\"error\"");
    Run color = run("check", "--no-config", "--color", "always", file.toString());
    assertThat(color.out()).contains("\u001b[");
    assertThat(run("check", "--no-config", "--color", "never", file.toString()).out())
        .doesNotContain("\u001b[");
    Path report = dir.resolve("report.sarif");
    Run toFile = run("check", "--no-config", "-f", "sarif", "-o", report.toString(), file.toString());
    assertThat(toFile.exitCode()).isEqualTo(1);
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(report)).contains("\"ruleId\" : \"NTP602\"");
  }

  @Test
  void targetAndRootAreHonoured() throws Exception {
    Path file = write("chrony.conf", GOOD + "leapseclist /usr/share/zoneinfo/leap-seconds.list\n");
    Run r = run("check", "--no-config", "--target", "chrony-4.3", "-f", "gcc", file.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("[CP101]");
    write("image/etc/chrony/chrony.conf", "keyfile /etc/chrony/chrony.keys\nserver a.example iburst key 9\n");
    write("image/etc/chrony/chrony.keys", "1 SHA256 HEX:00112233445566778899AABBCCDDEEFF\n");
    Run rooted = run("check", "--no-config", "--root", dir.resolve("image").toString(), "-f", "gcc",
        "/etc/chrony/chrony.conf");
    assertThat(rooted.out()).contains("uses key 9, which /etc/chrony/chrony.keys does not define");
  }

  @Test
  void aFileAsFirstArgumentMeansCheck() {
    picocli.CommandLine top = new picocli.CommandLine(new NtplintMain());
    assertThat(CheckCommand.withDefaultCommand(new String[] {"chrony.conf"}, top))
        .containsExactly("check", "chrony.conf");
    assertThat(CheckCommand.withDefaultCommand(new String[] {"--no-config", "-"}, top))
        .containsExactly("check", "--no-config", "-");
    assertThat(CheckCommand.withDefaultCommand(new String[] {"-"}, top)).containsExactly("check", "-");
    assertThat(CheckCommand.withDefaultCommand(new String[] {"parse", "a.conf"}, top))
        .containsExactly("parse", "a.conf");
    assertThat(CheckCommand.withDefaultCommand(new String[] {"--help"}, top)).containsExactly("--help");
    assertThat(CheckCommand.withDefaultCommand(new String[] {"--debug", "a"}, top))
        .containsExactly("--debug", "a");
    assertThat(CheckCommand.withDefaultCommand(new String[0], top)).isEmpty();
  }

  @Test
  void rulesAndExplain() {
    Run rules = run("rules");
    assertThat(rules.exitCode()).isZero();
    assertThat(rules.out()).contains("NTP101").contains("single-source").contains("missing-local-fallback")
        .contains("no-allow-range").contains("CP100");
    Run json = run("rules", "--format", "json");
    assertThat(json.out()).contains("\"fixable\" : \"safe\"").contains("\"options\"")
        .contains("\"min-sources\"");
    assertThat(run("check", "--list-rules").out()).contains("NTP101");
    Run explain = run("explain", "single-source");
    assertThat(explain.exitCode()).isZero();
    assertThat(explain.out()).startsWith("NTP101 single-source: ").contains("falseticker")
        .contains("min-sources").contains("docs/rules/single-source.md");
    assertThat(run("explain", "ntp101").out()).startsWith("NTP101");
    Run unknown = run("explain", "singel-source");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("did you mean `single-source`");
  }
}

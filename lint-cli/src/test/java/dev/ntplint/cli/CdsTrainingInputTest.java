package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The launcher records its AppCDS archive from one check of lint-cli/src/cds-training (issue 8,
 * P1): the archive only holds what that run loads, so each file must be read as its dialect,
 * must not be rejected by the reader (the rules would not run) and must have catalogue findings,
 * one of them with a fix (the report, fix and editor classes load).
 */
class CdsTrainingInputTest {

  private static final Path TRAINING = Path.of("src", "cds-training");
  /** A finding of the JSON report: its rule id and severity are adjacent members. */
  private static final Pattern FINDING =
      Pattern.compile("\"id\" : \"([^\"]+)\",\\s*\"severity\" : \"([^\"]+)\"");

  private record Finding(String id, String severity) {}

  @Test
  void theChronyInputIsCheckedAsChronyByTheRules() throws Exception {
    List<Finding> findings = findings(TRAINING.resolve("chrony.conf"));
    assertThat(ids(findings)).anyMatch(id -> id.matches("NTP\\d+"))
        .noneMatch(id -> id.startsWith("NP"));
    assertThat(findings).noneMatch(CdsTrainingInputTest::rejectsTheFile);
  }

  @Test
  void theNtpInputIsCheckedAsNtpByTheRules() throws Exception {
    List<Finding> findings = findings(TRAINING.resolve("ntp.conf"));
    assertThat(ids(findings)).anyMatch(id -> id.matches("NTP\\d+"))
        .anyMatch(id -> id.matches("NP\\d+")).noneMatch(id -> id.startsWith("CP"));
    assertThat(findings).noneMatch(CdsTrainingInputTest::rejectsTheFile);
  }

  /** A reader diagnostic of error severity: the daemon would refuse the file. */
  private static boolean rejectsTheFile(Finding finding) {
    return (finding.id().startsWith("CP") || finding.id().matches("NP\\d+"))
        && finding.severity().equals("error");
  }

  private static List<String> ids(List<Finding> findings) {
    List<String> ids = new ArrayList<>();
    findings.forEach(f -> ids.add(f.id()));
    return ids;
  }

  private static List<Finding> findings(Path file) throws Exception {
    assertThat(file).isRegularFile();
    CliTest.Run run = CliTest.run("check", "--format", "json", file.toString());
    assertThat(run.out()).contains("\"files\" : [ \"" + file + "\" ]")
        .contains("\"fix\" : {");
    List<Finding> findings = new ArrayList<>();
    Matcher m = FINDING.matcher(run.out());
    while (m.find()) {
      findings.add(new Finding(m.group(1), m.group(2)));
    }
    assertThat(findings).isNotEmpty();
    return findings;
  }
}

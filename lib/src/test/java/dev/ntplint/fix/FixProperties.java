package dev.ntplint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.check.ConfigurationLinter;
import dev.ntplint.check.LintedConfiguration;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.properties.ConfigGenerators;
import dev.ntplint.chrony.properties.PropertyRun;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.rules.Finding;
import dev.ntplint.rules.LintSettings;
import dev.ntplint.rules.Linter;
import dev.ntplint.rules.RuleRegistry;
import dev.ntplint.source.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/**
 * On generated configurations (near-valid ones, and ones built from what the fixable rules look
 * for, in every line style): the fixed configuration is read again without error; a configuration
 * the daemon accepted is still accepted and has no finding it did not have (per rule and file);
 * what remains has no fix to offer but those withheld; and fixing the result again changes
 * nothing.
 */
class FixProperties {

  @TempDir
  static Path root;

  private static ConfigurationLinter chrony;
  private static ConfigurationLinter ntp;

  @BeforeAll
  static void linters() throws IOException {
    Linter linter = new Linter(RuleRegistry.builtin());
    chrony = ConfigurationLinter.chrony(linter, LintSettings.defaults(),
        ConfinedFileSystem.rooted(Files.createDirectories(root.resolve("chrony"))),
        ChronyVersion.NEWEST);
    ntp = ConfigurationLinter.ntp(linter, LintSettings.defaults(),
        NtpFiles.rooted(Files.createDirectories(root.resolve("ntp"))), NtpTarget.ANY);
  }

  /** Lines the fixable rules report (and their neighbours), chrony.conf. */
  private static final List<String> CHRONY_LINES = List.of(
      "server ntp1.example.com", "server ntp1.example.com iburst", "server NTP1.example.com prefer",
      "pool 2.pool.ntp.org", "pool 2.pool.ntp.org iburst maxsources 3", "pool 192.0.2.1",
      "server 0.debian.pool.ntp.org", "server 1.debian.pool.ntp.org",
      "server 2.debian.pool.ntp.org iburst", "server 3.debian.pool.ntp.org",
      "peer ntp-b.example.com iburst presend 6", "server ntp2.example.com iburst # backup",
      "maxdistance 3 ; generous", "server\u00a0ntp3.example.com", "ntscachedir /var/lib/chrony",
      "driftfile /var/lib/chrony/drift", "driftfle /var/lib/chrony/drift", "makestep 1 3",
      "makestep 0.5 -1", "rtcsync", "rtconutc", "leapsectz right/UTC", "local stratum 10",
      "allow 192.168.0.0/16", "server ntp2.example.com maxsources 4", "# a comment", "");

  /** Lines for ntp.conf. */
  private static final List<String> NTP_LINES = List.of(
      "server 0.pool.ntp.org", "server 0.pool.ntp.org iburst", "pool 1.pool.ntp.org",
      "server 0.debian.pool.ntp.org", "server 1.debian.pool.ntp.org",
      "server 2.debian.pool.ntp.org", "server 3.debian.pool.ntp.org", "peer 192.0.2.7 iburst",
      "server 127.127.1.0", "fudge 127.127.1.0 stratum 10", "tos orphan 10",
      "driftfile /var/lib/ntp/ntp.drift", "restrict default kod nomodify notrap nopeer noquery",
      "restrict 127.0.0.1", "server 0.pool.ntp.org # primary", "# a comment", "");

  /** A file made of these lines, with drawn indentation, separators and line endings. */
  static Gen<byte[]> configsOf(List<String> lines, int maxLines) {
    Gen<byte[]> gen = in -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (ConfigGenerators.pick(in, 10) == 0) {
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      String ending = ConfigGenerators.pick(in, 4) == 0 ? "\r\n" : "\n";
      String indent = List.of("", "", "  ", "\t").get(ConfigGenerators.pick(in, 4));
      String separator = ConfigGenerators.pick(in, 4) == 0 ? "\t" : " ";
      int count = (int) in.next(Constraint.between(1, maxLines));
      for (int i = 0; i < count; i++) {
        String line = lines.get(ConfigGenerators.pick(in, lines.size()));
        String text = line.isEmpty() || line.startsWith("#") ? line
            : indent + line.replace(" ", separator);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        if (i < count - 1 || ConfigGenerators.pick(in, 4) != 0) {
          out.writeBytes(ending.getBytes(StandardCharsets.US_ASCII));
        }
      }
      return out.toByteArray();
    };
    return gen.describedAs(bytes -> new String(bytes, StandardCharsets.UTF_8)
        .replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t"));
  }

  @Test
  void chronyFixesFromFixableLines() {
    check("fix, chrony.conf of fixable lines", chrony, "/etc/chrony.conf",
        configsOf(CHRONY_LINES, 12), 300);
  }

  @Test
  void chronyFixesOfNearValidConfigs() {
    check("fix, near-valid chrony.conf", chrony, "/etc/chrony.conf",
        ConfigGenerators.chronyConfigs(15), 300);
  }

  @Test
  void ntpFixesFromFixableLines() {
    check("fix, ntp.conf of fixable lines", ntp, "/etc/ntp.conf", configsOf(NTP_LINES, 12), 200);
  }

  private static void check(String name, ConfigurationLinter linter, String file, Gen<byte[]> gen,
      int examples) {
    PropertyRun run = PropertyRun.named(name, examples);
    try {
      run.qt().forAll(gen, Generate.booleans()).checkAssert((bytes, unsafe) -> {
        run.ran();
        checkFix(linter, file, bytes, unsafe);
      });
    } finally {
      run.report();
    }
  }

  static void checkFix(ConfigurationLinter linter, String name, byte[] bytes, boolean unsafe) {
    Fixer fixer = new Fixer(linter, Fixer.Options.safe().withUnsafe(unsafe));
    FixResult result = fixer.fix(SourceFile.of(name, bytes), Optional.empty());
    byte[] fixed = result.file(name).map(FixedFile::fixed).orElse(bytes);
    LintedConfiguration before = linter.lint(SourceFile.of(name, bytes), Optional.empty());
    LintedConfiguration after = linter.lint(SourceFile.of(name, fixed), Optional.empty());
    assertThat(after.main().bytes()).as("re-read as written").isEqualTo(fixed);
    if (!before.rejected()) {
      assertThat(after.rejected()).as("accepted before, so accepted after %s", result.summary())
          .isFalse();
      assertThat(newFindings(before, after)).as("findings the fixes brought (%s)",
          result.summary()).isEmpty();
    }
    if (result.settled()) {
      List<String> withheld = result.withheld().stream().map(w -> w.ruleId()).toList();
      List<String> offered = after.result().findings().stream()
          .filter(f -> f.fix().isPresent())
          .filter(f -> unsafe || f.fix().get().safety() == dev.ntplint.rules.Fixability.SAFE)
          .map(f -> f.rule().id()).filter(id -> !withheld.contains(id)).toList();
      assertThat(offered).as("fixes left unapplied though the fixer settled").isEmpty();
    }
    FixResult again = fixer.fix(SourceFile.of(name, fixed), Optional.empty());
    assertThat(again.files()).as("a second fix (first: %s)", result.summary()).isEmpty();
  }

  /** Rules reported more often (in some file) after than before. */
  static List<String> newFindings(LintedConfiguration before, LintedConfiguration after) {
    Map<String, Integer> counts = new HashMap<>();
    for (Finding f : before.result().findings()) {
      counts.merge(f.rule().id() + " " + f.file(), 1, Integer::sum);
    }
    for (Finding f : after.result().findings()) {
      counts.merge(f.rule().id() + " " + f.file(), -1, Integer::sum);
    }
    return counts.entrySet().stream().filter(e -> e.getValue() < 0).map(Map.Entry::getKey)
        .toList();
  }
}

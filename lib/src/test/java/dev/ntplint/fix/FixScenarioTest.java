package dev.ntplint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.check.ConfigurationLinter;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.fs.AtomicFiles;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.rules.Finding;
import dev.ntplint.rules.LintSettings;
import dev.ntplint.rules.Linter;
import dev.ntplint.rules.RuleRegistry;
import dev.ntplint.source.SourceFile;
import dev.ntplint.testing.Fixtures;
import dev.ntplint.testing.TestPaths;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole-configuration fix scenarios: {@code testdata/fix/<scenario>/in/} is a machine's root with
 * {@code etc/chrony.conf} or {@code etc/ntp.conf} as the main file (and whatever it includes);
 * {@code scenario.properties} may set {@code unsafe=true} and {@code target=...}. The goldens:
 * {@code out/} holds every file of {@code in/} after fixing (byte for byte), and {@code
 * result.txt} the summary of applied fixes, the passes, and the findings that remain. Fixing the
 * output again must change nothing.
 */
class FixScenarioTest {

  private static final Linter LINTER = new Linter(RuleRegistry.builtin());

  /** One scenario folder. */
  record Scenario(Path dir) {
    Path in() {
      return dir.resolve("in");
    }

    Path out() {
      return dir.resolve("out");
    }

    Properties properties() {
      Properties p = new Properties();
      Path file = dir.resolve("scenario.properties");
      if (Files.exists(file)) {
        try {
          p.load(new StringReader(Files.readString(file)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return p;
    }

    boolean ntp() {
      return Files.exists(in().resolve("etc/ntp.conf"));
    }

    Path mainFile() {
      return in().resolve(ntp() ? "etc/ntp.conf" : "etc/chrony.conf");
    }

    String mainName() {
      return ntp() ? "/etc/ntp.conf" : "/etc/chrony.conf";
    }

    ConfigurationLinter linter(Path root) {
      String target = properties().getProperty("target");
      if (ntp()) {
        return ConfigurationLinter.ntp(LINTER, LintSettings.defaults(), NtpFiles.rooted(root),
            target == null ? NtpTarget.ANY : NtpTarget.parseTarget(target).orElseThrow());
      }
      return ConfigurationLinter.chrony(LINTER, LintSettings.defaults(),
          ConfinedFileSystem.rooted(root),
          target == null ? ChronyVersion.NEWEST : ChronyVersion.parseTarget(target).orElseThrow());
    }

    boolean unsafe() {
      return Boolean.parseBoolean(properties().getProperty("unsafe", "false"));
    }

    /** Fixes the copy of the scenario's machine at {@code root}; writes nothing. */
    FixResult fix(Path root) throws IOException {
      Path main = root.resolve(mainName().substring(1));
      Fixer fixer = new Fixer(linter(root), Fixer.Options.safe().withUnsafe(unsafe()));
      return fixer.fix(SourceFile.of(mainName(), Files.readAllBytes(main)),
          Optional.of(main.toRealPath()));
    }

    @Override
    public String toString() {
      return dir.getFileName().toString();
    }
  }

  static List<Scenario> scenarios() {
    Path root = TestPaths.testdata().resolve("fix");
    try (Stream<Path> list = Files.list(root)) {
      return list.filter(Files::isDirectory).sorted().map(Scenario::new).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TempDir
  Path work;

  @TestFactory
  List<DynamicTest> scenariosMatchTheirGoldens() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Scenario scenario : scenarios()) {
      tests.add(DynamicTest.dynamicTest(scenario.toString(), () -> {
        Path machine = copy(scenario.in(), work.resolve(scenario.toString()));
        FixResult result = scenario.fix(machine);
        assertThat(result.changed()).as("a scenario fixes something").isTrue();
        for (FixedFile file : result.files()) {
          AtomicFiles.replace(file.realPath().orElseThrow(), file.fixed());
        }
        for (Path file : regularFiles(machine)) {
          Path golden = scenario.out().resolve(machine.relativize(file).toString());
          if (Fixtures.updating()) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, Files.readAllBytes(file));
          } else {
            assertThat(file).as("%s against golden %s (regenerate with"
                + " -Dntplint.updateGoldens=true)", file, golden)
                .hasBinaryContent(Files.readAllBytes(golden));
          }
        }
        assertThat(regularFiles(machine)).as("no file left behind or lost")
            .hasSameSizeAs(regularFiles(scenario.in()));
        Fixtures.assertGolden(scenario.dir().resolve("result.txt"), render(result));
        assertThat(result.settled()).as("the fixer settled").isTrue();
        assertThat(scenario.fix(machine).files()).as("fixing the fixed configuration again")
            .isEmpty();
      }));
    }
    return tests;
  }

  private static List<Path> regularFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    for (Path file : regularFiles(from)) {
      Path target = to.resolve(from.relativize(file).toString());
      Files.createDirectories(target.getParent());
      Files.copy(file, target);
    }
    return to;
  }

  static String render(FixResult result) {
    StringBuilder sb = new StringBuilder();
    sb.append("passes: ").append(result.passes()).append(", deferred: ").append(result.deferred())
        .append(", settled: ").append(result.settled()).append('\n');
    for (String line : result.summary()) {
      sb.append(line).append('\n');
    }
    sb.append("remaining:\n");
    for (Finding f : result.after().result().findings()) {
      sb.append("  ").append(f.file()).append(':').append(f.line()).append(' ')
          .append(f.rule().id()).append(f.fix().map(x -> " (fix: " + x.safety().label() + ")")
              .orElse("")).append('\n');
    }
    return sb.toString();
  }

  @Test
  void thereAreScenariosForEachKindOfFile() {
    assertThat(scenarios()).extracting(Scenario::toString).contains("crlf-line-endings",
        "tab-indented", "no-final-newline", "byte-order-mark", "fix-in-included-file",
        "overlapping-fixes-deferred", "unsafe-fixes", "safe-fixes-only");
  }
}

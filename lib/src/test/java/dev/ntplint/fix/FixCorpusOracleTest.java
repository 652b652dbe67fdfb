package dev.ntplint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.check.ConfigurationLinter;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.rules.LintSettings;
import dev.ntplint.rules.Linter;
import dev.ntplint.rules.RuleRegistry;
import dev.ntplint.source.SourceFile;
import dev.ntplint.testing.Chronyd;
import dev.ntplint.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over every chrony file of ../shared/corpus: every fix, unsafe ones included, applied for the
 * installed chronyd's release; a file {@code chronyd -p} accepted must still be accepted once
 * fixed, and fixing it again changes nothing. (Skipped without the corpus; without chronyd only
 * when the oracles are not required.)
 */
class FixCorpusOracleTest {

  @TempDir
  Path work;

  static List<Path> chronyFiles(Path corpus) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(corpus.resolve("chrony-upstream"), corpus.resolve("real/chrony"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile).filter(p -> {
          String name = p.getFileName().toString();
          return !name.equals("MANIFEST.tsv") && !name.endsWith(".md");
        }).sorted().forEach(files::add);
      }
    }
    return files;
  }

  @Test
  void fixedChronyFilesStillPassChronyd() throws Exception {
    Optional<Path> corpus = TestPaths.corpus();
    Assumptions.assumeTrue(corpus.isPresent(), "no ../shared/corpus");
    Path chronyd = Chronyd.require();
    ChronyVersion target = Chronyd.version(chronyd);
    List<Path> files = chronyFiles(corpus.get());
    assertThat(files).as("chrony files in the corpus").hasSizeGreaterThan(100);
    Path empty = Files.createDirectories(work.resolve("root"));
    ConfigurationLinter linter = ConfigurationLinter.chrony(new Linter(RuleRegistry.builtin()),
        LintSettings.defaults(), ConfinedFileSystem.rooted(empty), target);
    Fixer fixer = new Fixer(linter, Fixer.Options.safe().withUnsafe(true));
    int accepted = 0;
    int fixed = 0;
    int fixes = 0;
    List<String> broken = new ArrayList<>();
    for (Path file : files) {
      String name = corpus.get().relativize(file).toString();
      byte[] original = Files.readAllBytes(file);
      FixResult result = fixer.fix(SourceFile.of(name, original), Optional.empty());
      Optional<FixedFile> main = result.file(name);
      if (main.isEmpty()) {
        continue;
      }
      fixed++;
      fixes += result.applied().size();
      assertThat(fixer.fix(SourceFile.of(name, main.get().fixed()), Optional.empty()).files())
          .as("fixing %s again", name).isEmpty();
      Path before = work.resolve("before.conf");
      Path after = work.resolve("after.conf");
      Files.write(before, original);
      Files.write(after, main.get().fixed());
      Chronyd.Verdict was = Chronyd.parse(chronyd, before, work);
      if (!was.accepted()) {
        continue;
      }
      accepted++;
      Chronyd.Verdict now = Chronyd.parse(chronyd, after, work);
      if (!now.accepted()) {
        broken.add(name + ": " + now.stderr().strip() + " after " + result.summary());
      }
    }
    System.out.printf("[fix oracle] chronyd %s: %d corpus files, %d fixed (%d fixes), %d of them"
        + " accepted before and after%n", target, files.size(), fixed, fixes, accepted);
    assertThat(broken).as("fixed files chronyd -p now rejects").isEmpty();
    assertThat(fixed).as("the corpus gives the fixer work").isGreaterThan(10);
  }

  /** ntp.conf files: no daemon oracle here, so our own verdict: accepted stays accepted. */
  @Test
  void fixedNtpFilesStayAcceptedAndSettle() throws Exception {
    Optional<Path> corpus = TestPaths.corpus();
    Assumptions.assumeTrue(corpus.isPresent(), "no ../shared/corpus");
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(corpus.get().resolve("ntp-upstream"), corpus.get().resolve("real/ntp"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString()
              .equals("MANIFEST.tsv") && !p.getFileName().toString().endsWith(".md"))
              .sorted().forEach(files::add);
        }
      }
    }
    assertThat(files).as("ntp files in the corpus").isNotEmpty();
    Path empty = Files.createDirectories(work.resolve("ntp-root"));
    ConfigurationLinter linter = ConfigurationLinter.ntp(new Linter(RuleRegistry.builtin()),
        LintSettings.defaults(), dev.ntplint.ntp.NtpFiles.rooted(empty),
        dev.ntplint.ntp.NtpTarget.ANY);
    Fixer fixer = new Fixer(linter, Fixer.Options.safe().withUnsafe(true));
    int fixed = 0;
    for (Path file : files) {
      String name = "/etc/ntp.conf";
      FixResult result = fixer.fix(SourceFile.of(name, Files.readAllBytes(file)), Optional.empty());
      if (result.file(name).isEmpty()) {
        continue;
      }
      fixed++;
      if (!result.before().rejected()) {
        assertThat(result.after().rejected()).as("%s rejected once fixed: %s", file,
            result.summary()).isFalse();
      }
      assertThat(fixer.fix(SourceFile.of(name, result.file(name).get().fixed()), Optional.empty())
          .files()).as("fixing %s again", file).isEmpty();
    }
    System.out.printf("[fix corpus] ntp.conf: %d files, %d fixed%n", files.size(), fixed);
    assertThat(fixed).as("the corpus gives the fixer work").isPositive();
  }
}

package dev.ntplint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.rules.Finding;
import dev.ntplint.rules.LintResult;
import dev.ntplint.rules.LintSettings;
import dev.ntplint.rules.Linter;
import dev.ntplint.rules.RuleRegistry;
import dev.ntplint.source.SourceFile;
import dev.ntplint.view.FileLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Coverage-guided fuzzing of the linter (Jazzer): arbitrary bytes as a chrony.conf or an ntp.conf,
 * through the include resolver, the neutral view and every built-in rule. Saved inputs under
 * src/test/resources/dev/ntplint/fuzz/LintFuzzTestInputs replay in every build; {@code
 * scripts/fuzz.sh LintFuzzTest} fuzzes for longer.
 *
 * <p>Includes resolve in an empty directory (so the input's own directives are all there is), and
 * any keyfile the input names reads the input itself as a key file, so key rules see fuzzed keys.
 * Properties: linting never throws and every finding, suppressed or not, lies inside its file.
 */
class LintFuzzTest {

  private static final Linter LINTER = new Linter(RuleRegistry.builtin());
  private static final ConfinedFileSystem EMPTY_ROOT = emptyRoot();

  private static ConfinedFileSystem emptyRoot() {
    try {
      Path root = Files.createTempDirectory("ntplint-lint-fuzz");
      root.toFile().deleteOnExit();
      return ConfinedFileSystem.rooted(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "3m")
  void lintingAnyChronyBytesNeverThrows(byte[] bytes) {
    SourceFile main = SourceFile.of("/fuzz.conf", bytes);
    List<SourceFile> keyFiles = new ArrayList<>();
    FileLoader keysAreTheInput = path -> {
      SourceFile keys = SourceFile.of(path, bytes);
      keyFiles.add(keys);
      return Optional.of(keys);
    };
    for (ChronyVersion target : new ChronyVersion[] {ChronyVersion.V4_3, ChronyVersion.HEAD}) {
      ChronyConfigTree tree = new ChronyIncludeResolver(EMPTY_ROOT, target).resolve(main);
      LintResult result = LINTER.lint(tree, LintSettings.defaults().withFiles(keysAreTheInput));
      List<Finding> all = new ArrayList<>(result.findings());
      result.suppressed().forEach(s -> all.add(s.finding()));
      for (Finding f : all) {
        assertThat(f.span().file() == main || keyFiles.contains(f.span().file()))
            .as("finding %s in a file of this run", f).isTrue();
        FuzzChecks.insideFile(f.span(), f.span().file());
        assertThat(f.format()).isNotEmpty();
      }
    }
  }

  /**
   * The same properties for ntp.conf, for each flavour: the input is an ntp.conf, optionally
   * followed by a NUL byte and the keys file it may name ({@link ConversionHarness}'s input, so
   * the converter's saved inputs seed this target too).
   */
  @FuzzTest(maxDuration = "3m")
  void lintingAnyNtpBytesNeverThrows(byte[] bytes) {
    for (NtpTarget target : NtpTarget.values()) {
      NtpConfigSet set = ConversionHarness.readNtp(bytes, target);
      List<SourceFile> files = new ArrayList<>();
      set.files().forEach(f -> files.add(f.result().config().syntax().file()));
      set.keys().ifPresent(k -> files.add(k.result().file().file()));
      LintResult result = LINTER.lint(set, LintSettings.defaults());
      List<Finding> all = new ArrayList<>(result.findings());
      result.suppressed().forEach(s -> all.add(s.finding()));
      for (Finding f : all) {
        assertThat(files).as("finding %s in a file of this run", f).contains(f.span().file());
        FuzzChecks.insideFile(f.span(), f.span().file());
        assertThat(f.format()).isNotEmpty();
      }
    }
  }
}

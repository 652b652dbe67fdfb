package dev.ntplint.check;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.chrony.include.IncludedFile;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.fs.Resolution;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpIncludes;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.rules.LintResult;
import dev.ntplint.rules.LintSettings;
import dev.ntplint.rules.Linter;
import dev.ntplint.source.SourceFile;
import dev.ntplint.view.FileLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "Lint these bytes as this file of this configuration": loads a main file and everything it
 * includes the way the target daemon does, and lints the whole. The checker lints what is on
 * disk; the fixer lints again after each pass, with the files it changed read from memory.
 */
public final class ConfigurationLinter {

  /**
   * How one dialect reads a configuration, with some files' contents replaced. Anonymous classes
   * rather than lambdas implement it: a short check must link no lambda (see ShortCheckLambdaTest).
   */
  private interface Loader {
    LintedConfiguration load(SourceFile main, Optional<Path> realPath, Map<Path, byte[]> replaced);
  }

  private final Loader loader;

  private ConfigurationLinter(Loader loader) {
    this.loader = loader;
  }

  /**
   * chrony.conf: includes (include, confdir, sourcedir) and keys files read through {@code fs}
   * as chronyd of {@code target} reads them; {@code settings}' file loader is replaced by one
   * reading through {@code fs}.
   */
  public static ConfigurationLinter chrony(Linter linter, LintSettings settings,
      ConfinedFileSystem fs, ChronyVersion target) {
    return chrony(linter, settings, fs, FileLoader.of(fs), target);
  }

  /**
   * As {@link #chrony(Linter, LintSettings, ConfinedFileSystem, ChronyVersion)}, with the keys
   * file read through {@code files}, which reads from {@code fs} (for example {@link
   * FileLoader#once} over it, shared by the linters of a batch), unless the contents of some
   * files are replaced: then through the view of {@code fs} with those contents.
   */
  public static ConfigurationLinter chrony(Linter linter, LintSettings settings,
      ConfinedFileSystem fs, FileLoader files, ChronyVersion target) {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(linter, "linter");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(target, "target");
    return new ConfigurationLinter(new Loader() {
      @Override
      public LintedConfiguration load(SourceFile main, Optional<Path> realPath,
          Map<Path, byte[]> replaced) {
        ConfinedFileSystem view = replaced.isEmpty() ? fs : fs.withContents(replaced);
        ChronyIncludeResolver resolver = new ChronyIncludeResolver(view, target);
        ChronyConfigTree tree = realPath.isPresent() ? resolver.resolve(main, realPath.get())
            : resolver.resolve(main);
        Map<String, Path> realPaths = new HashMap<>();
        for (IncludedFile included : tree.files()) {
          if (included == tree.root()) {
            if (realPath.isPresent()) {
              realPaths.put(main.name(), realPath.get());
            }
          } else if (view.resolve(included.displayPath()) instanceof Resolution.Resolved r) {
            realPaths.putIfAbsent(included.file().name(), r.realPath());
          }
        }
        LintResult result = linter.lint(tree,
            settings.withFiles(replaced.isEmpty() ? files : FileLoader.of(view)));
        return new LintedConfiguration(result, realPaths, tree.rejected());
      }
    });
  }

  /** ntp.conf: includefile and keys files read through {@code files} as the target ntpd does. */
  public static ConfigurationLinter ntp(Linter linter, LintSettings settings, NtpFiles files,
      NtpTarget target) {
    Objects.requireNonNull(linter, "linter");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(target, "target");
    return new ConfigurationLinter(new Loader() {
      @Override
      public LintedConfiguration load(SourceFile main, Optional<Path> realPath,
          Map<Path, byte[]> replaced) {
        NtpFiles view = replaced.isEmpty() ? files : files.withContents(replaced);
        NtpConfigSet set = NtpIncludes.read(main, realPath,
            new NtpIncludes.Options(target, view, "/"));
        Map<String, Path> realPaths = new HashMap<>();
        for (NtpConfigSet.IncludedFile included : set.files()) {
          String name = included.result().config().syntax().file().name();
          if (included == set.main()) {
            if (realPath.isPresent()) {
              realPaths.put(name, realPath.get());
            }
          } else {
            try {
              realPaths.putIfAbsent(name, included.hostPath().toRealPath());
            } catch (IOException e) {
              // Gone since it was read: nothing to write a fix to.
            }
          }
        }
        return new LintedConfiguration(linter.lint(set, settings), realPaths, set.rejected());
      }
    });
  }

  /**
   * Lints {@code main} and the files it includes, as they are on disk.
   *
   * @param realPath where the main file was read from; empty for standard input
   */
  public LintedConfiguration lint(SourceFile main, Optional<Path> realPath) {
    return lint(main, realPath, Map.of());
  }

  /**
   * Lints {@code main} and the files it includes, reading the files at the real paths of
   * {@code replaced} as those bytes instead of what is on disk.
   */
  public LintedConfiguration lint(SourceFile main, Optional<Path> realPath,
      Map<Path, byte[]> replaced) {
    return loader.load(main, realPath, replaced);
  }
}

package dev.ntplint.rules;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.fix.FixResult;
import dev.ntplint.fix.Fixer;
import dev.ntplint.check.ConfigurationLinter;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.source.SourceFile;
import dev.ntplint.testing.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One rule fixture: {@code testdata/rules/<rule-name>/<scenario>.conf}, linted as the main file of
 * a machine whose root is the rule's folder (so {@code keyfile /x.keys} and {@code include
 * /x.inc} find files next to it). A file named {@code <scenario>.ntp.conf} is an ntp.conf, any
 * other a chrony.conf. A first-line comment {@code # fixture: target=chrony-4.3} (or {@code
 * target=ntpsec-1.2}) chooses the target. Its golden {@code <scenario>.findings} lists the findings of that rule only;
 * {@code <scenario>.fixed} the file with that rule's fixes applied.
 */
public record RuleFixture(String rule, Path file) {

  private static final Pattern TARGET = Pattern.compile("fixture:\\s*target=(\\S+)");

  static final RuleRegistry REGISTRY = RuleRegistry.builtin();
  static final Linter LINTER = new Linter(REGISTRY);

  /** The folder of every rule's fixtures. */
  public static Path root() {
    return TestPaths.testdata().resolve("rules");
  }

  /** The fixtures of a rule (by name), sorted; empty when it has none. */
  public static List<RuleFixture> of(String rule) {
    Path dir = root().resolve(rule);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".conf"))
          .filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString))
          .map(p -> new RuleFixture(rule, p)).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String scenario() {
    return file.getFileName().toString().replaceAll("\\.conf$", "");
  }

  public Path golden() {
    return file.resolveSibling(scenario() + ".findings");
  }

  public Path fixedGolden() {
    return file.resolveSibling(scenario() + ".fixed");
  }

  public String text() {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True for an ntp.conf fixture ({@code <scenario>.ntp.conf}). */
  public boolean ntp() {
    return file.getFileName().toString().endsWith(".ntp.conf");
  }

  private java.util.Optional<String> targetName() {
    Matcher m = TARGET.matcher(text().lines().findFirst().orElse(""));
    return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
  }

  ChronyVersion target() {
    return targetName().map(t -> ChronyVersion.parseTarget(t).orElseThrow())
        .orElse(ChronyVersion.NEWEST);
  }

  NtpTarget ntpTarget() {
    return targetName().map(t -> NtpTarget.parseTarget(t).orElseThrow()).orElse(NtpTarget.ANY);
  }

  /** Every finding of the fixture (all rules). */
  public LintResult lintAll() {
    return lint(bytes());
  }

  byte[] bytes() {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  LintResult lint(byte[] content) {
    return configurationLinter().lint(SourceFile.of(mainName(), content), mainRealPath()).result();
  }

  /** The name the fixture's main file goes by: a path at the root of its machine. */
  String mainName() {
    return "/" + file.getFileName();
  }

  /** An ntp.conf fixture is read from where it is (its includes resolve next to it). */
  private java.util.Optional<Path> mainRealPath() {
    return ntp() ? java.util.Optional.of(file) : java.util.Optional.empty();
  }

  /** The fixture's machine: its folder as the root, its target, default settings. */
  public ConfigurationLinter configurationLinter() {
    if (ntp()) {
      return ConfigurationLinter.ntp(LINTER, LintSettings.defaults(),
          NtpFiles.rooted(file.getParent()), ntpTarget());
    }
    return ConfigurationLinter.chrony(LINTER, LintSettings.defaults(),
        ConfinedFileSystem.rooted(file.getParent()), target());
  }

  /** The findings of this fixture's rule. */
  public List<Finding> findings() {
    return ofRule(lintAll());
  }

  List<Finding> ofRule(LintResult result) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (f.rule().name().equals(rule)) {
        out.add(f);
      }
    }
    return out;
  }

  /** The golden text: one finding per line, its fix (if any) on the next. */
  public static String render(List<Finding> findings) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings) {
      sb.append(f.file()).append(':').append(f.line()).append(':').append(f.column()).append('-')
          .append(f.endLine()).append(':').append(f.endColumn()).append(' ')
          .append(f.severity().label()).append(' ').append(f.rule().id()).append(' ')
          .append(f.message()).append('\n');
      f.fix().ifPresent(fix -> sb.append("  fix (").append(fix.safety().label()).append("): ")
          .append(fix.description()).append('\n'));
    }
    return sb.toString();
  }

  /**
   * {@code content} (as the fixture's main file) with every fix of this fixture's rule applied by
   * the library's fixer, unsafe ones included: what its {@code .fixed} golden holds.
   */
  public FixResult fixRule(byte[] content) {
    Fixer fixer = new Fixer(configurationLinter(),
        Fixer.Options.safe().withUnsafe(true).onlyRules(java.util.Set.of(rule)));
    return fixer.fix(SourceFile.of(mainName(), content), mainRealPath());
  }

  @Override
  public String toString() {
    return rule + "/" + file.getFileName();
  }
}

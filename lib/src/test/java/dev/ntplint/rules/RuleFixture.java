package dev.ntplint.rules;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpIncludes;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.TextEdit;
import dev.ntplint.testing.TestPaths;
import dev.ntplint.view.FileLoader;
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
    SourceFile source = SourceFile.of("/" + file.getFileName(), content);
    if (ntp()) {
      NtpIncludes.Options options = new NtpIncludes.Options(ntpTarget(),
          NtpFiles.rooted(file.getParent()), "/");
      return LINTER.lint(NtpIncludes.read(source, java.util.Optional.of(file), options),
          LintSettings.defaults());
    }
    ConfinedFileSystem fs = ConfinedFileSystem.rooted(file.getParent());
    ChronyIncludeResolver resolver = new ChronyIncludeResolver(fs, target());
    ChronyConfigTree tree = resolver.resolve(source);
    return LINTER.lint(tree, LintSettings.defaults().withFiles(FileLoader.of(fs)));
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

  /** The fixture with every fix of its rule's findings in the main file applied (overlaps skipped). */
  public byte[] applyFixes(List<Finding> findings) {
    byte[] original = bytes();
    List<TextEdit> edits = new ArrayList<>();
    for (Finding f : findings) {
      if (f.fix().isEmpty() || !f.file().equals("/" + file.getFileName())) {
        continue;
      }
      List<TextEdit> candidate = f.fix().get().edits();
      boolean overlaps = false;
      for (TextEdit a : candidate) {
        for (TextEdit b : edits) {
          overlaps |= a.overlaps(b);
        }
      }
      if (!overlaps) {
        edits.addAll(candidate);
      }
    }
    return TextEdit.apply(original, edits);
  }

  @Override
  public String toString() {
    return rule + "/" + file.getFileName();
  }
}

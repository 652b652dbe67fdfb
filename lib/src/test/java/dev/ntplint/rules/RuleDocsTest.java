package dev.ntplint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.builtin.DiagnosticRule;
import dev.ntplint.testing.Fixtures;
import dev.ntplint.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/rules/ holds one page per rule and an index, generated from the rule metadata and the
 * rule fixtures; this test fails when a page is stale (regenerate with {@code mvn -pl lib test
 * -Dntplint.updateGoldens=true}). Pages listed in {@link #HAND_WRITTEN} are not generated.
 */
class RuleDocsTest {

  static final Set<String> HAND_WRITTEN =
      Set.of("writing-rules.md", "output-formats.md", "corpus-findings.md");

  static Path docs() {
    return TestPaths.testdata().getParent().resolve("docs").resolve("rules");
  }

  @Test
  void rulePagesAreGeneratedFromMetadata() throws Exception {
    Path dir = docs();
    Files.createDirectories(dir);
    Set<String> generated = new HashSet<>();
    RuleRegistry registry = RuleRegistry.builtin();
    for (Rule rule : registry.rules()) {
      RuleMetadata m = rule.metadata();
      String page = rule instanceof DiagnosticRule d ? diagnosticPage(m) : rulePage(m);
      Path file = dir.resolve(m.name() + ".md");
      Fixtures.assertGolden(file, page);
      generated.add(file.getFileName().toString());
    }
    Fixtures.assertGolden(dir.resolve("README.md"), index(registry));
    generated.add("README.md");
    List<String> stale = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.collect(Collectors.toList())) {
        String name = p.getFileName().toString();
        if (!generated.contains(name) && !HAND_WRITTEN.contains(name)) {
          if (Fixtures.updating()) {
            Files.delete(p);
          } else {
            stale.add(name);
          }
        }
      }
    }
    assertThat(stale).as("pages of rules that no longer exist").isEmpty();
  }

  static String header(RuleMetadata m) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(m.name()).append(" (").append(m.id()).append(")\n\n")
        .append("<!-- Generated from the rule's metadata by RuleDocsTest; do not edit. -->\n\n")
        .append(m.shortDescription()).append(".\n\n")
        .append("| | |\n| --- | --- |\n")
        .append("| Id | `").append(m.id()).append("` |\n")
        .append("| Name | `").append(m.name()).append("` |\n")
        .append("| Dialects | ").append(dialects(m)).append(" |\n")
        .append("| Default severity | ").append(m.defaultSeverity().label()).append(" |\n")
        .append("| Category | ").append(m.category().title()).append(" |\n");
    if (!m.tags().isEmpty()) {
      md.append("| Tags | ").append(String.join(", ", m.tags())).append(" |\n");
    }
    md.append("| Fixable | ").append(m.fixable() == Fixability.NONE ? "no" : m.fixable().label())
        .append(" |\n")
        .append("| Scope | ").append(m.scope() == Scope.CONFIGURATION
            ? "whole configuration (not run on a fragment linted alone)" : "each directive")
        .append(" |\n\n")
        .append("## Why\n\n").append(m.fullDescription()).append("\n\n");
    if (!m.options().isEmpty()) {
      md.append("## Options\n\n| option | type | default | meaning |\n| --- | --- | --- | --- |\n");
      for (RuleOption o : m.options()) {
        md.append("| `").append(o.name()).append("` | ").append(o.type().label()).append(" | `")
            .append(o.defaultValue()).append("` | ").append(o.description()).append(" |\n");
      }
      md.append('\n');
    }
    return md.toString();
  }

  static String configuration(RuleMetadata m) {
    StringBuilder md = new StringBuilder();
    md.append("## Configuration\n\nIn `.ntplint.yaml`:\n\n```yaml\nrules:\n  ").append(m.name())
        .append(": off        # or: error, warning, info\n");
    if (!m.options().isEmpty()) {
      md.append("  # or, with options:\n  ").append(m.id()).append(":\n    severity: ")
          .append(m.defaultSeverity().label()).append("\n    options:\n");
      for (RuleOption o : m.options()) {
        md.append("      ").append(o.name()).append(": ").append(o.defaultValue()).append('\n');
      }
    }
    md.append("```\n\nFor one directive (on the line above it): `# ntplint: disable=")
        .append(m.name()).append(" -- reason`; for a whole file (before its first directive):"
            + " `# ntplint: disable-file=").append(m.id()).append(" -- reason`.\n");
    return md.toString();
  }

  static String rulePage(RuleMetadata m) {
    StringBuilder md = new StringBuilder(header(m));
    List<RuleFixture> fixtures = RuleFixture.of(m.name());
    List<RuleFixture> reported = new ArrayList<>();
    List<RuleFixture> accepted = new ArrayList<>();
    for (RuleFixture f : fixtures) {
      (f.findings().isEmpty() ? accepted : reported).add(f);
    }
    md.append("## Examples\n\nFrom the rule's fixtures in `testdata/rules/").append(m.name())
        .append("/` (checked by `RuleFixturesTest`).\n\n");
    for (RuleFixture f : reported) {
      md.append("### Reported: `").append(f.scenario()).append("`\n\n")
          .append(block(f.text(), "")).append("\n")
          .append(block(RuleFixture.render(f.findings()), "text")).append('\n');
      Path fixed = f.fixedGolden();
      if (Files.exists(fixed) && read(fixed).equals(f.text())) {
        md.append("`ntplint --fix` leaves this file as it is: the fix would bring another"
            + " finding.\n\n");
      } else if (Files.exists(fixed)) {
        md.append("After the fix:\n\n").append(block(read(fixed), "")).append('\n');
      }
    }
    for (RuleFixture f : accepted) {
      md.append("### Not reported: `").append(f.scenario()).append("`\n\n")
          .append(block(f.text(), "")).append('\n');
    }
    md.append(configuration(m));
    return md.toString();
  }

  static String diagnosticPage(RuleMetadata m) {
    StringBuilder md = new StringBuilder(header(m));
    boolean ntp = m.id().startsWith("NP");
    String dir = ntp ? "testdata/ntp" : "testdata/chrony";
    md.append("## Fixtures\n\nThe reader's fixtures are in `").append(dir).append("/`, each with a"
        + " golden `.diag` file of its diagnostics for ").append(ntp
            ? "classic ntpd 4.2.8, NTPsec 1.2 and either" : "chrony 4.3 and HEAD")
        .append("; those reporting this code are listed by `grep -rl ' ").append(m.id())
        .append(" ' ").append(dir).append("`. The code's meaning is also listed in"
            + " `docs/diagnostics.md`.\n\n");
    md.append(configuration(m));
    return md.toString();
  }

  static String index(RuleRegistry registry) {
    StringBuilder md = new StringBuilder();
    md.append("# Rules\n\n<!-- Generated from the rule metadata by RuleDocsTest; do not edit. -->\n\n")
        .append("Every rule ntplint checks, with its stable id and name (both work in"
            + " `.ntplint.yaml`, in suppressions and with `ntplint explain`). `ntplint rules`"
            + " prints the same list; `--format json` adds every field.\n\n")
        .append("Severities follow impact: **error** breaks time service or opens the host,"
            + " **warning** is a real risk, **info** is advice. Rules marked *whole configuration*"
            + " run only on a main file checked with everything it includes.\n\n")
        .append("See [output-formats.md](output-formats.md) for the output formats and"
            + " [writing-rules.md](writing-rules.md) for adding rules from another jar.\n\n");
    for (Category c : Category.values()) {
      List<Rule> rules = new ArrayList<>();
      for (Rule r : registry.rules()) {
        if (r.metadata().category() == c) {
          rules.add(r);
        }
      }
      if (rules.isEmpty()) {
        continue;
      }
      md.append("## ").append(c.title()).append("\n\n")
          .append("| id | name | severity | dialects | fix | what it reports |\n")
          .append("| --- | --- | --- | --- | --- | --- |\n");
      for (Rule r : rules) {
        RuleMetadata m = r.metadata();
        md.append("| ").append(m.id()).append(" | [").append(m.name()).append("](")
            .append(m.name()).append(".md) | ").append(m.defaultSeverity().label()).append(" | ")
            .append(dialects(m)).append(" | ")
            .append(m.fixable() == Fixability.NONE ? "" : m.fixable().label()).append(" | ")
            .append(m.shortDescription().replace("|", "\\|")).append(" |\n");
      }
      md.append('\n');
    }
    return md.toString();
  }

  static String dialects(RuleMetadata m) {
    List<String> names = new ArrayList<>();
    for (Dialect d : m.dialects()) {
      names.add(d == Dialect.CHRONY ? "chrony.conf" : "ntp.conf");
    }
    return String.join(", ", names);
  }

  static String block(String text, String lang) {
    String fence = text.contains("```") ? "~~~~" : "```";
    return fence + lang + "\n" + text + (text.endsWith("\n") || text.isEmpty() ? "" : "\n")
        + fence + "\n";
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

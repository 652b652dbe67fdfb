package dev.ntplint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.rules.builtin.DiagnosticRule;
import dev.ntplint.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule of the catalogue has fixtures under testdata/rules/<name>/: at least one the rule
 * reports and one it does not; the findings match the golden {@code .findings}; fixes apply, give
 * the golden {@code .fixed} (by the library's fixer, that rule's fixes only), fixing that again
 * changes nothing, and after them the rule no longer reports.
 */
class RuleFixturesTest {

  static List<Rule> catalogue() {
    List<Rule> rules = new ArrayList<>();
    for (Rule r : RuleFixture.REGISTRY.rules()) {
      if (!(r instanceof DiagnosticRule)) {
        rules.add(r);
      }
    }
    return rules;
  }

  @Test
  void everyRuleHasAPositiveAndANegativeFixture() {
    List<String> missing = new ArrayList<>();
    for (Rule rule : catalogue()) {
      String name = rule.metadata().name();
      List<RuleFixture> fixtures = RuleFixture.of(name);
      boolean positive = false;
      boolean negative = false;
      for (RuleFixture f : fixtures) {
        if (f.findings().isEmpty()) {
          negative = true;
        } else {
          positive = true;
        }
      }
      if (!positive || !negative) {
        missing.add(name + (positive ? "" : " (no fixture it reports)")
            + (negative ? "" : " (no fixture it accepts)"));
      }
    }
    assertThat(missing).as("rules without both kinds of fixture").isEmpty();
  }

  @Test
  void everyFixableRuleHasAFixedGolden() {
    List<String> missing = new ArrayList<>();
    for (Rule rule : catalogue()) {
      if (rule.metadata().fixable() == Fixability.NONE) {
        continue;
      }
      String name = rule.metadata().name();
      if (RuleFixture.of(name).stream().noneMatch(f -> Files.exists(f.fixedGolden()))) {
        missing.add(name);
      }
    }
    assertThat(missing).as("fixable rules without a .fixed golden").isEmpty();
    assertThat(catalogue().stream().filter(r -> r.metadata().fixable() != Fixability.NONE).count())
        .as("fixable rules (the issue asks for at least 12)").isGreaterThanOrEqualTo(12);
  }

  @TestFactory
  List<DynamicTest> fixturesMatchTheirGoldens() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule rule : catalogue()) {
      for (RuleFixture fixture : RuleFixture.of(rule.metadata().name())) {
        tests.add(DynamicTest.dynamicTest(fixture.toString(), () -> {
          List<Finding> findings = fixture.findings();
          Fixtures.assertGolden(fixture.golden(), RuleFixture.render(findings));
          boolean fixes = findings.stream().anyMatch(f -> f.fix().isPresent());
          if (fixes) {
            dev.ntplint.fix.FixResult result = fixture.fixRule(fixture.bytes());
            byte[] fixed = result.file(fixture.mainName()).map(dev.ntplint.fix.FixedFile::fixed)
                .orElse(fixture.bytes());
            Fixtures.assertGolden(fixture.fixedGolden(), new String(fixed, StandardCharsets.UTF_8));
            assertThat(fixture.fixRule(fixed).files()).as("fixing the fixed file again (idempotence)")
                .isEmpty();
            LintResult after = fixture.lint(fixed);
            List<String> remaining = new ArrayList<>();
            for (Finding f : fixture.ofRule(after)) {
              if (f.file().equals(fixture.mainName()) && f.fix().isPresent()) {
                remaining.add(f.line() + " " + f.rule().id());
              }
            }
            List<String> withheld = result.withheld().stream().map(w -> w.line() + " " + w.ruleId())
                .toList();
            assertThat(remaining).as("fixable findings left after applying the fixes are those the"
                + " fixer withheld (the fix would bring another finding)").isEqualTo(withheld);
          } else if (Fixtures.updating()) {
            Files.deleteIfExists(fixture.fixedGolden());
          } else {
            assertThat(fixture.fixedGolden()).as("stale .fixed golden (no fix offered)").doesNotExist();
          }
        }));
      }
    }
    return tests;
  }
}

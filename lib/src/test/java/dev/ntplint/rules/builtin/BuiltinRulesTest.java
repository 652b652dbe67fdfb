package dev.ntplint.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue's lists by dialect, which the registry trusts to instantiate rules late. */
class BuiltinRulesTest {

  @Test
  void eachRuleIsListedWithTheDialectsItChecks() {
    for (Rule rule : BuiltinRules.forBothDialects()) {
      assertThat(rule.checks(Dialect.CHRONY) && rule.checks(Dialect.NTP)).as(rule.id()).isTrue();
    }
    for (Dialect dialect : Dialect.values()) {
      assertThat(BuiltinRules.onlyFor(dialect)).as(dialect.name()).isNotEmpty();
      for (Rule rule : BuiltinRules.onlyFor(dialect)) {
        for (Dialect other : Dialect.values()) {
          assertThat(rule.checks(other)).as(rule.id() + " checks " + other)
              .isEqualTo(other == dialect);
        }
      }
    }
  }

  @Test
  void allIsEveryListOnceAndEachRuleClassOnce() {
    List<Rule> lists = new ArrayList<>(BuiltinRules.forBothDialects());
    for (Dialect dialect : Dialect.values()) {
      lists.addAll(BuiltinRules.onlyFor(dialect));
    }
    List<Rule> all = BuiltinRules.all();
    assertThat(all).extracting(Rule::id).containsExactlyElementsOf(
        lists.stream().map(Rule::id).toList()).doesNotHaveDuplicates();
    assertThat(all).extracting(Rule::name).doesNotHaveDuplicates();
    assertThat(all).filteredOn(r -> !r.id().equals("NTP001") && !r.id().equals("NTP002"))
        .extracting(r -> r.getClass().getName()).doesNotHaveDuplicates();
    assertThat(all).hasSizeGreaterThanOrEqualTo(45);
  }
}

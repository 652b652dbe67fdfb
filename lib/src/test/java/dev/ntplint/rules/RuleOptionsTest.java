package dev.ntplint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ntplint.dialect.Dialect;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule's option values: configured ones as accepted, else the declared defaults, typed. */
class RuleOptionsTest {

  private static RuleMetadata rule(RuleOption... options) {
    RuleMetadata.Builder b = RuleMetadata.builder("NTP999", "options-test").dialects(Dialect.CHRONY)
        .summary("A rule with options").description("For the test.");
    for (RuleOption o : options) {
      b.option(o);
    }
    return b.build();
  }

  @Test
  void aDefaultIsKeptAsItsTypesOwnValue() {
    RuleOption count = new RuleOption("count", RuleOption.Type.INTEGER, 5L, "A count.");
    RuleOption ratio = new RuleOption("ratio", RuleOption.Type.NUMBER, 3, "A ratio.");
    assertThat(count.defaultValue()).isEqualTo(5);
    assertThat(ratio.defaultValue()).isEqualTo(3.0);
    assertThatThrownBy(() -> new RuleOption("big", RuleOption.Type.INTEGER, 1L << 40, "Too big."))
        .isInstanceOf(IllegalArgumentException.class);

    RuleOptions defaults = RuleOptions.defaults(rule(count, ratio,
        RuleOption.bool("strict", true, "Strict."), RuleOption.string("name", "x", "A name.")));
    assertThat(defaults.integer("count")).isEqualTo(5);
    assertThat(defaults.number("ratio")).isEqualTo(3.0);
    assertThat(defaults.bool("strict")).isTrue();
    assertThat(defaults.string("name")).isEqualTo("x");
    assertThatThrownBy(() -> defaults.integer("missing"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aConfiguredValueWinsOverTheDefault() {
    RuleOption count = RuleOption.integer("count", 5, "A count.");
    RuleOptions configured = new RuleOptions(rule(count), Map.of("count", count.accept(7L)));
    assertThat(configured.integer("count")).isEqualTo(7);
  }
}

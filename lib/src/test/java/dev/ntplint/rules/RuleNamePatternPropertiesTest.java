package dev.ntplint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ntplint.chrony.properties.PropertyRun;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The written-out id and name checks ({@link RuleMetadata#isId}, {@link RuleMetadata#isName},
 * also used for option names) accept exactly what the regular expressions of the documentation
 * accept, on strings drawn mostly from the characters that matter.
 */
class RuleNamePatternPropertiesTest {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*[0-9]{3}");

  /** Strings of 0-12 characters from a small alphabet around the classes' edges. */
  private static Gen<String> candidates() {
    String alphabet = "az-09AZ_ .`{";
    return SourceDSL.lists().of(SourceDSL.integers().between(0, alphabet.length() - 1))
        .ofSizeBetween(0, 12).map(indexes -> {
          StringBuilder b = new StringBuilder();
          indexes.forEach(i -> b.append(alphabet.charAt(i)));
          return b.toString();
        });
  }

  @Test
  void namesAndIdsAreCheckedAsTheirPatternsSay() {
    PropertyRun run = PropertyRun.named("rule name and id checks", 20_000);
    run.qt().forAll(candidates()).checkAssert(s -> {
      run.ran();
      assertThat(RuleMetadata.isName(s)).as("name %s", s).isEqualTo(NAME.matcher(s).matches());
      String upper = s.toUpperCase(java.util.Locale.ROOT);
      assertThat(RuleMetadata.isId(upper)).as("id %s", upper)
          .isEqualTo(ID.matcher(upper).matches());
    });
    run.report();
    assertThat(run.count()).isGreaterThan(1000);
  }

  @Test
  void optionNamesAreKebabCase() {
    assertThat(RuleOption.integer("min-sources", 3, "d").name()).isEqualTo("min-sources");
    for (String bad : new String[] {"", "Min", "min--sources", "min-", "-min", "min_sources",
        "1min"}) {
      assertThatThrownBy(() -> RuleOption.integer(bad, 3, "d"))
          .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kebab-case");
    }
  }
}

package dev.ntplint.chrony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.catalog.OptionSpec;
import dev.ntplint.chrony.catalog.RateLimitOption;
import dev.ntplint.chrony.catalog.RefclockOption;
import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.testing.TextGen;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * {@link KeywordIndex} finds a range of a string as the maps it replaced found the range's
 * substring: {@code map.get(word)}, else {@code map.get(word.toLowerCase(Locale.ROOT))}.
 */
class KeywordIndexTest {

  private static final List<String> DIRECTIVES = new ArrayList<>(ChronyDirectiveKind.names());

  private static KeywordIndex<String> indexOf(List<String> keywords) {
    String[] array = keywords.toArray(new String[0]);
    return new KeywordIndex<>(array, array);
  }

  /** The replaced look-up, over the substring. */
  private static String mapLookup(Map<String, String> map, String text, int start, int end) {
    String word = text.substring(start, end);
    String exact = map.get(word);
    return exact != null ? exact : map.get(word.toLowerCase(Locale.ROOT));
  }

  private static Map<String, String> mapOf(List<String> keywords) {
    Map<String, String> map = new HashMap<>();
    for (String keyword : keywords) {
      map.put(keyword, keyword);
    }
    return map;
  }

  @Test
  void findsEveryDirectiveInAnyCaseInsideLongerText() {
    KeywordIndex<String> index = indexOf(DIRECTIVES);
    for (String name : DIRECTIVES) {
      String text = "x " + name.toUpperCase(Locale.ROOT) + " y";
      assertThat(index.find(text, 2, 2 + name.length())).isEqualTo(name);
      assertThat(index.find(name, 0, name.length())).isEqualTo(name);
      assertThat(index.find(text, 1, 2 + name.length())).isNull();
      assertThat(index.find(name, 0, name.length() - 1)).isNotEqualTo(name);
    }
    assertThat(index.find("", 0, 0)).isNull();
  }

  /** Latin-1 letters do not fold to ASCII: "éerver" and "SERVÉR" are no directive. */
  @Test
  void onlyAsciiLettersFold() {
    KeywordIndex<String> index = indexOf(DIRECTIVES);
    assertThat(index.find("\u00e9erver", 0, 6)).isNull();
    assertThat(index.find("SERV\u00c9R", 0, 6)).isNull();
    assertThat(index.find("SeRvEr", 0, 6)).isEqualTo("server");
  }

  @Test
  void everyOptionSetIsIndexedAsItsEnum() {
    for (Class<? extends OptionSpec> type : List.of(SourceOption.class, RefclockOption.class,
        RateLimitOption.class)) {
      OptionSpec[] constants = type.getEnumConstants();
      String[] keywords = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        keywords[i] = constants[i].keyword();
      }
      KeywordIndex<OptionSpec> index = new KeywordIndex<>(keywords, constants);
      for (OptionSpec constant : constants) {
        String upper = constant.keyword().toUpperCase(Locale.ROOT);
        assertThat(index.find(upper, 0, upper.length())).isSameAs(constant);
      }
    }
  }

  @Test
  void aRepeatedKeywordKeepsTheLastConstantAsMapPutDoes() {
    KeywordIndex<Integer> index = new KeywordIndex<>(new String[] {"a", "b", "a"},
        new Integer[] {1, 2, 3});
    assertThat(index.find("A", 0, 1)).isEqualTo(3);
    assertThat(index.find("b", 0, 1)).isEqualTo(2);
  }

  @Test
  void rejectsAKeywordThatIsNotLowerCaseAscii() {
    assertThatThrownBy(() -> indexOf(List.of("server", "Pool")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> indexOf(List.of("caf\u00e9")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Any range of a string of keyword pieces, case flips and Latin-1 look-alikes is found as the
   * map found its substring.
   */
  @Test
  void anyRangeIsFoundAsTheMapFoundItsSubstring() {
    List<String> pieces = new ArrayList<>(DIRECTIVES);
    pieces.addAll(List.of("SERVER", "Pool", "iBurst", " ", "\u00c9", "\u00e9", "\u00ff", "\u00b5",
        "k", "K", "s", "S", "\u017f"));
    Map<String, String> map = mapOf(DIRECTIVES);
    KeywordIndex<String> index = indexOf(DIRECTIVES);
    qt().forAll(TextGen.concatenations(pieces, 1, 4), Generate.range(0, 40),
            Generate.range(0, 40))
        .checkAssert((text, a, b) -> {
          int start = Math.min(Math.min(a, b), text.length());
          int end = Math.min(Math.max(a, b), text.length());
          assertThat(index.find(text, start, end)).as("[%s] %d-%d", text, start, end)
              .isEqualTo(mapLookup(map, text, start, end));
        });
  }
}

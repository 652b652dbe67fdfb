package dev.ntplint.fs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FnMatchTest {

  @ParameterizedTest(name = "fnmatch({0}, {1}) = {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "*.conf | a.conf | true",
      "*.conf | .conf | false",
      "*.conf | a.conf.bak | false",
      "*.conf | a.confconf.conf | true",
      "* | .hidden | false",
      ".* | .hidden | true",
      ".* | . | true",
      "?hidden | .hidden | false",
      "[.]hidden | .hidden | false",
      "\\.hidden | .hidden | true",
      "a?c | abc | true",
      "a?c | ac | false",
      "[abc].conf | b.conf | true",
      "[!abc].conf | b.conf | false",
      "[^abc].conf | d.conf | true",
      "[a-c]x | bx | true",
      "[a-c]x | dx | false",
      "[]]x | ]x | true",
      "[!]]x | ]x | false",
      "[a-]x | -x | true",
      "[-a]x | -x | true",
      "[[:digit:]]*.conf | 10.conf | true",
      "[[:digit:]]*.conf | a.conf | false",
      "[[:upper:][:digit:]]x | Bx | true",
      "[[:bogus:]]x | bx | false",
      "[[=a=]]x | ax | true",
      "[[.a.]-c]x | bx | true",
      "[abc | [abc | true",
      "[abc | a | false",
      "a\\*c | a*c | true",
      "a\\*c | abc | false",
      "[\\]]x | ]x | true",
      "abc\\ | abc\\ | false",
      "*a*b*c | xxaxxbxxc | true",
      "*a*b*c | xxaxxbxxcx | false",
      "** | anything | true",
  })
  void matchesLikeGlibc(String pattern, String name, boolean expected) {
    assertThat(FnMatch.matches(pattern, name, false)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "patternType({0}) = {1}")
  @CsvSource(delimiter = '|', value = {
      "abc | 0",
      "a*c | 1",
      "a?c | 1",
      "[ab] | 1",
      "[ab | 4",
      "a\\bc | 2",
      "\\[ab] | 2",
      "[a\\b | 6",
  })
  void patternTypeLikeGlibc(String pattern, int type) {
    assertThat(FnMatch.patternType(pattern, true)).isEqualTo(type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"a\\bc | abc", "a\\\\b | a\\b", "abc\\ | abc", "abc | abc"})
  void unescape(String escaped, String plain) {
    assertThat(FnMatch.unescape(escaped)).isEqualTo(plain);
  }

  @org.junit.jupiter.api.Test
  void questionMarkMatchesOneByteInTheCLocale() {
    // "é" is two bytes in UTF-8: one ? does not match it, two do.
    String name = ConfinedFileSystem.Bytes.of("é.conf");
    assertThat(FnMatch.matches("?.conf", name, false)).isFalse();
    assertThat(FnMatch.matches("??.conf", name, false)).isTrue();
  }
}

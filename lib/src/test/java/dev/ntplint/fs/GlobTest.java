package dev.ntplint.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * glob(3) as glibc does it; the behaviours marked [chronyd] were checked with chronyd -p 4.3
 * (whose include is glob with GLOB_NOMAGIC|GLOB_ERR) and are checked again end to end by the
 * include resolver's oracle tests.
 */
class GlobTest {

  @TempDir Path dir;
  ConfinedFileSystem fs;

  @BeforeEach
  void tree() throws IOException {
    for (String f : new String[] {"d1/a.conf", "d1/b.conf", "d1/.hidden.conf", "d1/notes.txt",
        "d2/a.conf", "d2/B.conf", "d2/10.conf", "d2/9.conf", "e/x/one.conf", "e/y/one.conf",
        "e/z/two.conf", "file.conf", "[d/a.conf", "star*/s.conf"}) {
      write(f);
    }
    Files.createDirectories(dir.resolve("empty"));
    fs = ConfinedFileSystem.unconfined(dir);
  }

  private void write(String relative) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, relative + "\n", StandardCharsets.UTF_8);
  }

  private GlobResult include(String pattern) {
    return fs.glob(pattern);
  }

  private static GlobResult.Matches matches(GlobResult result) {
    assertThat(result).isInstanceOf(GlobResult.Matches.class);
    return (GlobResult.Matches) result;
  }

  @Test
  void wildcardMatchesAreSortedInCByteOrder() {
    assertThat(matches(include("d2/*.conf")).paths())
        .containsExactly("d2/10.conf", "d2/9.conf", "d2/B.conf", "d2/a.conf");
  }

  @Test
  void hiddenFilesAreNotMatchedByWildcards() {
    assertThat(matches(include("d1/*")).paths()).containsExactly("d1/a.conf", "d1/b.conf",
        "d1/notes.txt");
    // [chronyd] `.*` matches ., .. and the hidden file.
    assertThat(matches(include("d1/.*")).paths()).containsExactly("d1/.", "d1/..",
        "d1/.hidden.conf");
    assertThat(matches(include("d1/[.]hidden.conf")).paths()).isEmpty();
  }

  @Test
  void wildcardsInDirectoryComponents() {
    assertThat(matches(include("e/*/one.conf")).paths()).containsExactly("e/x/one.conf",
        "e/y/one.conf");
    assertThat(matches(include("?1/[ab].conf")).paths()).containsExactly("d1/a.conf",
        "d1/b.conf");
    assertThat(matches(include("d?/a.conf")).paths()).containsExactly("d1/a.conf", "d2/a.conf");
    assertThat(matches(include("*/*/*.conf")).paths()).containsExactly("e/x/one.conf",
        "e/y/one.conf", "e/z/two.conf");
  }

  @Test
  void absolutePatternsKeepTheirDirectorySpelling() {
    String abs = dir.toString();
    assertThat(matches(include(abs + "/d1/*.conf")).paths()).containsExactly(
        abs + "/d1/a.conf", abs + "/d1/b.conf");
    assertThat(matches(include(abs + "/d1//*.conf")).paths()).containsExactly(
        abs + "/d1//a.conf", abs + "/d1//b.conf");
    assertThat(matches(include("./d1/a*")).paths()).containsExactly("./d1/a.conf");
  }

  @Test
  void noMatchInAnExistingDirectoryIsEmpty() {
    assertThat(matches(include("empty/*.conf")).paths()).isEmpty();
    assertThat(matches(include("d1/*.nothing")).paths()).isEmpty();
    // a wildcard directory part matching nothing: no match, no error
    assertThat(matches(include("nonexistent*/a.conf")).paths()).isEmpty();
  }

  @Test
  void wildcardInAMissingDirectoryAborts() {
    GlobResult result = include("missing/*.conf");
    assertThat(result).isInstanceOf(GlobResult.Aborted.class);
    assertThat(((GlobResult.Aborted) result).problem().kind()).isEqualTo(
        FsProblem.Kind.NOT_FOUND);
    assertThat(((GlobResult.Aborted) result).problem().path()).isEqualTo("missing");
    // [chronyd] also through a wildcard directory part
    assertThat(include("missing/*/a.conf")).isInstanceOf(GlobResult.Aborted.class);
    // without GLOB_ERR (confdir): nothing
    assertThat(matches(fs.glob("missing/*.conf", EnumSet.of(GlobFlag.NOSORT))).paths())
        .isEmpty();
  }

  @Test
  void wildcardUnderARegularFileIsNoMatch() {
    // [chronyd] opendir fails with ENOTDIR, which glob ignores even with GLOB_ERR
    assertThat(matches(include("file.conf/*")).paths()).isEmpty();
  }

  @Test
  void literalPatternsAreReturnedUncheckedWithNomagic() {
    assertThat(matches(include("d1/a.conf")).paths()).containsExactly("d1/a.conf");
    assertThat(matches(include("d1/missing.conf")).paths()).containsExactly("d1/missing.conf");
    assertThat(matches(include("missing/x.conf")).paths()).containsExactly("missing/x.conf");
    // without GLOB_NOMAGIC a literal is checked with lstat
    Set<GlobFlag> plain = EnumSet.noneOf(GlobFlag.class);
    assertThat(matches(fs.glob("d1/missing.conf", plain)).paths()).isEmpty();
    assertThat(matches(fs.glob("d1/a.conf", plain)).paths()).containsExactly("d1/a.conf");
  }

  @Test
  void trailingSlashGlobsThePatternWithMark() {
    // [chronyd] include d1/a.conf/ reads d1/a.conf; include d1/ opens the directory d1/
    assertThat(matches(include("d1/a.conf/")).paths()).containsExactly("d1/a.conf");
    assertThat(matches(include("d1/")).paths()).containsExactly("d1/");
    assertThat(matches(include("d*/")).paths()).containsExactly("d1/", "d2/");
    assertThat(matches(fs.glob("e/*", EnumSet.of(GlobFlag.MARK))).paths())
        .containsExactly("e/x/", "e/y/", "e/z/");
  }

  @Test
  void backslashEscapes() {
    // [chronyd] include d1/\a.conf reads d1/a.conf
    assertThat(matches(include("d1/\\a.conf")).paths()).containsExactly("d1/a.conf");
    assertThat(matches(include("star\\*/s.conf")).paths()).containsExactly("star*/s.conf");
    assertThat(matches(include("star*/s.conf")).paths()).containsExactly("star*/s.conf");
  }

  @Test
  void unterminatedBracketIsLiteralButSearched() {
    // [chronyd] "[d" has a bracket without its ]: glob searches for it literally
    assertThat(matches(include("[d/a.conf")).paths()).containsExactly("[d/a.conf");
    assertThat(matches(include("[x/a.conf")).paths()).isEmpty();
  }

  @Test
  void danglingLinksAreMatched() throws IOException {
    Files.createSymbolicLink(dir.resolve("d1/dangling.conf"), Path.of("nowhere"));
    assertThat(matches(include("d1/*.conf")).paths()).contains("d1/dangling.conf");
    assertThat(matches(fs.glob("d1/dangling.conf", EnumSet.noneOf(GlobFlag.class))).paths())
        .containsExactly("d1/dangling.conf");
  }

  @Test
  void nosortKeepsEveryMatch() {
    assertThat(matches(fs.glob("d2/*.conf", EnumSet.of(GlobFlag.NOSORT))).paths())
        .containsExactlyInAnyOrder("d2/10.conf", "d2/9.conf", "d2/B.conf", "d2/a.conf");
  }

  @Test
  void utf8NamesSortByBytes() throws IOException {
    write("u/é.conf");
    write("u/z.conf");
    write("u/Z.conf");
    assertThat(matches(include("u/*")).paths()).containsExactly("u/Z.conf", "u/z.conf",
        "u/é.conf");
    assertThat(matches(include("u/??.conf")).paths()).containsExactly("u/é.conf");
  }
}

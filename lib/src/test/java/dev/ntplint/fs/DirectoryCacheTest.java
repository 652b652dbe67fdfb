package dev.ntplint.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * {@link ConfinedFileSystem#withDirectoryCache()}: a file system that remembers the directories
 * it walked answers every question as one that walks every component every time.
 */
class DirectoryCacheTest {

  @TempDir Path tmp;
  Path root;

  /** Names the generated paths are made of: directories, files, links of every kind, dots. */
  private static final List<String> NAMES = List.of("etc", "chrony", "conf.d", "a.conf",
      "chrony.conf", "to-chrony", "to-etc-abs", "up", "file-link", "dangling", "loop", "missing",
      ".", "..", "");

  @BeforeEach
  void tree() throws IOException {
    root = Files.createDirectories(tmp.resolve("root"));
    write("etc/chrony/chrony.conf", "main\n");
    write("etc/chrony/conf.d/a.conf", "a\n");
    write("etc/a.conf", "etc a\n");
    Files.createSymbolicLink(root.resolve("etc/to-chrony"), Path.of("chrony"));
    Files.createSymbolicLink(root.resolve("etc/chrony/to-etc-abs"), root.resolve("etc"));
    Files.createSymbolicLink(root.resolve("etc/chrony/conf.d/up"), Path.of("../.."));
    Files.createSymbolicLink(root.resolve("etc/chrony/file-link"), Path.of("chrony.conf"));
    Files.createSymbolicLink(root.resolve("etc/dangling"), Path.of("missing/a.conf"));
    Files.createSymbolicLink(root.resolve("etc/chrony/loop"), Path.of("loop"));
  }

  private void write(String relative, String content) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  /** A path of 1-6 names, relative to the working directory or absolute under the root. */
  private Gen<String> paths() {
    Gen<List<Integer>> names = lists().of(integers().between(0, NAMES.size() - 1))
        .ofSizeBetween(1, 6);
    return names.zip(booleans().all(), booleans().all(), (picked, absolute, trailingSlash) -> {
      StringBuilder path = new StringBuilder(absolute ? root + "/etc/" : "");
      for (int i = 0; i < picked.size(); i++) {
        path.append(i == 0 ? "" : "/").append(NAMES.get(picked.get(i)));
      }
      return path.append(trailingSlash ? "/" : "").toString();
    });
  }

  /** Everything the file system says of a path, in words that compare. */
  private static String describe(ConfinedFileSystem fs, String path) {
    return "resolve " + fs.resolve(path) + "\nlstat " + fs.resolveNoFollow(path)
        + "\nread " + describe(fs.readFile(path)) + "\nlist " + fs.listDirectory(path);
  }

  private static String describe(FileRead read) {
    if (read instanceof FileRead.Contents contents) {
      return contents.realPath() + " " + new String(contents.bytes(), StandardCharsets.UTF_8);
    }
    return read.toString();
  }

  @Test
  void aCachingFileSystemAnswersAsOneThatWalksEveryComponent() {
    qt().withExamples(300).forAll(lists().of(paths()).ofSizeBetween(1, 8)).checkAssert(list -> {
      ConfinedFileSystem walking = ConfinedFileSystem.unconfined(root.resolve("etc"));
      ConfinedFileSystem caching = walking.withDirectoryCache();
      List<String> expected = new ArrayList<>();
      List<String> actual = new ArrayList<>();
      // Twice over: the second round finds every directory of the first in the cache.
      for (int round = 0; round < 2; round++) {
        for (String path : list) {
          expected.add(path + "\n" + describe(walking, path));
          actual.add(path + "\n" + describe(caching, path));
        }
      }
      assertThat(actual).containsExactlyElementsOf(expected);
    });
  }

  @Test
  void symbolicLinksOfACachedPrefixStillCountTowardsTheLimit() throws IOException {
    // A chain of links, each to the next, so that a path through them follows many links.
    Path chain = Files.createDirectories(root.resolve("chain"));
    Files.createDirectories(chain.resolve("end"));
    Files.writeString(chain.resolve("end/f"), "f\n");
    int length = ConfinedFileSystem.MAX_SYMLINKS - 1;
    Files.createSymbolicLink(chain.resolve("l" + length), Path.of("end"));
    for (int i = length - 1; i >= 1; i--) {
      Files.createSymbolicLink(chain.resolve("l" + i), Path.of("l" + (i + 1)));
    }
    Files.createSymbolicLink(chain.resolve("end/two"), Path.of("three"));
    Files.createSymbolicLink(chain.resolve("end/three"), Path.of("f"));
    ConfinedFileSystem caching = ConfinedFileSystem.unconfined(root).withDirectoryCache();
    // 39 links to reach the directory: within the limit, and now cached.
    assertThat(describe(caching.readFile(root + "/chain/l1/f"))).endsWith(" f\n");
    // Two more for the file make 41: too many, cached or not.
    FileRead tooMany = caching.readFile(root + "/chain/l1/two");
    assertThat(tooMany).isInstanceOf(FileRead.Refused.class);
    assertThat(((FileRead.Refused) tooMany).problem().kind())
        .isEqualTo(FsProblem.Kind.SYMLINK_LOOP);
    assertThat(describe(ConfinedFileSystem.unconfined(root).readFile(root + "/chain/l1/two")))
        .isEqualTo(describe(tooMany));
  }

  @Test
  void aDirectoryIsResolvedOnceForTheLifeOfTheCache() throws IOException {
    write("dir/x.conf", "old\n");
    write("other/x.conf", "new\n");
    ConfinedFileSystem walking = ConfinedFileSystem.unconfined(root);
    ConfinedFileSystem caching = walking.withDirectoryCache().withMaxFileSize(1000);
    assertThat(describe(caching.readFile("dir/x.conf")))
        .isEqualTo(root.resolve("dir/x.conf") + " old\n");
    // The directory becomes a link to another one: the cache still takes it for what it was,
    // while the file itself is read afresh.
    Files.delete(root.resolve("dir/x.conf"));
    Files.delete(root.resolve("dir"));
    Files.createSymbolicLink(root.resolve("dir"), Path.of("other"));
    assertThat(describe(caching.readFile("dir/x.conf")))
        .isEqualTo(root.resolve("dir/x.conf") + " new\n");
    assertThat(describe(walking.readFile("dir/x.conf")))
        .isEqualTo(root.resolve("other/x.conf") + " new\n");
  }

  @Test
  void aDirectoryFoundMissingStaysMissingForTheLifeOfTheCache() throws IOException {
    ConfinedFileSystem walking = ConfinedFileSystem.unconfined(root);
    ConfinedFileSystem caching = walking.withDirectoryCache();
    assertThat(caching.readFile("later/x.conf")).isEqualTo(walking.readFile("later/x.conf"));
    assertThat(caching.listDirectory("later/sub/")).isEqualTo(walking.listDirectory("later/sub/"));
    write("later/x.conf", "made\n");
    assertThat(describe(walking.readFile("later/x.conf"))).endsWith(" made\n");
    FileRead cached = caching.readFile("later/x.conf");
    assertThat(cached).isInstanceOf(FileRead.Refused.class);
    assertThat(((FileRead.Refused) cached).problem())
        .isEqualTo(FsProblem.of(FsProblem.Kind.NOT_FOUND, "later/x.conf"));
    // The directory itself, and a missing file of a directory that exists, are asked afresh.
    assertThat(caching.resolve("later")).isEqualTo(walking.resolve("later"));
    assertThat(caching.readFile("etc/new.conf")).isEqualTo(walking.readFile("etc/new.conf"));
    write("etc/new.conf", "new\n");
    assertThat(describe(caching.readFile("etc/new.conf"))).endsWith(" new\n");
  }

  @Test
  void aRootedFileSystemCachesNothing() {
    ConfinedFileSystem rooted = ConfinedFileSystem.rooted(root);
    assertThat(rooted.withDirectoryCache()).isSameAs(rooted);
    ConfinedFileSystem caching = ConfinedFileSystem.unconfined(root).withDirectoryCache();
    assertThat(caching.withDirectoryCache()).isSameAs(caching);
  }
}

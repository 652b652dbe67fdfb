package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.fs.FsProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directory walk of {@code check DIR}: configuration files only, hidden directories skipped,
 * main files first and fragments after, each group by name; a fragment as {@link
 * CheckFiles#fragment} says of the file alone, whatever way the directory was named.
 */
class CheckFilesTest {

  @TempDir
  Path dir;

  @Test
  void mainFilesComeFirstThenFragmentsEachByNameAsFragmentSaysOfEachFile() throws IOException {
    for (String name : List.of("z/ntp.conf", "a/chrony.conf", "a/chrony.d/b.conf",
        "a/chrony.d/a.conf", "host.d/ntp.conf", "c/x.sources", "c/Y.SOURCES", "m/ntp.d/y.conf",
        "m/ntpsec/ntp.conf", ".hidden/chrony.conf", "a/.git/chrony.conf", "readme.txt",
        "other.conf", "a/chrony.conf.bak", "etc/chrony/sub.conf", "upper.D/chrony.conf",
        "fleet/ntp/host1.conf", "fleet/ntp/notes.txt", "fleet/ntp-old/host2.conf")) {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "server a.example\n");
    }
    Files.createDirectories(dir.resolve("ntp.conf.d-as-dir/chrony.conf"));

    List<String> walked = names(dir);
    assertThat(walked).containsExactlyInAnyOrder(
        "z/ntp.conf", "a/chrony.conf", "a/chrony.d/b.conf", "a/chrony.d/a.conf", "host.d/ntp.conf",
        "c/x.sources", "c/Y.SOURCES", "m/ntp.d/y.conf", "m/ntpsec/ntp.conf",
        "etc/chrony/sub.conf", "upper.D/chrony.conf", "fleet/ntp/host1.conf");
    assertThat(walked).startsWith("a/chrony.conf", "etc/chrony/sub.conf", "fleet/ntp/host1.conf",
        "m/ntpsec/ntp.conf", "upper.D/chrony.conf", "z/ntp.conf");
    for (Path root : List.of(dir, dir.resolve("a/.."), dir.resolve("host.d"),
        dir.resolve("a/chrony.d/../chrony.d"), dir.resolve("m/ntp.d/.."))) {
      List<String> inputs = walked(root).stream().map(CheckFiles.Input::name).toList();
      assertThat(inputs).as("%s", root).isNotEmpty().isEqualTo(inputs.stream()
          .sorted(Comparator.comparing((String name) -> CheckFiles.fragment(Path.of(name)))
              .thenComparing(Comparator.naturalOrder())).toList());
      assertThat(walked(root)).allMatch(CheckFiles.Input::walked);
    }
    assertThat(walked(dir.resolve("host.d"))).extracting(CheckFiles.Input::name)
        .containsExactly(dir.resolve("host.d/ntp.conf").toString());
    assertThat(CheckFiles.fragment(dir.resolve("host.d/ntp.conf"))).isTrue();
  }

  @Test
  void aSymbolicLinkNamedAsTheDirectoryIsFollowedAndItsFilesNamedUnderItButLinksInsideAreNot()
      throws IOException {
    for (String name : List.of("real/ntp.conf", "real/chrony.d/a.conf", "real/b/chrony.conf",
        "elsewhere/chrony.conf")) {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "server a.example\n");
    }
    Files.createSymbolicLink(dir.resolve("real/inner"), dir.resolve("elsewhere"));
    Files.createSymbolicLink(dir.resolve("real/linked.conf"), dir.resolve("real/ntp.conf"));
    Path link = Files.createSymbolicLink(dir.resolve("etc-ntp"), dir.resolve("real"));

    assertThat(walked(link)).extracting(CheckFiles.Input::name).containsExactly(
        link.resolve("b/chrony.conf").toString(), link.resolve("ntp.conf").toString(),
        link.resolve("chrony.d/a.conf").toString());
    // The same files as walking the directory itself, in the same order, named under the link.
    assertThat(walked(link)).extracting(input -> link.relativize(Path.of(input.name())))
        .isEqualTo(walked(dir.resolve("real")).stream()
            .map(input -> dir.resolve("real").relativize(Path.of(input.name()))).toList());
    // A link named like a fragment directory makes its files fragments, as their names say.
    Path fragments = Files.createSymbolicLink(dir.resolve("ntp.d"), dir.resolve("real"));
    assertThat(walked(fragments)).extracting(CheckFiles.Input::name).containsExactly(
        fragments.resolve("b/chrony.conf").toString(),
        fragments.resolve("chrony.d/a.conf").toString(), fragments.resolve("ntp.conf").toString());
  }

  /**
   * A directory that cannot be read (its listing fails at once or part way) is said and the walk
   * goes on: the visitor is called as Files.walkFileTree calls it, since the tests may run as
   * root, whom no permission stops.
   */
  @Test
  void anUnreadableDirectoryIsSaidAndTheWalkGoesOn() throws IOException {
    Path link = dir.resolve("etc-link");
    List<FsProblem> unreadable = new ArrayList<>();
    CheckFiles.Walk walk = new CheckFiles.Walk(link, link.resolve("."), unreadable);
    assertThat(walk.preVisitDirectory(link.resolve("."), null))
        .isEqualTo(FileVisitResult.CONTINUE);
    assertThat(walk.visitFileFailed(link.resolve("./private"),
        new AccessDeniedException(link.resolve("./private").toString())))
        .isEqualTo(FileVisitResult.CONTINUE);
    assertThat(walk.preVisitDirectory(link.resolve("./sub"), null))
        .isEqualTo(FileVisitResult.CONTINUE);
    assertThat(walk.postVisitDirectory(link.resolve("./sub"), new IOException("Input/output"
        + " error"))).isEqualTo(FileVisitResult.CONTINUE);
    assertThat(walk.postVisitDirectory(link.resolve("."), null))
        .isEqualTo(FileVisitResult.CONTINUE);
    assertThat(unreadable).extracting(FsProblem::message).containsExactly(
        link.resolve("private") + ": Permission denied",
        link.resolve("sub") + ": Input/output error");
    assertThat(walk.inputs()).isEmpty();
  }

  /** What {@link CheckFiles#walk} finds under {@code root}, which it can read all of. */
  private static List<CheckFiles.Input> walked(Path root) {
    List<FsProblem> unreadable = new ArrayList<>();
    List<CheckFiles.Input> inputs = CheckFiles.walk(root, unreadable);
    assertThat(unreadable).as("%s", root).isEmpty();
    return inputs;
  }

  private List<String> names(Path root) {
    return walked(root).stream()
        .map(input -> dir.relativize(Path.of(input.name())).toString()).toList();
  }
}

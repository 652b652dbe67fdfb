package dev.ntplint.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfinedFileSystemTest {

  @TempDir Path tmp;
  /** The --root directory. */
  Path root;
  /** A file outside the root that nothing may read. */
  Path secret;

  @BeforeEach
  void tree() throws IOException {
    root = Files.createDirectories(tmp.resolve("root"));
    secret = tmp.resolve("secret.conf");
    Files.writeString(secret, "secret\n");
    write("etc/chrony/chrony.conf", "main\n");
    write("etc/chrony/conf.d/a.conf", "a\n");
    write("etc/other.conf", "other\n");
  }

  private Path write(String relative, String content) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static String text(FileRead read) {
    assertThat(read).isInstanceOf(FileRead.Contents.class);
    return new String(((FileRead.Contents) read).bytes(), StandardCharsets.UTF_8);
  }

  private static FsProblem problem(FileRead read) {
    assertThat(read).isInstanceOf(FileRead.Refused.class);
    return ((FileRead.Refused) read).problem();
  }

  private static FsProblem problem(Resolution resolution) {
    assertThat(resolution).isInstanceOf(Resolution.Unresolved.class);
    return ((Resolution.Unresolved) resolution).problem();
  }

  // --- unconfined -----------------------------------------------------------------------------

  @Test
  void unconfinedResolvesRelativePathsAgainstTheWorkingDirectory() {
    ConfinedFileSystem fs = ConfinedFileSystem.unconfined(root.resolve("etc"));
    assertThat(text(fs.readFile("chrony/chrony.conf"))).isEqualTo("main\n");
    assertThat(text(fs.readFile("./chrony/../other.conf"))).isEqualTo("other\n");
    assertThat(text(fs.readFile(root.resolve("etc/other.conf").toString()))).isEqualTo("other\n");
    assertThat(fs.isConfined()).isFalse();
    assertThat(fs.root()).isEmpty();
  }

  @Test
  void unconfinedDotDotAboveSlashStaysAtSlash() {
    ConfinedFileSystem fs = ConfinedFileSystem.unconfined(root);
    String viaSlashDotDot = "/../../.." + secret.toAbsolutePath();
    assertThat(text(fs.readFile(viaSlashDotDot))).isEqualTo("secret\n");
  }

  // --- rooted -----------------------------------------------------------------------------------

  @Test
  void rootedAbsolutePathsAreInsideTheRoot() throws IOException {
    ConfinedFileSystem fs = ConfinedFileSystem.rooted(root);
    assertThat(text(fs.readFile("/etc/chrony/chrony.conf"))).isEqualTo("main\n");
    assertThat(text(fs.readFile("etc/chrony/chrony.conf"))).isEqualTo("main\n");
    Resolution r = fs.resolve("/etc/chrony/conf.d/a.conf");
    assertThat(r).isInstanceOf(Resolution.Resolved.class);
    assertThat(((Resolution.Resolved) r).realPath())
        .isEqualTo(root.toRealPath().resolve("etc/chrony/conf.d/a.conf"));
    assertThat(fs.root()).contains(root.toRealPath());
    // the host's absolute path of the secret does not exist inside the root
    assertThat(problem(fs.readFile(secret.toAbsolutePath().toString())).kind())
        .isEqualTo(FsProblem.Kind.NOT_FOUND);
  }

  @Test
  void rootedRelativePathsUseTheWorkingDirectoryInsideTheRoot() {
    ConfinedFileSystem fs = ConfinedFileSystem.rooted(root, Path.of("/etc/chrony"));
    assertThat(fs.cwd()).isEqualTo("/etc/chrony");
    assertThat(text(fs.readFile("conf.d/a.conf"))).isEqualTo("a\n");
    assertThat(text(fs.readFile("../other.conf"))).isEqualTo("other\n");
  }

  @Test
  void dotDotCannotClimbAboveTheRoot() {
    ConfinedFileSystem fs = ConfinedFileSystem.rooted(root, Path.of("/etc"));
    String escape = "../../secret.conf"; // from /etc: /, then above the root
    FsProblem p = problem(fs.readFile(escape));
    assertThat(p.kind()).isEqualTo(FsProblem.Kind.OUTSIDE_ROOT);
    assertThat(p.path()).isEqualTo(escape);
    assertThat(p.detail()).contains("`..` climbs above the root");
    assertThat(problem(fs.resolve("/../secret.conf")).kind())
        .isEqualTo(FsProblem.Kind.OUTSIDE_ROOT);
    // .. that stays inside is fine
    assertThat(text(fs.readFile("/etc/chrony/../other.conf"))).isEqualTo("other\n");
  }

  @Test
  void absoluteSymlinkTargetsAreReRooted() throws IOException {
    // A link to an absolute path: on the target machine that path is inside its own /.
    Files.createSymbolicLink(root.resolve("etc/chrony/conf.d/abs.conf"),
        Path.of("/etc/other.conf"));
    Files.createSymbolicLink(root.resolve("etc/chrony/conf.d/host.conf"),
        secret.toAbsolutePath());
    ConfinedFileSystem fs = ConfinedFileSystem.rooted(root);
    assertThat(text(fs.readFile("/etc/chrony/conf.d/abs.conf"))).isEqualTo("other\n");
    // The link to the host's secret is re-rooted: root/<tmp>/secret.conf does not exist.
    FsProblem p = problem(fs.readFile("/etc/chrony/conf.d/host.conf"));
    assertThat(p.kind()).isEqualTo(FsProblem.Kind.NOT_FOUND);
    // Unconfined, the same link reads the secret: the confinement is what protects it.
    assertThat(text(ConfinedFileSystem.unconfined(root)
        .readFile("etc/chrony/conf.d/host.conf"))).isEqualTo("secret\n");
  }

  @Test
  void relativeSymlinkEscapingViaDotDotIsOutsideRoot() throws IOException {
    Files.createSymbolicLink(root.resolve("etc/chrony/conf.d/rel.conf"),
        Path.of("../../../../secret.conf"));
    ConfinedFileSystem fs = ConfinedFileSystem.rooted(root);
    FsProblem p = problem(fs.readFile("/etc/chrony/conf.d/rel.conf"));
    assertThat(p.kind()).isEqualTo(FsProblem.Kind.OUTSIDE_ROOT);
    assertThat(p.detail()).contains("/etc/chrony/conf.d/rel.conf -> ../../../../secret.conf");
    // unconfined, the link is an ordinary link
    assertThat(text(ConfinedFileSystem.unconfined(root)
        .readFile("etc/chrony/conf.d/rel.conf"))).isEqualTo("secret\n");
  }

  @Test
  void symlinkedDirectoryEscapingTheRoot() throws IOException {
    Files.createSymbolicLink(root.resolve("etc/up"), Path.of("../.."));
    Files.createSymbolicLink(root.resolve("etc/slash"), Path.of("/"));
    ConfinedFileSystem fs = ConfinedFileSystem.rooted(root);
    assertThat(problem(fs.readFile("/etc/up/secret.conf")).kind())
        .isEqualTo(FsProblem.Kind.OUTSIDE_ROOT);
    assertThat(fs.listDirectory("/etc/up")).isInstanceOf(DirectoryListing.Refused.class);
    // "/" re-rooted is the root itself
    assertThat(text(fs.readFile("/etc/slash/etc/other.conf"))).isEqualTo("other\n");
    GlobResult g = fs.glob("/etc/up/*.conf");
    assertThat(g).isInstanceOf(GlobResult.Aborted.class);
    assertThat(((GlobResult.Aborted) g).problem().kind()).isEqualTo(FsProblem.Kind.OUTSIDE_ROOT);
    GlobResult.Matches noErr = (GlobResult.Matches) fs.glob("/etc/*/*.conf",
        EnumSet.of(GlobFlag.NOSORT));
    assertThat(noErr.paths()).containsExactly("/etc/chrony/chrony.conf");
    assertThat(noErr.skipped()).extracting(FsProblem::kind)
        .containsExactly(FsProblem.Kind.OUTSIDE_ROOT);
  }

  @Test
  void symlinkLoopsEndWithEloop() throws IOException {
    Files.createSymbolicLink(root.resolve("etc/loop1"), Path.of("loop2"));
    Files.createSymbolicLink(root.resolve("etc/loop2"), Path.of("loop1"));
    for (ConfinedFileSystem fs : new ConfinedFileSystem[] {ConfinedFileSystem.rooted(root),
        ConfinedFileSystem.unconfined(root)}) {
      assertThat(problem(fs.readFile("/etc/loop1".substring(fs.isConfined() ? 0 : 1))).kind())
          .isEqualTo(FsProblem.Kind.SYMLINK_LOOP);
    }
  }

  @Test
  void resolveNoFollowSeesTheLink() throws IOException {
    Files.createSymbolicLink(root.resolve("etc/dangling"), Path.of("nowhere"));
    ConfinedFileSystem fs = ConfinedFileSystem.rooted(root);
    assertThat(fs.resolveNoFollow("/etc/dangling")).isInstanceOfSatisfying(
        Resolution.Resolved.class, r -> assertThat(r.kind()).isEqualTo(FileKind.SYMLINK));
    assertThat(problem(fs.resolve("/etc/dangling")).kind()).isEqualTo(FsProblem.Kind.NOT_FOUND);
  }

  @Test
  void componentsThatAreNotDirectories() {
    ConfinedFileSystem fs = ConfinedFileSystem.rooted(root);
    assertThat(problem(fs.readFile("/etc/other.conf/x")).kind())
        .isEqualTo(FsProblem.Kind.NOT_A_DIRECTORY);
    assertThat(problem(fs.readFile("/etc/other.conf/")).kind())
        .isEqualTo(FsProblem.Kind.NOT_A_DIRECTORY);
    assertThat(problem(fs.readFile("")).kind()).isEqualTo(FsProblem.Kind.NOT_FOUND);
  }

  // --- reading ----------------------------------------------------------------------------------

  @Test
  void directoriesAreRefused() {
    ConfinedFileSystem fs = ConfinedFileSystem.rooted(root);
    assertThat(problem(fs.readFile("/etc/chrony")).kind()).isEqualTo(FsProblem.Kind.IS_DIRECTORY);
    assertThat(problem(fs.readFile("/")).kind()).isEqualTo(FsProblem.Kind.IS_DIRECTORY);
  }

  @Test
  void fifosAreRefusedWithoutBlocking() throws Exception {
    Path fifo = root.resolve("etc/fifo.conf");
    makeFifo(fifo);
    ConfinedFileSystem fs = ConfinedFileSystem.rooted(root);
    FsProblem p = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> problem(fs.readFile("/etc/fifo.conf")));
    assertThat(p.kind()).isEqualTo(FsProblem.Kind.FIFO);
    assertThat(p.detail()).contains("FIFO");
    assertThat(fs.resolve("/etc/fifo.conf")).isInstanceOfSatisfying(Resolution.Resolved.class,
        r -> assertThat(r.kind()).isEqualTo(FileKind.FIFO));
  }

  static void makeFifo(Path fifo) throws Exception {
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    } catch (IOException e) {
      Assumptions.abort("mkfifo is not available: " + e.getMessage());
      return;
    }
    assertThat(p.waitFor()).isZero();
  }

  @Test
  void devicesAreRefused() {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")), "no /dev/null");
    ConfinedFileSystem fs = ConfinedFileSystem.unconfined(root);
    FsProblem p = problem(fs.readFile("/dev/null"));
    assertThat(p.kind()).isEqualTo(FsProblem.Kind.DEVICE);
    assertThat(p.detail()).contains("character device");
  }

  @Test
  void socketsAreRefusedAsOpenWouldFail() throws IOException {
    Path socket = root.resolve("etc/sock");
    try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.bind(UnixDomainSocketAddress.of(socket));
      FsProblem p = problem(ConfinedFileSystem.rooted(root).readFile("/etc/sock"));
      assertThat(p.kind()).isEqualTo(FsProblem.Kind.SOCKET);
      assertThat(p.detail()).isEqualTo("No such device or address");
    }
  }

  @Test
  void sizeLimit() throws IOException {
    write("etc/big.conf", "x".repeat(1000));
    ConfinedFileSystem fs = ConfinedFileSystem.rooted(root);
    assertThat(fs.maxFileSize()).isEqualTo(16L * 1024 * 1024);
    assertThat(text(fs.readFile("/etc/big.conf"))).hasSize(1000);
    ConfinedFileSystem small = fs.withMaxFileSize(999);
    FsProblem p = problem(small.readFile("/etc/big.conf"));
    assertThat(p.kind()).isEqualTo(FsProblem.Kind.TOO_LARGE);
    assertThat(p.detail()).contains("999-byte limit");
    assertThat(text(fs.withMaxFileSize(1000).readFile("/etc/big.conf"))).hasSize(1000);
    assertThatThrownBy(() -> fs.withMaxFileSize(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unreadableFilesAreRefused() throws IOException {
    Path p = write("etc/private.conf", "private\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(p), "running as root: permissions do not apply");
    assertThat(problem(ConfinedFileSystem.rooted(root).readFile("/etc/private.conf")).kind())
        .isEqualTo(FsProblem.Kind.PERMISSION_DENIED);
    assertThat(problem(ConfinedFileSystem.unconfined(root).readFile("etc/private.conf")).kind())
        .isEqualTo(FsProblem.Kind.PERMISSION_DENIED);
  }

  // --- the open, after the walk (rooted: java.nio without following links; unconfined: java.io)

  @Test
  void aFinalComponentTurnedIntoALinkBeforeTheOpenIsNotFollowedOutOfTheRoot() {
    ConfinedFileSystem fs = ConfinedFileSystem.rooted(root).withBeforeOpen((path, real) -> {
      Files.delete(real);
      Files.createSymbolicLink(real, secret);
    });
    // The JDK reports O_NOFOLLOW's ELOOP in its own words ("... or unable to access attributes
    // of symbolic link"): an I/O error naming the link, and nothing of the secret read.
    FsProblem p = problem(fs.readFile("/etc/other.conf"));
    assertThat(p.kind()).isEqualTo(FsProblem.Kind.IO_ERROR);
    assertThat(p.detail()).contains("symbolic link");
    assertThat(p.path()).isEqualTo("/etc/other.conf");
  }

  @Test
  void unconfinedAFinalComponentTurnedIntoALinkIsFollowedAsTheDaemonsOpenWould()
      throws IOException {
    ConfinedFileSystem fs = ConfinedFileSystem.unconfined(root).withBeforeOpen((path, real) -> {
      Files.delete(real);
      Files.createSymbolicLink(real, secret);
    });
    assertThat(text(fs.readFile("etc/other.conf"))).isEqualTo("secret\n");
  }

  @Test
  void unconfinedAFileGoneBeforeTheOpenIsNotFound() {
    ConfinedFileSystem fs = ConfinedFileSystem.unconfined(root)
        .withBeforeOpen((path, real) -> Files.delete(real));
    FsProblem p = problem(fs.readFile("etc/other.conf"));
    assertThat(p.kind()).isEqualTo(FsProblem.Kind.NOT_FOUND);
    assertThat(p.path()).isEqualTo("etc/other.conf");
    assertThat(p.detail()).isEqualTo("No such file or directory");
  }

  @Test
  void unconfinedAFileGrownPastTheLimitBeforeTheOpenIsRefusedWithTheLimit() {
    ConfinedFileSystem fs = ConfinedFileSystem.unconfined(root).withMaxFileSize(10)
        .withBeforeOpen((path, real) -> Files.writeString(real, "x".repeat(11)));
    FsProblem p = problem(fs.readFile("etc/other.conf"));
    assertThat(p.kind()).isEqualTo(FsProblem.Kind.TOO_LARGE);
    assertThat(p.detail()).contains("10-byte limit");
    assertThat(text(ConfinedFileSystem.unconfined(root).withMaxFileSize(11)
        .readFile("etc/other.conf"))).isEqualTo("x".repeat(11));
  }

  @Test
  void javaIoOpenFailuresAreTheSameProblemsAsJavaNioOnes() {
    assertThat(FsProblem.javaIoReason("/etc/x.conf (Permission denied)"))
        .isEqualTo("Permission denied");
    assertThat(FsProblem.javaIoReason("/etc/a (b).conf (Is a directory)"))
        .isEqualTo("Is a directory");
    assertThat(FsProblem.javaIoReason("no reason")).isEqualTo("no reason");
    assertThat(FsProblem.javaIoReason(null)).isNull();
    assertThat(FsProblem.of(
        new java.io.FileNotFoundException("/x (Permission denied)"), "/x").kind())
        .isEqualTo(FsProblem.Kind.PERMISSION_DENIED);
    assertThat(FsProblem.of(
        new java.io.FileNotFoundException("/x (Too many levels of symbolic links)"), "/x").kind())
        .isEqualTo(FsProblem.Kind.SYMLINK_LOOP);
    assertThat(FsProblem.of(
        new java.io.FileNotFoundException("/x (Stale file handle)"), "/x").detail())
        .isEqualTo("Stale file handle");
  }

  // --- listing ----------------------------------------------------------------------------------

  @Test
  void listingIsSortedInByteOrder() throws IOException {
    for (String n : new String[] {"b", "B", "a", "10", "9", ".h"}) {
      write("etc/list/" + n, n);
    }
    DirectoryListing listing = ConfinedFileSystem.rooted(root).listDirectory("/etc/list");
    assertThat(listing).isInstanceOfSatisfying(DirectoryListing.Listed.class,
        l -> assertThat(l.names()).containsExactly(".h", "10", "9", "B", "a", "b"));
    assertThat(ConfinedFileSystem.rooted(root).listDirectory("/etc/other.conf"))
        .isInstanceOfSatisfying(DirectoryListing.Refused.class,
            r -> assertThat(r.problem().kind()).isEqualTo(FsProblem.Kind.NOT_A_DIRECTORY));
    assertThat(ConfinedFileSystem.rooted(root).listDirectory("/nope"))
        .isInstanceOfSatisfying(DirectoryListing.Refused.class,
            r -> assertThat(r.problem().kind()).isEqualTo(FsProblem.Kind.NOT_FOUND));
  }

  // --- construction -----------------------------------------------------------------------------

  @Test
  void rootMustBeAnExistingDirectory() {
    assertThatThrownBy(() -> ConfinedFileSystem.rooted(tmp.resolve("missing")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConfinedFileSystem.rooted(secret))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void targetPathOfAHostPath() throws IOException {
    ConfinedFileSystem fs = ConfinedFileSystem.rooted(root);
    assertThat(fs.toTargetPath(root.resolve("etc/chrony/chrony.conf")))
        .contains("/etc/chrony/chrony.conf");
    assertThat(fs.toTargetPath(root)).contains("/");
    assertThat(fs.toTargetPath(secret)).isEmpty();
    assertThat(ConfinedFileSystem.unconfined(tmp).toTargetPath(secret))
        .contains(secret.toAbsolutePath().toString());
  }

  @Test
  void cByteOrder() {
    assertThat(java.util.stream.Stream.of("a.conf", "B.conf", "9.conf", "10.conf", "é", "z")
        .sorted(CByteOrder.INSTANCE)).containsExactly("10.conf", "9.conf", "B.conf", "a.conf",
            "z", "é");
  }
}

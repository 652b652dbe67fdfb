package dev.ntplint.chrony.include;

import static dev.ntplint.chrony.include.IncludeScenarios.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.fs.FsProblem;
import dev.ntplint.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChronyIncludeResolverTest {

  @TempDir Path dir;

  private ChronyConfigTree resolve(String main) throws MainFileException {
    return new ChronyIncludeResolver(ConfinedFileSystem.unconfined(dir), ChronyVersion.V4_3)
        .resolve(main);
  }

  private static List<String> lines(ChronyConfigTree tree) {
    return ChronydOracle.echoed(tree);
  }

  private static List<String> codes(ChronyConfigTree tree) {
    return tree.allDiagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  private static List<String> paths(List<IncludedFile> files) {
    return files.stream().map(IncludedFile::displayPath).collect(Collectors.toList());
  }

  private static Diagnostic only(ChronyConfigTree tree, String code) {
    List<Diagnostic> found = tree.allDiagnostics().stream().filter(d -> d.code().equals(code))
        .collect(Collectors.toList());
    assertThat(found).as("diagnostics %s", code).hasSize(1);
    return found.get(0);
  }

  // --- ordering -------------------------------------------------------------------------------

  @Test
  void includeReadsGlobMatchesInByteOrder() throws Exception {
    ChronyConfigTree tree = resolve(IncludeScenarios.globOrder(dir));
    assertThat(lines(tree)).containsExactly("maxdistance 1", "maxdistance 10", "maxdistance 9",
        "maxdistance 11", "maxdistance 12", "maxdistance 13", "maxdistance 2");
    Inclusion inclusion = tree.root().inclusions().get(0);
    assertThat(inclusion.directive().directive()).isEqualTo(ChronyDirectiveKind.INCLUDE);
    assertThat(paths(inclusion.files())).containsExactly("conf.d/10.conf", "conf.d/9.conf",
        "conf.d/B.conf", "conf.d/_x.conf", "conf.d/a.conf");
    assertThat(inclusion.files()).allSatisfy(f -> assertThat(f.depth()).isEqualTo(2));
    assertThat(tree.root().depth()).isEqualTo(1);
    assertThat(tree.root().displayPath()).isEqualTo("main.conf");
    assertThat(tree.allDiagnostics()).isEmpty();
    assertThat(tree.rejected()).isFalse();
  }

  @Test
  void confdirOrdersByBasenameAndTheFirstDirectoryWins() throws Exception {
    ChronyConfigTree tree = resolve(IncludeScenarios.confdirFirstWins(dir));
    assertThat(paths(tree.root().inclusions().get(0).files())).containsExactly("d2/Z.conf",
        "d2/a.conf", "d1/b.conf", "d3/c.conf", "d1/x.conf");
    assertThat(lines(tree)).containsExactly("server host-start", "server host-d2-Z",
        "server host-d2-a", "server host-d1-b", "server host-d3-c", "server host-d1-x",
        "server host-end");
    assertThat(tree.allDiagnostics()).isEmpty(); // the missing directory is ignored, as chronyd
  }

  @Test
  void confdirReadsOnlyPathsSpelledDirSlashName() throws Exception {
    ChronyConfigTree tree = resolve(IncludeScenarios.confdirSpellings(dir));
    assertThat(paths(tree.files())).containsExactly("main.conf", "d1//a.conf", "./d2/b.conf");
    tree = resolve(IncludeScenarios.confdirWildcardDir(dir));
    assertThat(tree.root().inclusions().get(0).files()).isEmpty();
  }

  @Test
  void sourcedirFilesAreParsedAsSourcesAndNotInlined() throws Exception {
    ChronyConfigTree tree = resolve(IncludeScenarios.sourcedir(dir));
    Inclusion sourcedir = tree.root().inclusions().get(0);
    assertThat(sourcedir.isSourceDirectory()).isTrue();
    // basename order across both dirs; b.sources from sources.d (listed first); c.conf not taken
    assertThat(paths(sourcedir.files())).containsExactly("extra.d/0.sources",
        "sources.d/a.sources", "sources.d/b.sources");
    assertThat(lines(tree)).containsExactly("server main.example iburst",
        "sourcedir sources.d extra.d", "maxdistance 3");
    assertThat(paths(tree.sourcesFiles())).containsExactly("extra.d/0.sources",
        "sources.d/a.sources", "sources.d/b.sources");
    assertThat(paths(tree.configFiles())).containsExactly("main.conf");
    assertThat(paths(tree.files())).containsExactly("main.conf", "extra.d/0.sources",
        "sources.d/a.sources", "sources.d/b.sources");
    // .sources semantics: a bad server line and a non-source line are ignored, never rejected
    assertThat(codes(tree)).containsOnly("CP205");
    assertThat(tree.rejected()).isFalse();
    IncludedFile a = sourcedir.files().get(1);
    assertThat(a.result().config().directives()).hasSize(1);
    assertThat(a.depth()).isEqualTo(2);
  }

  @Test
  void sourcedirWithTooManyDirectoriesReadsNothing() throws Exception {
    write(dir, "main.conf", "sourcedir s s s s s s s s s s s\n");
    write(dir, "s/a.sources", "server a.example\n");
    ChronyConfigTree tree = resolve("main.conf");
    assertThat(tree.root().inclusions().get(0).files()).isEmpty();
    assertThat(tree.rejected()).isFalse();
  }

  // --- depth and cycles -----------------------------------------------------------------------

  @Test
  void tenNestedFilesAreFine() throws Exception {
    ChronyConfigTree tree = resolve(IncludeScenarios.chain(dir, 10));
    assertThat(tree.files()).hasSize(10);
    assertThat(tree.files().get(9).depth()).isEqualTo(10);
    assertThat(tree.allDiagnostics()).isEmpty();
    assertThat(tree.rejected()).isFalse();
  }

  @Test
  void theEleventhNestedFileIsTooDeep() throws Exception {
    ChronyConfigTree tree = resolve(IncludeScenarios.chain(dir, 11));
    assertThat(tree.files()).hasSize(10);
    Diagnostic d = only(tree, "CP302");
    assertThat(d.span().location()).isEqualTo("chain/l10.conf:2:9");
    assertThat(d.message()).startsWith("Maximum include level reached")
        .contains("chain/l11.conf").contains("main.conf -> chain/l2.conf");
    assertThat(d.rejectsFile()).isTrue();
    assertThat(tree.rejected()).isTrue();
  }

  @Test
  void theLevelLimitIsCheckedBeforeOpening() throws Exception {
    ChronyConfigTree tree = resolve(IncludeScenarios.missingAtDepth11(dir));
    assertThat(codes(tree)).containsExactly("CP302");
    tree = resolve(IncludeScenarios.depth11ViaConfdir(dir));
    assertThat(codes(tree)).containsExactly("CP302"); // once per directive, not once per file
  }

  @Test
  void selfIncludeIsACycle() throws Exception {
    ChronyConfigTree tree = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> resolve(IncludeScenarios.selfInclude(dir)));
    Diagnostic d = only(tree, "CP304");
    assertThat(d.span().location()).isEqualTo("main.conf:2:9");
    assertThat(d.message()).contains("includes itself").contains("main.conf -> main.conf");
    assertThat(tree.files()).hasSize(1);
    assertThat(tree.rejected()).isTrue();
  }

  @Test
  void indirectCycleIsReportedWhereItCloses() throws Exception {
    ChronyConfigTree tree = resolve(IncludeScenarios.indirectCycle(dir));
    Diagnostic d = only(tree, "CP304");
    assertThat(d.span().location()).isEqualTo("sub/b.conf:2:9");
    assertThat(d.message()).contains("a.conf -> sub/b.conf -> a.conf");
    assertThat(paths(tree.files())).containsExactly("main.conf", "a.conf", "sub/b.conf");
    assertThat(codes(tree)).containsExactly("CP304");
  }

  @Test
  void cycleThroughASymlinkIsDetectedByRealPath() throws Exception {
    write(dir, "main.conf", "include link.conf\n");
    Files.createSymbolicLink(dir.resolve("link.conf"), Path.of("main.conf"));
    ChronyConfigTree tree = resolve("main.conf");
    assertThat(codes(tree)).containsExactly("CP304");
  }

  @Test
  void sameFileTwiceIsReadTwice() throws Exception {
    ChronyConfigTree tree = resolve(IncludeScenarios.sameFileTwice(dir));
    assertThat(paths(tree.files())).containsExactly("main.conf", "a.conf", "./a.conf",
        "conf.d/a.conf", "conf.d/a.conf");
    assertThat(tree.allDiagnostics()).isEmpty();
  }

  // --- missing things -------------------------------------------------------------------------

  @Test
  void missingLiteralFileRejects() throws Exception {
    ChronyConfigTree tree = resolve(IncludeScenarios.missingFile(dir));
    Diagnostic d = only(tree, "CP300");
    assertThat(d.message()).isEqualTo("Could not open missing.conf : No such file or directory");
    assertThat(d.span().location()).isEqualTo("main.conf:2:9");
    assertThat(d.span().text()).isEqualTo("missing.conf");
    assertThat(tree.rejected()).isTrue();
  }

  @Test
  void wildcardWithoutMatchIsNothing() throws Exception {
    ChronyConfigTree tree = resolve(IncludeScenarios.wildcardNoMatch(dir));
    assertThat(tree.root().inclusions().get(0).files()).isEmpty();
    assertThat(tree.allDiagnostics()).isEmpty();
    assertThat(tree.rejected()).isFalse();
  }

  @Test
  void wildcardInAMissingDirectoryRejects() throws Exception {
    ChronyConfigTree tree = resolve(IncludeScenarios.missingWildcardDir(dir));
    Diagnostic d = only(tree, "CP301");
    assertThat(d.message()).startsWith("Could not search for files matching nodir/*.conf")
        .contains("No such file or directory");
    assertThat(d.span().location()).isEqualTo("main.conf:2:9");
    assertThat(tree.rejected()).isTrue();
  }

  @Test
  void danglingLinkMatchedByAWildcardRejects() throws Exception {
    ChronyConfigTree tree = resolve(IncludeScenarios.danglingLink(dir));
    assertThat(only(tree, "CP300").message())
        .isEqualTo("Could not open links/dangling.conf : No such file or directory");
    assertThat(paths(tree.files())).containsExactly("main.conf", "links/a.conf");
  }

  @Test
  void unopenableFilesRejectAsChronydWould() throws Exception {
    assertThat(only(resolve(IncludeScenarios.symlinkLoop(dir)), "CP300").message())
        .endsWith(": Too many levels of symbolic links");
    assertThat(only(resolve(IncludeScenarios.socket(dir)), "CP300").message())
        .isEqualTo("Could not open sock : No such device or address");
    assertThat(only(resolve(IncludeScenarios.notADirectory(dir)), "CP300").message())
        .isEqualTo("Could not open a.conf/x : Not a directory");
  }

  @Test
  void directoryIncludeIsAWarningOnly() throws Exception {
    ChronyConfigTree tree = resolve(IncludeScenarios.directoryInclude(dir));
    assertThat(codes(tree)).containsExactly("CP305", "CP305");
    assertThat(tree.allDiagnostics().get(0).message()).contains("is a directory");
    assertThat(tree.rejected()).isFalse();
    assertThat(lines(tree)).containsExactly("maxdistance 1", "maxdistance 2");
  }

  @Test
  void fifoIsNotOpened() throws Exception {
    write(dir, "main.conf", "maxdistance 1\ninclude pipe.conf\nconfdir d\nsourcedir d\n");
    Files.createDirectories(dir.resolve("d"));
    makeFifo(dir.resolve("pipe.conf"));
    makeFifo(dir.resolve("d/p.conf"));
    makeFifo(dir.resolve("d/p.sources"));
    ChronyConfigTree tree = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> resolve("main.conf"));
    assertThat(codes(tree)).containsExactly("CP305", "CP305", "CP305");
    assertThat(tree.allDiagnostics()).allSatisfy(d -> assertThat(d.message()).contains("FIFO"));
    assertThat(tree.allDiagnostics().get(0).span().location()).isEqualTo("main.conf:2:9");
    assertThat(tree.allDiagnostics().get(1).span().location()).isEqualTo("main.conf:3:9");
    assertThat(tree.rejected()).isFalse();
  }

  @Test
  void tooLargeFilesAreNotRead() throws Exception {
    write(dir, "main.conf", "include big.conf\n");
    write(dir, "big.conf", "maxdistance 1\n".repeat(100));
    ChronyConfigTree tree = new ChronyIncludeResolver(
        ConfinedFileSystem.unconfined(dir).withMaxFileSize(1000), ChronyVersion.V4_3)
        .resolve("main.conf");
    assertThat(only(tree, "CP305").message()).contains("1000-byte limit");
  }

  @Test
  void unreadableFileRejects() throws Exception {
    write(dir, "main.conf", "include private.conf\n");
    write(dir, "private.conf", "maxdistance 1\n");
    Path p = dir.resolve("private.conf");
    Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString(
        "---------"));
    Assumptions.assumeFalse(Files.isReadable(p), "running as root: permissions do not apply");
    assertThat(only(resolve("main.conf"), "CP300").message())
        .isEqualTo("Could not open private.conf : Permission denied");
  }

  // --- paths ----------------------------------------------------------------------------------

  @Test
  void relativePathsResolveAgainstTheWorkingDirectory() throws Exception {
    ChronyConfigTree tree = resolve(IncludeScenarios.relativeVsCwd(dir));
    assertThat(paths(tree.files())).containsExactly("etc/main.conf", "sub/a.conf", "sub/b.conf",
        "etc/chrony/c.conf");
    assertThat(lines(tree)).containsExactly("maxdistance 1", "maxdistance 2", "maxdistance 3");
  }

  @Test
  void workingDirectoryMatters() throws Exception {
    IncludeScenarios.relativeVsCwd(dir);
    // from etc/ the same relative paths find the decoys
    ChronyConfigTree tree = new ChronyIncludeResolver(
        ConfinedFileSystem.unconfined(dir.resolve("etc")), ChronyVersion.V4_3)
        .resolve("main.conf");
    assertThat(lines(tree)).containsExactly("maxdistance 91");
    assertThat(codes(tree)).isEmpty(); // etc/etc/chrony does not exist: confdir ignores it
  }

  // --- --root ---------------------------------------------------------------------------------

  private ChronyConfigTree resolveRooted(Path root, String main) throws MainFileException {
    return new ChronyIncludeResolver(ConfinedFileSystem.rooted(root), ChronyVersion.V4_3)
        .resolve(main);
  }

  @Test
  void rootedFixture() throws Exception {
    Path root = ChronydOracleTest.testdata().resolve("rooted");
    ChronyConfigTree tree = resolveRooted(root, "/etc/chrony/chrony.conf");
    assertThat(paths(tree.files())).containsExactly("/etc/chrony/chrony.conf",
        "/etc/chrony/conf.d/a.conf", "/etc/chrony/conf.d/b.conf", "/etc/chrony/conf.d/a.conf",
        "/etc/chrony/conf.d/b.conf", "/etc/chrony/sources.d/x.sources");
    Diagnostic d = only(tree, "CP303");
    assertThat(d.span().location()).isEqualTo("/etc/chrony/chrony.conf:4:9");
    assertThat(d.message()).contains("`..` climbs above the root");
    assertThat(d.rejectsFile()).isFalse();
    assertThat(tree.rejected()).isFalse();
  }

  @Test
  void rootConfinesSymlinksAndDotDot() throws Exception {
    Path root = Files.createDirectories(dir.resolve("root"));
    Path secret = dir.resolve("secret.conf");
    Files.writeString(secret, "maxdistance 666\n");
    write(root, "etc/chrony.conf", "include /etc/conf.d/*.conf\n"
        + "include /../secret.conf\n"
        + "include /etc/up/secret.conf\n"
        + "confdir /etc/up /etc/conf.d\n"
        + "include /etc/up/*.conf\n");
    write(root, "etc/conf.d/a.conf", "maxdistance 1\n");
    write(root, "etc/real.conf", "maxdistance 2\n");
    Files.createSymbolicLink(root.resolve("etc/conf.d/b-abs-inside.conf"),
        Path.of("/etc/real.conf"));
    Files.createSymbolicLink(root.resolve("etc/conf.d/c-abs-outside.conf"),
        secret.toAbsolutePath());
    Files.createSymbolicLink(root.resolve("etc/conf.d/d-dotdot.conf"),
        Path.of("../../../secret.conf"));
    Files.createSymbolicLink(root.resolve("etc/up"), Path.of("../.."));

    ChronyConfigTree tree = resolveRooted(root, "/etc/chrony.conf");
    // nothing from outside the root was read
    assertThat(lines(tree)).doesNotContain("maxdistance 666");
    assertThat(lines(tree)).containsExactly("maxdistance 1", "maxdistance 2", "maxdistance 1",
        "maxdistance 2");
    List<Diagnostic> all = tree.allDiagnostics();
    assertThat(all).extracting(d -> d.code() + " " + d.span().line()).containsExactly(
        "CP300 1", // c-abs-outside.conf: re-rooted, dangling inside the root
        "CP303 1", // d-dotdot.conf leaves the root
        "CP303 2", // /../secret.conf
        "CP303 3", // /etc/up/secret.conf
        "CP303 4", // confdir: /etc/up not searched (reported while searching)
        "CP300 4", // confdir: c-abs-outside.conf again
        "CP303 4", // confdir: d-dotdot.conf
        "CP303 5"); // include /etc/up/*.conf not searched
    assertThat(all.get(0).message()).isEqualTo(
        "Could not open /etc/conf.d/c-abs-outside.conf : No such file or directory");
    assertThat(all.get(1).message()).contains(
        "/etc/conf.d/d-dotdot.conf -> ../../../secret.conf").contains("leads out of the root");
    assertThat(tree.rejected()).isTrue(); // CP300 for the re-rooted dangling link
  }

  // --- the main file --------------------------------------------------------------------------

  @Test
  void mainFileProblemsAreExceptions() throws Exception {
    assertThatThrownBy(() -> resolve("missing.conf")).isInstanceOfSatisfying(
        MainFileException.class, e -> {
          assertThat(e.path()).isEqualTo("missing.conf");
          assertThat(e.problem().kind()).isEqualTo(FsProblem.Kind.NOT_FOUND);
          assertThat(e.getMessage()).isEqualTo(
              "Could not open missing.conf : No such file or directory");
        });
    Files.createDirectories(dir.resolve("adir"));
    assertThatThrownBy(() -> resolve("adir")).isInstanceOfSatisfying(MainFileException.class,
        e -> assertThat(e.problem().kind()).isEqualTo(FsProblem.Kind.IS_DIRECTORY));
    makeFifo(dir.resolve("fifo"));
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(
        () -> resolve("fifo")).isInstanceOfSatisfying(MainFileException.class,
            e -> assertThat(e.problem().kind()).isEqualTo(FsProblem.Kind.FIFO)));
    Path root = Files.createDirectories(dir.resolve("root"));
    assertThatThrownBy(() -> resolveRooted(root, "../main.conf"))
        .isInstanceOfSatisfying(MainFileException.class,
            e -> assertThat(e.problem().kind()).isEqualTo(FsProblem.Kind.OUTSIDE_ROOT));
  }

  @Test
  void mainFileFromStandardInput() throws Exception {
    IncludeScenarios.globOrder(dir);
    SourceFile stdin = SourceFile.ofText("-", "include conf.d/a*.conf\ninclude main.conf\n");
    ChronyConfigTree tree = new ChronyIncludeResolver(ConfinedFileSystem.unconfined(dir),
        ChronyVersion.V4_3).resolve(stdin);
    assertThat(paths(tree.files())).containsExactly("-", "conf.d/a.conf", "main.conf",
        "conf.d/10.conf", "conf.d/9.conf", "conf.d/B.conf", "conf.d/_x.conf", "conf.d/a.conf");
    assertThat(tree.root().file()).isSameAs(stdin);
  }

  // --- the tree -------------------------------------------------------------------------------

  @Test
  void allDiagnosticsAreInReadingOrder() throws Exception {
    write(dir, "main.conf", "bogus1\ninclude a.conf\nbogus2\ninclude missing.conf\nbogus3\n");
    write(dir, "a.conf", "bogusA\n");
    ChronyConfigTree tree = resolve("main.conf");
    assertThat(tree.allDiagnostics()).extracting(d -> d.span().location() + " " + d.code())
        .containsExactly("main.conf:1:1 CP100", "a.conf:1:1 CP100", "main.conf:3:1 CP100",
            "main.conf:4:9 CP300", "main.conf:5:1 CP100");
    assertThat(tree.diagnostics()).extracting(Diagnostic::code).containsExactly("CP300");
    // the resolver follows includes after a line chronyd would stop at
    assertThat(paths(tree.files())).containsExactly("main.conf", "a.conf");
  }

  @Test
  void errorsInIncludedFilesRejectButNotInSourcesFiles() throws Exception {
    write(dir, "main.conf", "sourcedir s\n");
    write(dir, "s/a.sources", "server a.example bogus\nbogus\n");
    ChronyConfigTree tree = resolve("main.conf");
    assertThat(tree.allDiagnostics()).isNotEmpty();
    assertThat(tree.rejected()).isFalse();
    write(dir, "main.conf", "include s/a.sources\n");
    tree = resolve("main.conf");
    assertThat(tree.rejected()).isTrue();
    assertThat(tree.allDiagnostics().get(0).span().file().name()).isEqualTo("s/a.sources");
  }

  @Test
  void directivesAreFlattenedInChronydOrder() throws Exception {
    ChronyConfigTree tree = resolve(IncludeScenarios.relativeVsCwd(dir));
    assertThat(tree.directives()).extracting(d -> d.span().file().name()).containsExactly(
        "sub/a.conf", "sub/b.conf", "etc/chrony/c.conf");
  }

  @Test
  void tenThousandFileConfdir() throws Exception {
    IncludeScenarios.bigConfdir(dir, 10_000);
    long start = System.nanoTime();
    ChronyConfigTree tree = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> resolve("main.conf"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    List<IncludedFile> files = tree.root().inclusions().get(0).files();
    assertThat(files).hasSize(10_000);
    List<String> expected = java.util.stream.IntStream.range(0, 10_000)
        .mapToObj(i -> "big/f" + i + ".conf").sorted().collect(Collectors.toList());
    assertThat(paths(files)).isEqualTo(expected);
    assertThat(paths(files).subList(0, 4)).containsExactly("big/f0.conf", "big/f1.conf",
        "big/f10.conf", "big/f100.conf");
    assertThat(tree.allDiagnostics()).isEmpty();
    System.out.println("10,000-file confdir resolved in " + millis + " ms");
    assertThat(millis).as("time to resolve 10,000 files").isLessThan(20_000);
  }

  @Test
  void mainFileDisplayPathIsAsGiven() throws Exception {
    write(dir, "etc/main.conf", "maxdistance 1\n");
    ChronyConfigTree tree = resolve("./etc//main.conf");
    assertThat(tree.root().displayPath()).isEqualTo("./etc//main.conf");
    assertThat(tree.root().file().name()).isEqualTo("./etc//main.conf");
  }

  @Test
  void resolverRejectsNulls() {
    assertThatThrownBy(() -> new ChronyIncludeResolver(null, ChronyVersion.V4_3))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ChronyIncludeResolver(ConfinedFileSystem.unconfined(dir),
        ChronyVersion.V4_3).resolve((SourceFile) null)).isInstanceOf(NullPointerException.class);
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
}

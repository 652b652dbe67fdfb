package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ntplint.diag.Diagnostic;
import dev.ntplint.ntp.model.Association;
import dev.ntplint.ntp.model.NtpConfig;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** includefile and keys resolution, on the trees under testdata/ntp/includes. */
class NtpIncludesTest {

  private static Path tree(String name) {
    return TestPaths.testdata().resolve("ntp/includes").resolve(name).toAbsolutePath();
  }

  private static NtpConfigSet read(String name, NtpTarget target) throws Exception {
    Path dir = tree(name);
    return NtpIncludes.read(dir.resolve("ntp.conf"),
        new NtpIncludes.Options(target, NtpFiles.host(), dir.toString()));
  }

  private static List<String> codes(NtpConfigSet set) {
    return set.allDiagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  private static List<String> servers(NtpConfigSet set) {
    return set.directives().stream().filter(Association.class::isInstance)
        .map(d -> ((Association) d).address().text()).collect(Collectors.toList());
  }

  @Test
  void ntpsecResolvesRelativeToTheIncludingFile() throws Exception {
    NtpConfigSet set = read("relative", NtpTarget.NTPSEC_1_2);
    assertThat(set.files()).extracting(NtpConfigSet.IncludedFile::depth).containsExactly(1, 2, 3);
    assertThat(set.files().get(2).path()).endsWith("/relative/sub/b.conf");
    assertThat(servers(set)).containsExactly("192.0.2.11", "192.0.2.10");
    assertThat(set.rejected()).isFalse();
  }

  @Test
  void classicResolvesRelativeToItsWorkingDirectory() throws Exception {
    NtpConfigSet set = read("relative", NtpTarget.NTP_4_2_8);
    // sub/a.conf says `includefile b.conf`: classic ntpd reads b.conf of its working directory.
    assertThat(set.files().get(2).path()).endsWith("/relative/b.conf");
    assertThat(set.rejected()).isTrue();
    assertThat(codes(set)).contains(NtpDiagnosticCode.INCLUDE_RELATIVE.id());
  }

  @Test
  void cyclesAreReportedNotFollowed() throws Exception {
    NtpConfigSet set = read("cycle", NtpTarget.NTPSEC_1_2);
    assertThat(set.files()).hasSize(2);
    assertThat(codes(set)).contains(NtpDiagnosticCode.INCLUDE_CYCLE.id());
  }

  /**
   * The main file's real path joins the chain when it first includes a file (it is resolved only
   * then): a main file read through a link that includes itself by its real name, directly or
   * through another file, is a cycle at once.
   */
  @Test
  void theMainFileIncludedByAnotherNameIsACycle(@TempDir Path dir) throws Exception {
    Path real = dir.resolve("real.conf");
    Files.writeString(real, "server 192.0.2.1\nincludefile " + real + "\n"
        + "includefile " + dir.resolve("other.conf") + "\n");
    Files.writeString(dir.resolve("other.conf"), "includefile " + real + "\n");
    Path link = Files.createSymbolicLink(dir.resolve("ntp.conf"), real);
    NtpConfigSet set = NtpIncludes.read(link,
        new NtpIncludes.Options(NtpTarget.NTPSEC_1_2, NtpFiles.host(), dir.toString()));
    assertThat(set.files()).extracting(NtpConfigSet.IncludedFile::depth).containsExactly(1, 2);
    assertThat(codes(set)).filteredOn(NtpDiagnosticCode.INCLUDE_CYCLE.id()::equals).hasSize(2);
  }

  @Test
  void atMostFiveLevelsBelowTheMainFile() throws Exception {
    NtpConfigSet set = read("deep", NtpTarget.NTPSEC_1_2);
    assertThat(set.files()).hasSize(NtpIncludes.MAX_DEPTH);
    assertThat(codes(set)).contains(NtpDiagnosticCode.INCLUDE_TOO_DEEP.id());
    assertThat(set.rejected()).as("l6.conf (a syntax error) is not read").isFalse();
  }

  @Test
  void ntpsecReadsTheConfFilesOfADirectoryInDescendingOrder() throws Exception {
    NtpConfigSet ntpsec = read("directory", NtpTarget.NTPSEC_1_2);
    assertThat(servers(ntpsec)).containsExactly("192.0.2.3", "192.0.2.2", "192.0.2.1");
    NtpConfigSet classic = read("directory", NtpTarget.NTP_4_2_8);
    assertThat(servers(classic)).containsExactly("192.0.2.1");
    assertThat(codes(classic)).contains(NtpDiagnosticCode.INCLUDE_NOT_FOUND.id());
  }

  @Test
  void aMissingFileIsLoggedNotASyntaxError() throws Exception {
    NtpConfigSet set = read("missing", NtpTarget.NTPSEC_1_2);
    assertThat(set.rejected()).isFalse();
    assertThat(codes(set)).containsExactly(NtpDiagnosticCode.INCLUDE_NOT_FOUND.id());
  }

  @Test
  void endInAnIncludedFileStopsAllReading() throws Exception {
    NtpConfigSet set = read("end", NtpTarget.NTPSEC_1_2);
    assertThat(servers(set)).containsExactly("192.0.2.4");
    assertThat(set.rejected()).isTrue();
  }

  @Test
  void aWordThatStartsNoCommandAfterAnOpenedFileIsRecoveredInsideThatFile() throws Exception {
    for (NtpTarget target : NtpTarget.values()) {
      NtpConfigSet set = read("trailing-words", target);
      assertThat(set.rejected()).as(target.toString()).isTrue();
      List<Diagnostic> recovery = set.allDiagnostics().stream()
          .filter(d -> d.code().equals(NtpDiagnosticCode.INCLUDE_ERROR_RECOVERY.id())).toList();
      assertThat(recovery).as(target.toString()).singleElement().satisfies(d -> {
        assertThat(d.span().text()).isEqualTo("junk");
        assertThat(d.span().line()).isEqualTo(1);
        assertThat(d.message())
            .contains("line 0 of " + set.files().get(1).path())
            .contains("first command, `server 192.0.2.1` (line 1)")
            .contains("it reads `server 192.0.2.9` as a command of this file");
      });
    }
  }

  @Test
  void aFirstLineWithoutACommandLosesNothingToTheRecovery() throws Exception {
    NtpConfigSet set = read("trailing-words-comment-first", NtpTarget.NTPSEC_1_2);
    assertThat(set.allDiagnostics())
        .filteredOn(d -> d.code().equals(NtpDiagnosticCode.INCLUDE_ERROR_RECOVERY.id()))
        .singleElement().satisfies(d -> assertThat(d.message())
            .contains("first line, which has no command").doesNotContain("after that file"));
  }

  @Test
  void noRecoveryInsideAFileThatDoesNotOpen(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ntp.conf"), "includefile missing.conf junk server 192.0.2.9\n");
    NtpConfigSet set = NtpIncludes.read(dir.resolve("ntp.conf"),
        new NtpIncludes.Options(NtpTarget.NTPSEC_1_2, NtpFiles.host(), dir.toString()));
    assertThat(set.rejected()).isTrue();
    assertThat(codes(set)).contains(NtpDiagnosticCode.INCLUDE_NOT_FOUND.id())
        .doesNotContain(NtpDiagnosticCode.INCLUDE_ERROR_RECOVERY.id());
  }

  @Test
  void keysFileIsReadAndKeyIdsChecked() throws Exception {
    NtpConfigSet set = read("keys", NtpTarget.NTPSEC_1_2);
    assertThat(set.keys()).isPresent();
    assertThat(set.keys().get().result().file().keys()).extracting(k -> k.id())
        .containsExactly(1L, 2L, 4L);
    List<Diagnostic> missing = set.diagnostics().stream()
        .filter(d -> d.code().equals(NtpDiagnosticCode.KEY_NOT_DEFINED.id()))
        .collect(Collectors.toList());
    assertThat(missing).extracting(d -> d.span().text()).containsExactly("3");
  }

  /**
   * Reads {@code main} as dir/ntp.conf and {@code included} as dir/inc.conf ("$" in either stands
   * for dir), with the keys files main.keys, inc.keys and late.keys in dir; the name of the keys
   * file it loads.
   */
  private static Optional<String> keysFileRead(Path dir, String main, String included)
      throws Exception {
    Files.writeString(dir.resolve("ntp.conf"), main.replace("$", dir.toString()));
    Files.writeString(dir.resolve("inc.conf"), included.replace("$", dir.toString()));
    for (String keys : List.of("main.keys", "inc.keys", "late.keys")) {
      Files.writeString(dir.resolve(keys), "1 M " + keys + "\n");
    }
    NtpConfigSet set = NtpIncludes.read(dir.resolve("ntp.conf"),
        new NtpIncludes.Options(NtpTarget.NTPSEC_1_2, NtpFiles.host(), dir.toString()));
    return set.keys().map(k -> Path.of(k.path()).getFileName().toString());
  }

  @Test
  void theKeysLineReadLastWinsInReadingOrder(@TempDir Path dir) throws Exception {
    // The main file's keys line comes after the included file's, so ntpd reads it last.
    assertThat(keysFileRead(dir, "includefile $/inc.conf\nkeys $/main.keys\n",
        "keys $/inc.keys\n")).contains("main.keys");
    // An included file's keys line after the main file's wins.
    assertThat(keysFileRead(dir, "keys $/main.keys\nincludefile $/inc.conf\nserver 192.0.2.1\n",
        "keys $/inc.keys\n")).contains("inc.keys");
  }

  @Test
  void aKeysLineAfterEndIsNeverRead(@TempDir Path dir) throws Exception {
    assertThat(keysFileRead(dir, "keys $/main.keys\nend\nkeys $/late.keys\n", ""))
        .contains("main.keys");
    // end in an included file stops the including file too.
    assertThat(keysFileRead(dir, "includefile $/inc.conf\nkeys $/late.keys\n", "end\n"))
        .isEmpty();
  }

  @Test
  void aKeyIdAfterEndIsNeverChecked(@TempDir Path dir) throws Exception {
    // end in inc.conf stops the reading of both files: ntpd never applies key 8 nor key 10.
    Files.writeString(dir.resolve("ntp.conf"), ("keys $/main.keys\nserver 192.0.2.1 key 7\n"
        + "includefile $/inc.conf\nserver 192.0.2.2 key 8\n").replace("$", dir.toString()));
    Files.writeString(dir.resolve("inc.conf"),
        "server 192.0.2.3 key 9\nend\nserver 192.0.2.4 key 10\n");
    Files.writeString(dir.resolve("main.keys"), "1 M secret\n");
    NtpConfigSet set = NtpIncludes.read(dir.resolve("ntp.conf"),
        new NtpIncludes.Options(NtpTarget.NTPSEC_1_2, NtpFiles.host(), dir.toString()));
    assertThat(set.diagnostics())
        .filteredOn(d -> d.code().equals(NtpDiagnosticCode.KEY_NOT_DEFINED.id()))
        .extracting(d -> d.span().text()).containsExactly("7", "9");
  }

  @Test
  void rootedReadsStayInsideTheRoot(@TempDir Path root) throws Exception {
    Path etc = Files.createDirectories(root.resolve("etc/ntp.d"));
    Files.writeString(etc.resolve("../ntp.conf"), "includefile /etc/ntp.d/a.conf\n"
        + "includefile /etc/ntp.d/absolute-link.conf\nincludefile ../../../../outside.conf\n"
        + "includefile /etc/ntp.d/climbing-link.conf\n");
    Files.writeString(etc.resolve("a.conf"), "server 192.0.2.1\n");
    Path outside = Files.createTempFile("ntplint-outside", ".conf");
    Files.writeString(outside, "server 198.51.100.1\n");
    // An absolute link means the image's own file, as under chroot: ROOT/tmp/..., not this /tmp.
    Files.createSymbolicLink(etc.resolve("absolute-link.conf"), outside);
    // A relative link that climbs above the root is refused.
    Files.createSymbolicLink(etc.resolve("climbing-link.conf"),
        Path.of("../".repeat(root.getNameCount() + 2) + outside.toString().substring(1)));
    NtpConfigSet set = NtpIncludes.read(root.resolve("etc/ntp.conf"),
        new NtpIncludes.Options(NtpTarget.NTPSEC_1_2, NtpFiles.rooted(root), "/"));
    assertThat(servers(set)).containsExactly("192.0.2.1");
    assertThat(codes(set)).containsExactly(NtpDiagnosticCode.INCLUDE_NOT_FOUND.id(),
        NtpDiagnosticCode.INCLUDE_NOT_FOUND.id(), NtpDiagnosticCode.INCLUDE_OUTSIDE_ROOT.id());
    Files.delete(outside);
  }

  @Test
  void theMainFileIsReadAsGivenNotCopied() {
    dev.ntplint.source.SourceFile main = dev.ntplint.source.SourceFile.of("ntp.conf",
        "server 192.0.2.1 iburst\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    NtpConfigSet set = NtpIncludes.read(main, java.util.Optional.empty(),
        NtpIncludes.Options.of(NtpTarget.ANY));
    assertThat(set.main().result().config().file()).isSameAs(main);
    assertThat(set.main().result().config().print()).isEqualTo(main.bytes());
    assertThat(servers(set)).containsExactly("192.0.2.1");
  }

  @Test
  void theReadingOrderIsExpandedOnceAndShared() throws Exception {
    NtpConfigSet set = read("relative", NtpTarget.NTPSEC_1_2);
    List<NtpDirective> read = set.directives();
    // The view builder and the rules' facts take the very same lists, not expansions of their own.
    assertThat(set.directives()).isSameAs(read);
    assertThat(set.effectiveDirectives()).isSameAs(set.effectiveDirectives());
    assertThat(set.effectiveDirectives()).isEqualTo(NtpConfig.effectiveOf(read));
    assertThat(read).hasSizeGreaterThan(set.main().result().config().directives().size());
    assertThatThrownBy(() -> read.add(read.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.effectiveDirectives().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}

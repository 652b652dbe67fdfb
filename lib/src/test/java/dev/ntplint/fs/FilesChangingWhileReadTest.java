package dev.ntplint.fs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.chrony.include.IncludedFile;
import dev.ntplint.chrony.include.MainFileException;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpIncludes;
import dev.ntplint.ntp.NtpTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that change or vanish while ntplint reads them, made deterministic by
 * {@link ConfinedFileSystem#withBeforeOpen}: the hook acts after the include glob or directory
 * listing has seen the file and {@code readFile} has checked its type and size, right before the
 * open, which is where another process can interfere.
 *
 * <p>What "consistent" means here: every file is opened once per run, its bytes at that moment
 * are what every later stage sees (the tree prints exactly those bytes, however the file changes
 * afterwards), a file gone or grown past the limit by then gives one diagnostic at the line that
 * includes it (file:line:col), and nothing read from the other files is lost.
 */
class FilesChangingWhileReadTest {

  private static final String MAIN = "/etc/chrony.conf";
  private static final String MAIN_TEXT = "server 192.0.2.1 iburst\ninclude /etc/chrony.d/*.conf\n"
      + "driftfile /var/lib/chrony/drift\n";
  private static final String A = "server 192.0.2.10\n";
  private static final String B = "server 192.0.2.20\nserver 192.0.2.21\n";

  @TempDir
  Path root;

  /** How often each file was opened, by daemon path. */
  private final Map<String, Integer> opens = new TreeMap<>();

  @BeforeEach
  void files() throws IOException {
    Files.createDirectories(root.resolve("etc/chrony.d"));
    Files.writeString(root.resolve("etc/chrony.conf"), MAIN_TEXT);
    Files.writeString(root.resolve("etc/chrony.d/a.conf"), A);
    Files.writeString(root.resolve("etc/chrony.d/b.conf"), B);
  }

  private ChronyConfigTree resolve(ConfinedFileSystem.BeforeOpen hook) throws MainFileException {
    return resolve(ConfinedFileSystem.rooted(root), hook);
  }

  private ChronyConfigTree resolve(ConfinedFileSystem fs, ConfinedFileSystem.BeforeOpen hook)
      throws MainFileException {
    ConfinedFileSystem counting = fs.withBeforeOpen((path, real) -> {
      opens.merge(path, 1, Integer::sum);
      hook.run(path, real);
    });
    return new ChronyIncludeResolver(counting, ChronyVersion.HEAD).resolve(MAIN);
  }

  private static String text(IncludedFile f) {
    return new String(f.result().config().print(), StandardCharsets.UTF_8);
  }

  private static List<String> paths(ChronyConfigTree tree) {
    return tree.files().stream().map(IncludedFile::displayPath).toList();
  }

  @Test
  void anIncludedFileRemovedAfterTheGlobSawItIsOneDiagnosticAtTheIncludeLine() throws Exception {
    ChronyConfigTree tree = resolve((path, real) -> {
      if (path.endsWith("/a.conf")) {
        Files.delete(real);
      }
    });

    assertThat(paths(tree)).containsExactly(MAIN, "/etc/chrony.d/b.conf");
    assertThat(text(tree.files().get(0))).isEqualTo(MAIN_TEXT);
    assertThat(text(tree.files().get(1))).isEqualTo(B);
    List<Diagnostic> diagnostics = tree.allDiagnostics();
    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0).format())
        .startsWith(MAIN + ":2:9: ")
        .contains("/etc/chrony.d/a.conf")
        .contains("No such file");
  }

  @Test
  void theMainFileRemovedBeforeItIsOpenedIsAMainFileProblemNotACrash() {
    try {
      resolve((path, real) -> {
        if (path.equals(MAIN)) {
          Files.delete(real);
        }
      });
      throw new AssertionError("resolved a main file that is gone");
    } catch (MainFileException e) {
      assertThat(e.getMessage()).isEqualTo("Could not open " + MAIN + " : No such file or"
          + " directory");
      assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception");
    }
  }

  @Test
  void aFileRewrittenBeforeTheOpenIsReadAsItIsThenAndOnlyOnce() throws Exception {
    String rewritten = "server 192.0.2.99 prefer\n";
    ChronyConfigTree tree = resolve((path, real) -> {
      if (path.endsWith("/b.conf")) {
        Files.writeString(real, rewritten);
      }
    });

    assertThat(text(tree.files().get(2))).isEqualTo(rewritten);
    assertThat(tree.allDiagnostics()).isEmpty();
    assertThat(opens).containsOnly(Map.entry("/etc/chrony.d/a.conf", 1),
        Map.entry("/etc/chrony.d/b.conf", 1), Map.entry(MAIN, 1));
  }

  @Test
  void changesAfterTheReadDoNotReachTheResult() throws Exception {
    ChronyConfigTree tree = resolve((path, real) -> { });
    Files.writeString(root.resolve("etc/chrony.d/a.conf"), "garbage that would be an error\n");
    Files.delete(root.resolve("etc/chrony.d/b.conf"));

    assertThat(tree.files().stream().map(FilesChangingWhileReadTest::text).toList())
        .containsExactly(MAIN_TEXT, A, B);
    assertThat(tree.directives()).hasSize(5);
    assertThat(tree.allDiagnostics()).isEmpty();
  }

  @Test
  void aFileThatGrowsPastTheLimitAfterTheSizeCheckIsRefusedWithTheLimit() throws Exception {
    ConfinedFileSystem limited = ConfinedFileSystem.rooted(root).withMaxFileSize(200);
    ChronyConfigTree tree = resolve(limited, (path, real) -> {
      if (path.endsWith("/a.conf")) {
        Files.writeString(real, "# padding\n".repeat(30), StandardOpenOption.APPEND);
      }
    });

    assertThat(paths(tree)).containsExactly(MAIN, "/etc/chrony.d/b.conf");
    assertThat(tree.allDiagnostics()).singleElement().satisfies(d -> assertThat(d.format())
        .startsWith(MAIN + ":2:9: ").contains("/etc/chrony.d/a.conf").contains("200-byte limit"));
  }

  @Test
  void aFileThatGrowsWithinTheLimitOrShrinksIsReadAsItIsAtTheOpen() throws Exception {
    String grown = A + "server 192.0.2.11\n";
    ChronyConfigTree tree = resolve((path, real) -> {
      if (path.endsWith("/a.conf")) {
        Files.writeString(real, "server 192.0.2.11\n", StandardOpenOption.APPEND);
      } else if (path.endsWith("/b.conf")) {
        try (var channel = Files.newByteChannel(real, StandardOpenOption.WRITE)) {
          channel.truncate(B.indexOf('\n') + 1);
        }
      }
    });

    assertThat(text(tree.files().get(1))).isEqualTo(grown);
    assertThat(text(tree.files().get(2))).isEqualTo("server 192.0.2.20\n");
    assertThat(tree.directives()).hasSize(5);
    assertThat(tree.allDiagnostics()).isEmpty();
  }

  @Test
  void anNtpIncludefileRemovedBeforeTheOpenIsOneDiagnosticAtTheIncludefileLine()
      throws Exception {
    Files.writeString(root.resolve("etc/ntp.conf"), "server 192.0.2.1\n"
        + "includefile /etc/ntp.d/servers.conf\nincludefile /etc/ntp.d/more.conf\n");
    Files.createDirectories(root.resolve("etc/ntp.d"));
    Files.writeString(root.resolve("etc/ntp.d/servers.conf"), "server 192.0.2.2\n");
    Files.writeString(root.resolve("etc/ntp.d/more.conf"), "server 192.0.2.3\n");
    List<String> opened = new ArrayList<>();
    NtpFiles files = NtpFiles.of(ConfinedFileSystem.rooted(root).withBeforeOpen((path, real) -> {
      opened.add(path);
      if (path.endsWith("/servers.conf")) {
        Files.delete(real);
      }
    }));

    NtpConfigSet set = NtpIncludes.read(root.resolve("etc/ntp.conf"),
        new NtpIncludes.Options(NtpTarget.ANY, files, "/"));

    assertThat(set.files()).extracting(NtpConfigSet.IncludedFile::path)
        .containsExactly("/etc/ntp.conf", "/etc/ntp.d/more.conf");
    assertThat(set.directives()).hasSize(4);
    assertThat(set.allDiagnostics()).singleElement().satisfies(d -> assertThat(d.format())
        .contains("ntp.conf:2:13: ").contains("/etc/ntp.d/servers.conf"));
    assertThat(opened).containsExactly("/etc/ntp.d/servers.conf", "/etc/ntp.d/more.conf");
  }
}

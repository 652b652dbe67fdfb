package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link NtpFiles#resolve}, which returns a path that needs no resolving as it is, against the
 * JDK's normalisation of the joined path.
 */
class NtpFilesResolveProperties {

  private static final String[] PIECES = {"/", "//", "a", "bc", ".", "..", "...", ".x", "x."};

  /** Paths made of slashes, names and dots: absolute or relative, resolved or not. */
  private static Gen<String> paths() {
    return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 8)
        .map(indexes -> {
          StringBuilder sb = new StringBuilder();
          for (int i : indexes) {
            sb.append(PIECES[i]);
          }
          return sb.toString();
        });
  }

  /** The JDK's own normalisation: for an absolute path it drops a ".." at the root as ntpd does. */
  private static String reference(String base, String path) {
    String joined = path.startsWith("/") ? path : base + "/" + path;
    return Path.of(joined).normalize().toString();
  }

  @Test
  void resolvesAsTheJdkNormalisesAnAbsolutePath() {
    qt().withFixedSeed(0x2e50_17eL).withExamples(5000)
        .forAll(paths(), paths())
        .checkAssert((base, path) -> {
          String absoluteBase = "/" + base;
          assertThat(NtpFiles.resolve(absoluteBase, path))
              .as("%s against %s", path, absoluteBase)
              .isEqualTo(reference(absoluteBase, path));
        });
  }

  @Test
  void aResolvedPathIsReturnedAsItIs() {
    assertThat(NtpFiles.resolve("/", "/etc/ntp.conf")).isEqualTo("/etc/ntp.conf");
    assertThat(NtpFiles.resolve("/etc", "ntp/..x/...")).isEqualTo("/etc/ntp/..x/...");
    assertThat(NtpFiles.resolve("/etc/", "./ntp.keys")).isEqualTo("/etc/ntp.keys");
    assertThat(NtpFiles.resolve("/", "/a/b/")).isEqualTo("/a/b");
    assertThat(NtpFiles.resolve("/", "/..")).isEqualTo("/");
  }
}

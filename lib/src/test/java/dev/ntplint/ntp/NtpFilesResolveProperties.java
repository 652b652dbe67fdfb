package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link NtpFiles#resolve}, which returns a path that needs no resolving as it is, against a
 * reference that always splits the path into names and joins them again.
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

  private static String reference(String base, String path) {
    String joined = path.startsWith("/") ? path : (base.endsWith("/") ? base : base + "/") + path;
    List<String> parts = new ArrayList<>();
    for (String p : joined.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
        continue;
      }
      parts.add(p);
    }
    return "/" + String.join("/", parts);
  }

  @Test
  void resolvesAsSplittingAndJoiningEveryName() {
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

package dev.ntplint.chrony.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.properties.ConfigGenerators;
import dev.ntplint.chrony.properties.PropertyRun;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.source.SourceFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * chrony key files, whatever the bytes: reading never throws, printing gives the input back byte
 * for byte, every diagnostic and key lies inside the file, a loaded key is one chronyd can use,
 * and no key material shows.
 */
class ChronyKeysProperties {

  @Test
  void arbitraryBytesRoundTripAndNeverThrow() {
    PropertyRun run = PropertyRun.named("chrony key file, arbitrary bytes", 1000);
    try {
      run.qt().forAll(ConfigGenerators.arbitraryBytes(4096)).checkAssert(bytes -> {
        run.ran();
        check(bytes);
      });
    } finally {
      run.report();
    }
  }

  @Test
  void nearValidKeyFilesRoundTripAndNeverShowKeys() {
    PropertyRun run = PropertyRun.named("chrony key file, near-valid", 1000);
    try {
      run.qt().forAll(keyFiles(30)).checkAssert(bytes -> {
        run.ran();
        ChronyKeysResult result = check(bytes);
        try {
          String shown = ChronyKeysTest.shown(result);
          // Every generated key holds the marker; nothing ntplint shows may hold it.
          assertThat(shown).doesNotContain(MARKER);
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      });
    } finally {
      run.report();
    }
  }

  static ChronyKeysResult check(byte[] bytes) {
    SourceFile file = SourceFile.of("k", bytes);
    ChronyKeysResult result = ChronyKeys.parse(file);
    assertThat(result.file().print()).isEqualTo(bytes);
    for (Diagnostic d : result.diagnostics()) {
      assertThat(d.span().file()).isSameAs(file);
      assertThat(d.span().end()).isLessThanOrEqualTo(bytes.length);
      assertThat(d.format()).isNotEmpty();
    }
    assertThat(result.file().lines()).containsAll(result.file().keys());
    for (ChronyKey k : result.file().keys()) {
      assertThat(k.span().end()).isLessThanOrEqualTo(bytes.length);
      assertThat(k.bits()).isPositive();
      ChronyKeyType type = k.type().orElseThrow();
      assertThat(type.inCommonBuilds()).isTrue();
      if (type.kind() == ChronyKeyType.Kind.CMAC) {
        assertThat(k.material().length()).isEqualTo(type.length());
      }
    }
    return result;
  }

  /** Text no generated key lacks and no message, type or id contains. */
  private static final String MARKER = "Qz7";

  private static final List<String> TYPES = List.of("", "MD5", "SHA1", "SHA256", "SHA512",
      "SHA3-256", "AES128", "AES256", "TIGER", "md5", "sha256", "Aes128", "SHA-1", "#");
  private static final List<String> IDS = List.of("1", "2", "65535", "0", "-1", "+3", "12x",
      "4294967296", "x", "#1", "!", ";", "%", "\u00ef\u00bb\u00bf1");
  private static final List<String> PREFIXES = List.of("", "ASCII:", "HEX:", "hex:", "ASCII");
  private static final List<String> BLANKS = List.of(" ", "\t", "  ", " \u000b", "\f", "\r ");

  /** Near-valid key files: key lines built from real and wrong pieces, comments, CRLF, NULs. */
  static Gen<byte[]> keyFiles(int maxLines) {
    Gen<byte[]> gen = in -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      boolean crlf = ConfigGenerators.pick(in, 4) == 0;
      int lines = ConfigGenerators.pick(in, maxLines + 1);
      for (int i = 0; i < lines; i++) {
        out.writeBytes(latin1(line(in)));
        if (i < lines - 1 || ConfigGenerators.pick(in, 3) != 0) {
          out.writeBytes(latin1(crlf ? "\r\n" : "\n"));
        }
      }
      return out.toByteArray();
    };
    return gen.describedAs(ConfigGenerators::escape);
  }

  private static String line(RandomnessSource in) {
    switch (ConfigGenerators.pick(in, 8)) {
      case 0:
        return "";
      case 1:
        return "# comment " + ConfigGenerators.pick(in, 100);
      default:
        break;
    }
    StringBuilder sb = new StringBuilder();
    if (ConfigGenerators.pick(in, 5) == 0) {
      sb.append(any(in, BLANKS));
    }
    sb.append(any(in, IDS)).append(any(in, BLANKS));
    String type = any(in, TYPES);
    if (!type.isEmpty()) {
      sb.append(type).append(any(in, BLANKS));
    }
    sb.append(any(in, PREFIXES)).append(key(in));
    if (ConfigGenerators.pick(in, 10) == 0) {
      sb.append(any(in, BLANKS)).append("extra");
    }
    if (ConfigGenerators.pick(in, 20) == 0) {
      sb.insert(ConfigGenerators.pick(in, sb.length() + 1), '\0');
    }
    return sb.toString();
  }

  /** Key text holding the marker: hex digits around it (the marker itself is not hex). */
  private static String key(RandomnessSource in) {
    StringBuilder sb = new StringBuilder();
    int before = ConfigGenerators.pick(in, 40);
    for (int i = 0; i < before; i++) {
      sb.append("0123456789abcdef".charAt(ConfigGenerators.pick(in, 16)));
    }
    sb.append(MARKER);
    if (ConfigGenerators.pick(in, 2) == 0) {
      sb.append("0f");
    }
    return sb.toString();
  }

  private static String any(RandomnessSource in, List<String> choices) {
    return choices.get(ConfigGenerators.pick(in, choices.size()));
  }

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}

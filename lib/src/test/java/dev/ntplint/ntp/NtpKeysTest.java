package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.diag.Diagnostic;
import dev.ntplint.json.ModelJson;
import dev.ntplint.ntp.keys.KeyEncoding;
import dev.ntplint.ntp.keys.NtpKey;
import dev.ntplint.ntp.keys.NtpKeys;
import dev.ntplint.ntp.keys.NtpKeysResult;
import dev.ntplint.ntp.model.Crypto;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Value;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SyntaxToken;
import dev.ntplint.source.TokenKind;
import dev.ntplint.testing.Fixtures;
import dev.ntplint.testing.TestPaths;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * ntpd keys files (testdata/ntp/keys/*.keys and the corpus's): lossless, read as each daemon reads
 * them, with golden diagnostics, and key material never in diagnostics, toString() or JSON.
 */
class NtpKeysTest {

  static List<Path> keyFiles() {
    List<Path> files = new ArrayList<>(Fixtures.files("ntp/keys", ".keys"));
    TestPaths.corpus().ifPresent(c -> {
      Path samples = c.resolve("converter-samples");
      if (Files.isDirectory(samples)) {
        for (Path p : NtpsecOracleTest.walk(samples)) {
          if (p.getFileName().toString().endsWith(".keys")) {
            files.add(p);
          }
        }
      }
    });
    return files;
  }

  @TestFactory
  List<DynamicTest> keysFilesRoundTripMatchGoldensAndNeverLeakKeys() {
    List<DynamicTest> tests = new ArrayList<>();
    Path fixtures = TestPaths.testdata().resolve("ntp/keys");
    for (Path file : keyFiles()) {
      tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
        byte[] bytes = Files.readAllBytes(file);
        SourceFile source = SourceFile.of(file.getFileName().toString(), bytes);
        StringBuilder golden = new StringBuilder();
        for (NtpTarget target : NtpFixtureTest.GOLDEN_TARGETS) {
          NtpKeysResult result = NtpKeys.parse(source, target);
          assertThat(result.file().print()).as("round trip").isEqualTo(bytes);
          assertNoKeyMaterial(source, result);
          golden.append("# ").append(target.targetName()).append(": ")
              .append(result.file().keys().size()).append(" keys loaded\n");
          for (NtpKey k : result.file().keys()) {
            golden.append(k).append('\n');
          }
          for (Diagnostic d : result.diagnostics()) {
            golden.append(NtpFixtureTest.render(d)).append('\n');
          }
        }
        if (file.startsWith(fixtures)) {
          Fixtures.assertGolden(file.resolveSibling(
              file.getFileName().toString().replaceAll("\\.keys$", ".diag")), golden.toString());
        }
      }));
    }
    return tests;
  }

  /** No key (third word of a key line) appears in any diagnostic, toString() or the JSON. */
  private static void assertNoKeyMaterial(SourceFile source, NtpKeysResult result)
      throws Exception {
    StringWriter json = new StringWriter();
    ModelJson writer = new ModelJson(json);
    writer.generator().writeStartArray();
    for (NtpKey k : result.file().lines()) {
      writer.writeDirective(k);
    }
    for (Diagnostic d : result.diagnostics()) {
      writer.writeDiagnostic(d);
    }
    writer.generator().writeEndArray();
    writer.flush();
    StringBuilder shown = new StringBuilder(json.toString());
    for (Diagnostic d : result.diagnostics()) {
      shown.append(d.format()).append('\n');
    }
    shown.append(result.file().keys()).append(result.file().lines()).append(result);
    for (var line : result.file().syntax().lines()) {
      List<SyntaxToken> words = line.tokens().stream().filter(t -> t.kind() == TokenKind.WORD)
          .toList();
      if (words.size() >= 3) {
        String key = source.text(words.get(2).start(), words.get(2).end()).strip();
        if (key.length() >= 4) {
          assertThat(shown.toString()).as("key material shown").doesNotContain(key);
        }
      }
    }
  }

  @Test
  void readsAsciiUpTo20CharactersAndHexBeyond() {
    NtpKeysResult r = NtpKeys.parse(SourceFile.ofText("k", "1 M abcdefghijklmnopqrst\n"
        + "2 SHA1 0123456789abcdef0123456789abcdef01234567\n"), NtpTarget.NTPSEC_1_2);
    assertThat(r.file().keys()).hasSize(2);
    NtpKey ascii = r.file().key(1).orElseThrow();
    assertThat(ascii.encoding()).isEqualTo(KeyEncoding.ASCII);
    assertThat(new String(ascii.material().reveal(), StandardCharsets.US_ASCII))
        .isEqualTo("abcdefghijklmnopqrst");
    NtpKey hex = r.file().key(2).orElseThrow();
    assertThat(hex.encoding()).isEqualTo(KeyEncoding.HEX);
    assertThat(hex.material().length()).isEqualTo(20);
    assertThat(hex.algorithm()).contains("SHA1");
    assertThat(hex.toString()).doesNotContain("0123456789abcdef").contains("id=2", "SHA1");
  }

  @Test
  void classicRejectsTheWholeFileOnOneBadLineNtpsecSkipsIt() {
    SourceFile f = SourceFile.ofText("k", "1 M good\n2 M this-is-not-hex-but-long\n");
    assertThat(NtpKeys.parse(f, NtpTarget.NTP_4_2_8).file().keys()).isEmpty();
    assertThat(NtpKeys.parse(f, NtpTarget.NTPSEC_1_2).file().keys()).extracting(NtpKey::id)
        .containsExactly(1L);
  }

  @Test
  void cryptoPasswordIsRedactedEverywhere() throws Exception {
    String secret = "Sup3rS3cretPw";
    SourceFile f = SourceFile.ofText("ntp.conf", "crypto pw " + secret + " randfile /dev/urandom\n"
        + "crypto pw other " + secret + "\n");
    for (NtpTarget target : NtpTarget.values()) {
      NtpParseResult r = NtpConf.parse(f, target);
      StringWriter json = new StringWriter();
      ModelJson writer = new ModelJson(json);
      writer.generator().writeStartArray();
      for (NtpDirective d : r.config().directives()) {
        writer.writeDirective((Record) d);
      }
      for (Diagnostic d : r.diagnostics()) {
        writer.writeDiagnostic(d);
      }
      writer.generator().writeEndArray();
      writer.flush();
      String shown = json + r.diagnostics().toString() + r.config().directives().toString()
          + r.toString();
      assertThat(shown).as("target %s", target).doesNotContain(secret);
      assertThat(r.config().print()).isEqualTo(f.bytes());
    }
    Crypto crypto = NtpConf.parse(f, NtpTarget.NTP_4_2_8).config().directives(Crypto.class).get(0);
    Value.SecretValue pw = (Value.SecretValue) crypto.options().get(0).value().orElseThrow();
    assertThat(new String(pw.secret().reveal(), StandardCharsets.ISO_8859_1)).isEqualTo(secret);
  }
}

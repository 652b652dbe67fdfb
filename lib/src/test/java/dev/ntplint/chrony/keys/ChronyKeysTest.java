package dev.ntplint.chrony.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.diag.Diagnostic;
import dev.ntplint.json.ModelJson;
import dev.ntplint.source.SourceFile;
import dev.ntplint.testing.Fixtures;
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
 * chrony key files (testdata/chrony/keys/*.keys): lossless, read as chronyd 4.x reads them, with
 * golden diagnostics, and key material never in diagnostics, toString() or JSON.
 */
class ChronyKeysTest {

  @TestFactory
  List<DynamicTest> keyFilesRoundTripMatchGoldensAndNeverLeakKeys() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : Fixtures.files("chrony/keys", ".keys")) {
      tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
        byte[] bytes = Files.readAllBytes(file);
        SourceFile source = SourceFile.of(file.getFileName().toString(), bytes);
        ChronyKeysResult result = ChronyKeys.parse(source);
        assertThat(result.file().print()).as("round trip").isEqualTo(bytes);
        assertNoKeyMaterial(result);
        StringBuilder golden = new StringBuilder();
        golden.append("# ").append(result.file().keys().size()).append(" keys loaded of ")
            .append(result.file().lines().size()).append(" key lines\n");
        for (ChronyKey k : result.file().keys()) {
          golden.append(k).append('\n');
        }
        for (Diagnostic d : result.diagnostics()) {
          golden.append(Fixtures.render(d)).append('\n');
        }
        Fixtures.assertGolden(file.resolveSibling(
            file.getFileName().toString().replaceAll("\\.keys$", ".diag")), golden.toString());
      }));
    }
    return tests;
  }

  /** No key as written (the last word of a key line, without its prefix) appears in a diagnostic, toString() or JSON. */
  static void assertNoKeyMaterial(ChronyKeysResult result) throws Exception {
    String shown = shown(result);
    for (ChronyKey k : result.file().lines()) {
      String written = k.keySpan().text().replaceFirst("^(ASCII|HEX):", "");
      if (written.length() >= 6) {
        assertThat(shown).as("key material of key %d shown", k.id()).doesNotContain(written);
      }
    }
  }

  /** Everything ntplint shows of a key file: diagnostics, toString() and JSON of every key line. */
  static String shown(ChronyKeysResult result) throws Exception {
    StringWriter json = new StringWriter();
    ModelJson writer = new ModelJson(json);
    writer.generator().writeStartArray();
    for (ChronyKey k : result.file().lines()) {
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
    return shown.append(result.file().lines()).append(result).toString();
  }

  private static ChronyKeysResult parse(String text) {
    return ChronyKeys.parse(SourceFile.of("k", text.getBytes(StandardCharsets.ISO_8859_1)));
  }

  @Test
  void decodesEachNotationAsChronydDoes() {
    ChronyKeysFile f = parse("1 plain-text\n2 SHA1 ASCII:ascii-text\n3 SHA256 HEX:00ff10\n"
        + "4 AES128 HEX:+1-f0203040506070809000102030405\n").file();
    assertThat(f.keys()).extracting(ChronyKey::id).containsExactly(1L, 2L, 3L, 4L);
    ChronyKey plain = f.key(1).orElseThrow();
    assertThat(plain.notation()).isEqualTo(KeyNotation.PLAIN);
    assertThat(plain.typeSpan()).isEmpty();
    assertThat(plain.type()).contains(ChronyKeyType.MD5);
    assertThat(new String(plain.material().reveal(), StandardCharsets.ISO_8859_1))
        .isEqualTo("plain-text");
    assertThat(new String(f.key(2).orElseThrow().material().reveal(), StandardCharsets.ISO_8859_1))
        .isEqualTo("ascii-text");
    assertThat(f.key(3).orElseThrow().material().reveal())
        .containsExactly(0x00, 0xff, 0x10);
    // strtol() over each pair accepts a sign and one digit: "+1" is 0x01 and "-f" is 0xf1.
    byte[] signed = f.key(4).orElseThrow().material().reveal();
    assertThat(signed).hasSize(16);
    assertThat(signed[0]).isEqualTo((byte) 0x01);
    assertThat(signed[1]).isEqualTo((byte) 0xf1);
  }

  @Test
  void typeNamesAndPrefixesAreCaseSensitive() {
    ChronyKeysResult r = parse("1 md5 secret-one\n2 SHA256 hex:0011\n");
    assertThat(r.file().keys()).extracting(ChronyKey::id).containsExactly(2L);
    ChronyKey two = r.file().key(2).orElseThrow();
    assertThat(two.notation()).isEqualTo(KeyNotation.PLAIN);
    assertThat(two.bits()).isEqualTo(8 * "hex:0011".length());
    assertThat(r.diagnostics()).extracting(d -> d.code())
        .containsExactly("CK102", "CK202");
    assertThat(r.diagnostics().get(0).message()).contains("case-sensitive: write MD5");
  }

  @Test
  void cmacKeysMustHaveTheCipherKeyLength() {
    ChronyKeysResult r = parse("1 AES128 HEX:000102030405060708090A0B0C0D0E0F\n"
        + "2 AES128 HEX:00010203\n3 AES256 ASCII:0123456789abcdef0123456789abcdef\n");
    assertThat(r.file().keys()).extracting(ChronyKey::id).containsExactly(1L, 3L);
    assertThat(r.file().lines()).hasSize(3);
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("CK104");
      assertThat(d.message()).contains("expected 128 bits", "32 bits");
    });
  }

  @Test
  void longLinesAreReadInPiecesOf2047Bytes() {
    String key = "k".repeat(ChronyKeys.MAX_CHUNK - "1 SHA256 ".length());
    ChronyKeysResult r = parse("1 SHA256 " + key + "tail\n");
    assertThat(r.file().keys()).singleElement().satisfies(k -> assertThat(k.bits())
        .isEqualTo(key.length() * 8));
    assertThat(r.diagnostics()).extracting(d -> d.code()).containsExactly("CK001", "CK100");
  }

  @Test
  void toStringShowsIdTypeAndLengthButNoMaterial() {
    ChronyKey k = parse("7 SHA512 HEX:0123456789abcdef0123\n").file().key(7).orElseThrow();
    assertThat(k.toString()).contains("id=7", "SHA512", "bits=80", "(redacted)")
        .doesNotContain("0123456789");
    assertThat(k.material().toString()).isEqualTo("(redacted)");
  }
}

package dev.ntplint.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.testing.Fixtures;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of ntp.conf -> chrony.conf: for every testdata/convert/NAME.ntp.conf, the output
 * (NAME.chrony.conf), the converted keys (NAME.chrony.keys) and the text report
 * (NAME.report.txt) byte for byte.
 */
class NtpToChronyFixtureTest {

  @TestFactory
  List<DynamicTest> goldens() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path input : ConvertFixtures.inputs()) {
      String name = ConvertFixtures.name(input);
      tests.add(DynamicTest.dynamicTest(name, () -> {
        Conversion c = ConvertFixtures.convert(input);
        Fixtures.assertGolden(input.resolveSibling(name + ".chrony.conf"), c.output());
        StringWriter report = new StringWriter();
        c.report().writeText(report);
        Fixtures.assertGolden(input.resolveSibling(name + ".report.txt"), report.toString());
        Path keys = input.resolveSibling(name + ".chrony.keys");
        if (c.keys().isPresent()) {
          Fixtures.assertGolden(keys, c.keys().get());
        } else {
          assertThat(keys).as("no keys were converted for " + name).doesNotExist();
        }
      }));
    }
    return tests;
  }

  @Test
  void thereIsAFixtureForEveryNtp2chronyBugThatAConfigCanShow() {
    List<String> names = ConvertFixtures.inputs().stream().map(ConvertFixtures::name).toList();
    // B11 (crash on an existing output) is about writing files: see the CLI tests.
    for (String bug : List.of("b01", "b02", "b03", "b04", "b05", "b06", "b07", "b08", "b09",
        "b10", "b12", "b13", "b14")) {
      assertThat(names).as(bug).anyMatch(n -> n.startsWith(bug + "-"));
    }
  }

  @Test
  void jsonReportGolden() throws Exception {
    Path input = ConvertFixtures.root().resolve("b07-unknown-option.ntp.conf");
    StringWriter json = new StringWriter();
    ConvertFixtures.convert(input).report().writeJson(json);
    Fixtures.assertGolden(input.resolveSibling("b07-unknown-option.report.json"),
        json.toString());
  }

  @Test
  void secretsNeverAppearInOutputOrReport() throws Exception {
    for (Path input : ConvertFixtures.inputs()) {
      Conversion c = ConvertFixtures.convert(input);
      StringWriter text = new StringWriter();
      c.report().writeText(text);
      StringWriter json = new StringWriter();
      c.report().writeJson(json);
      for (String secret : List.of("verysecretpassword", "onesecret", "notrusted", "lowercase",
          "alsoMD5", "0011223344556677889900112233445566778899")) {
        assertThat(c.output()).as(input.toString()).doesNotContain(secret);
        assertThat(text.toString()).as(input.toString()).doesNotContain(secret);
        assertThat(json.toString()).as(input.toString()).doesNotContain(secret);
      }
    }
    assertThat(Files.readString(ConvertFixtures.root().resolve("misc-server.ntp.conf")))
        .contains("verysecretpassword");
  }
}

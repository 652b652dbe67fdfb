package dev.ntplint.rules.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.rules.Finding;
import dev.ntplint.rules.LintSettings;
import dev.ntplint.rules.Linter;
import dev.ntplint.rules.RuleRegistry;
import dev.ntplint.source.SourceFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baselines accept known findings by file, rule and line text, with counts. */
class BaselineTest {

  @TempDir
  Path dir;

  List<Finding> lint(String name, String text) {
    return new Linter(RuleRegistry.builtin()).lint(new ChronyIncludeResolver(
        ConfinedFileSystem.unconfined(dir), ChronyVersion.NEWEST)
        .resolve(SourceFile.ofText(dir.resolve(name).toString(), text)), LintSettings.defaults())
        .findings();
  }

  @Test
  void knownFindingsAreHiddenNewOnesAreNot() throws Exception {
    List<Finding> before = lint("chrony.conf", "server a.example\nserver b.example\n");
    Baseline baseline = Baseline.of(dir, before);
    StringWriter json = new StringWriter();
    baseline.write(json);
    Path file = dir.resolve(".ntplint-baseline.json");
    Files.writeString(file, json.toString());
    assertThat(json.toString()).contains("\"file\" : \"chrony.conf\"").contains("\"rule\" : \"NTP117\"");
    Baseline read = Baseline.read(file);
    assertThat(read.entries()).isEqualTo(baseline.entries());

    // Lines moved and a new server without iburst: only the new one is reported.
    List<Finding> after = lint("chrony.conf",
        "# moved\nserver b.example\nserver a.example\nserver c.example\n");
    Baseline.Filtered filtered = read.filter(after);
    assertThat(filtered.findings()).extracting(f -> f.rule().id() + ":" + f.line())
        .containsExactly("NTP117:4");
    assertThat(filtered.suppressed()).isEqualTo(after.size() - 1);
  }

  @Test
  void aBadFileIsAConfigurationError() throws Exception {
    Path file = dir.resolve("b.json");
    Files.writeString(file, "{\"version\": 2, \"findings\": []}");
    assertThatThrownBy(() -> Baseline.read(file)).hasMessageContaining("version 1");
    Files.writeString(file, "not json");
    assertThatThrownBy(() -> Baseline.read(file)).hasMessageContaining("not a baseline file");
  }
}

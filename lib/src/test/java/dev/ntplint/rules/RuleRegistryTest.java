package dev.ntplint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ntplint.rules.builtin.DiagnosticRule;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue's shape, and third-party rules through the ServiceLoader SPI. */
class RuleRegistryTest {

  @TempDir
  Path dir;

  @Test
  void theCatalogueHasAtLeastFortyFiveRulesBesidesTheParserCodes() {
    RuleRegistry registry = RuleRegistry.builtin();
    long catalogue = registry.rules().stream().filter(r -> !(r instanceof DiagnosticRule)).count();
    long parser = registry.rules().stream().filter(r -> r instanceof DiagnosticRule).count();
    assertThat(catalogue).isGreaterThanOrEqualTo(45);
    assertThat(catalogue + parser).isGreaterThanOrEqualTo(50);
  }

  @Test
  void theSeedRulesHaveTheirNames() {
    RuleRegistry registry = RuleRegistry.builtin();
    assertThat(registry.find("single-source")).map(r -> r.metadata().id()).hasValue("NTP101");
    assertThat(registry.find("missing-local-fallback")).map(r -> r.metadata().id()).hasValue("NTP102");
    assertThat(registry.find("no-allow-range")).map(r -> r.metadata().id()).hasValue("NTP103");
    assertThat(registry.find("ntp101")).map(r -> r.metadata().name()).hasValue("single-source");
    assertThat(registry.find("CP100")).map(r -> r.metadata().name()).hasValue("invalid-directive");
    assertThat(registry.suggest("singel-source")).hasValue("single-source");
  }

  @Test
  void everyRuleIsFullyDescribed() {
    List<String> problems = new ArrayList<>();
    for (Rule r : RuleRegistry.builtin().rules()) {
      RuleMetadata m = r.metadata();
      if (m.fullDescription().length() < 60) {
        problems.add(m.id() + ": description too short");
      }
      if (!Character.isUpperCase(m.shortDescription().charAt(0))
          && !m.shortDescription().matches("^[a-z][a-z0-9._-]* .*")) {
        problems.add(m.id() + ": short description should start with a capital or a directive");
      }
      if (m.scope() == Scope.CONFIGURATION && r instanceof DiagnosticRule) {
        problems.add(m.id() + ": parser codes are per directive");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void clashingIdsOrNamesAreRefused() {
    Rule a = new TestPluginProvider.Meta("TST100", "same-name");
    Rule b = new TestPluginProvider.Meta("TST101", "same-name");
    assertThatThrownBy(() -> RuleRegistry.of(List.of(a, b)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("same-name");
  }

  @Test
  void pluginRulesAreLoadedThroughMetaInfServices() throws Exception {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(RuleProvider.class.getName()),
        "# a test plugin\n" + TestPluginProvider.class.getName() + "\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        getClass().getClassLoader())) {
      RuleRegistry registry = RuleRegistry.withPlugins(loader);
      assertThat(registry.find("ACME001")).map(r -> r.metadata().name())
          .hasValue("internal-servers-only");
      LintResult r = new Linter(registry).lint(
          new dev.ntplint.chrony.include.ChronyIncludeResolver(
              dev.ntplint.fs.ConfinedFileSystem.unconfined(Path.of("").toAbsolutePath()),
              dev.ntplint.chrony.ChronyVersion.NEWEST)
              .resolve(dev.ntplint.source.SourceFile.ofText("c.conf",
                  "server ntp.corp.example.com iburst\nserver time.google.com iburst\n")),
          LintSettings.defaults());
      assertThat(r.findings()).filteredOn(f -> f.rule().id().equals("ACME001"))
          .extracting(Finding::line).containsExactly(2);
    }
    assertThat(RuleRegistry.withPlugins(getClass().getClassLoader()).find("ACME001")).isEmpty();
  }
}

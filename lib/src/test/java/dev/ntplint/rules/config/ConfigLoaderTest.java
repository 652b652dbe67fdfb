package dev.ntplint.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ntplint.diag.Severity;
import dev.ntplint.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .ntplint.yaml: every key and value checked, with file:line:col in the errors. */
class ConfigLoaderTest {

  static final ConfigLoader LOADER = new ConfigLoader(RuleRegistry.builtin());

  @TempDir
  Path dir;

  NtplintConfig parse(String yaml) throws ConfigException {
    return LOADER.parse(yaml, ".ntplint.yaml", Optional.empty(), dir);
  }

  @Test
  void readsEveryKey() throws Exception {
    NtplintConfig c = parse("""
        target: chrony-4.3
        fail-level: error
        inline-suppressions: false
        baseline: .ntplint-baseline.json
        ignore:
          - legacy/**
        rules:
          missing-iburst: off
          NTP101: info
          no-rate-limit: on
          local-stratum-too-low:
            severity: error
            options:
              min-stratum: 10
          no-makestep: {enabled: false}
        """);
    assertThat(c.target()).hasValue("chrony-4.3");
    assertThat(c.failLevel()).hasValue(Severity.ERROR);
    assertThat(c.inlineSuppressions()).hasValue(false);
    assertThat(c.baseline()).hasValue(".ntplint-baseline.json");
    assertThat(c.rule("NTP117")).hasValue(RuleSetting.OFF);
    assertThat(c.rules().get("NTP305").enabled()).isTrue();
    assertThat(c.rules().get("NTP201").severity()).hasValue(Severity.ERROR);
    assertThat(c.rules().get("NTP201").options()).containsEntry("min-stratum", 10);
    assertThat(c.rules().get("NTP402").enabled()).isFalse();
    assertThat(c.rules().get("NTP101").severity()).hasValue(Severity.INFO);
  }

  @Test
  void offIsAStringInYaml12AndFalseWorksToo() throws Exception {
    assertThat(parse("rules:\n  missing-iburst: false\n").rule("NTP117")).hasValue(RuleSetting.OFF);
    assertThat(parse("rules:\n  missing-iburst: \"off\"\n").rule("NTP117")).hasValue(RuleSetting.OFF);
  }

  @Test
  void anEmptyFileIsTheDefaults() throws Exception {
    assertThat(parse("").rules()).isEmpty();
    assertThat(parse("# nothing\n").rules()).isEmpty();
  }

  @Test
  void mistakesAreErrorsWithPositions() {
    assertThatThrownBy(() -> parse("rule:\n  x: off\n")).isInstanceOf(ConfigException.class)
        .hasMessage(".ntplint.yaml:1:1: unknown key `rule` (did you mean `rules`?); known keys:"
            + " target, fail-level, inline-suppressions, baseline, ignore, rules");
    assertThatThrownBy(() -> parse("rules:\n  singel-source: off\n"))
        .hasMessageStartingWith(".ntplint.yaml:2:3: unknown rule `singel-source` (did you mean"
            + " `single-source`?)");
    assertThatThrownBy(() -> parse("rules:\n  single-source:\n    options: {min-sources: lots}\n"))
        .hasMessageContaining("3:28: option `min-sources` of single-source must be an integer");
    assertThatThrownBy(() -> parse("rules:\n  single-source:\n    options: {max: 3}\n"))
        .hasMessageContaining("single-source has no option `max`; its options: min-sources");
    assertThatThrownBy(() -> parse("fail-level: severe\n"))
        .hasMessageContaining("1:13: fail-level must be error, warning or info");
    assertThatThrownBy(() -> parse("rules:\n  NTP101: off\n  single-source: info\n"))
        .hasMessageContaining("configured twice");
    assertThatThrownBy(() -> parse("target: [a\n")).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(".ntplint.yaml:");
    assertThatThrownBy(() -> parse("rules:\n  x: 1\n  x: 2\n")).isInstanceOf(ConfigException.class);
  }

  @Test
  void ignoreGlobsAreRelativeToTheConfigurationsDirectory() throws Exception {
    NtplintConfig c = parse("ignore: [legacy, \"**/*.sources\", old/**]\n");
    assertThat(c.ignores(dir.resolve("legacy/chrony.conf"))).isTrue();
    assertThat(c.ignores(dir.resolve("a/b/dhcp.sources"))).isTrue();
    assertThat(c.ignores(dir.resolve("old/x/chrony.conf"))).isTrue();
    assertThat(c.ignores(dir.resolve("chrony.conf"))).isFalse();
    assertThat(c.ignores(dir.getParent().resolve("legacy/chrony.conf"))).isFalse();
  }

  @Test
  void discoveryWalksUpToTheRepositoryRoot() throws Exception {
    Path repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Files.createDirectories(repo.resolve("hosts/a"));
    Files.writeString(dir.resolve(".ntplint.yaml"), "rules: {}\n");
    ConfigDiscovery discovery = new ConfigDiscovery();
    assertThat(discovery.find(repo.resolve("hosts/a/chrony.conf"))).isEmpty();
    Files.writeString(repo.resolve(".ntplint.yml"), "rules: {}\n");
    assertThat(new ConfigDiscovery().find(repo.resolve("hosts/a/chrony.conf")))
        .hasValue(repo.resolve(".ntplint.yml"));
    Files.writeString(repo.resolve("hosts/.ntplint.yaml"), "rules: {}\n");
    assertThat(new ConfigDiscovery().find(repo.resolve("hosts/a/chrony.conf")))
        .hasValue(repo.resolve("hosts/.ntplint.yaml"));
    Path outside = dir.resolve("plain/x");
    Files.createDirectories(outside);
    assertThat(new ConfigDiscovery().find(outside.resolve("chrony.conf")))
        .hasValue(dir.resolve(".ntplint.yaml"));
  }

  @Test
  void loadsFromAFile() throws Exception {
    Path file = dir.resolve(".ntplint.yaml");
    Files.writeString(file, "target: chrony-4.6\n");
    NtplintConfig c = LOADER.load(file);
    assertThat(c.source()).hasValue(file);
    assertThat(c.directory()).isEqualTo(dir.toAbsolutePath().normalize());
    Files.write(file, new byte[] {(byte) 0xff, 'a'});
    assertThatThrownBy(() -> LOADER.load(file)).hasMessageContaining("not UTF-8");
  }
}

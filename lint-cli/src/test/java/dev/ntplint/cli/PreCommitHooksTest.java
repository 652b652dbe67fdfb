package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** .pre-commit-hooks.yaml is valid, runs an existing entry, and matches the files it should. */
class PreCommitHooksTest {

  @Test
  @SuppressWarnings("unchecked")
  void hooksRunTheLauncherOnConfigurationFiles() throws Exception {
    Path root = Path.of(System.getProperty("ntplint.testdata", "../testdata")).getParent();
    Path hooksFile = root.resolve(".pre-commit-hooks.yaml");
    List<Map<String, Object>> hooks = (List<Map<String, Object>>) new Load(
        LoadSettings.builder().build()).loadFromString(Files.readString(hooksFile));
    assertThat(hooks).extracting(h -> h.get("id"))
        .containsExactly("ntplint", "ntplint-coursier", "ntplint-system");
    for (Map<String, Object> hook : hooks) {
      assertThat(hook).containsKeys("name", "language", "entry", "files");
      Pattern files = Pattern.compile((String) hook.get("files"));
      for (String path : List.of("etc/chrony/chrony.conf", "chrony.conf", "etc/ntp.conf",
          "etc/ntpsec/ntp.conf", "etc/chrony.d/pool.conf", "etc/chrony/chrony.d/dhcp.sources")) {
        assertThat(files.matcher(path).find()).as("%s matches %s", hook.get("id"), path).isTrue();
      }
      for (String path : List.of("README.md", "etc/chrony/chrony.keys", "src/main/Main.java")) {
        assertThat(files.matcher(path).find()).as("%s skips %s", hook.get("id"), path).isFalse();
      }
    }
    String scriptEntry = ((String) hooks.get(0).get("entry")).split(" ")[0];
    assertThat(root.resolve(scriptEntry)).isExecutable();
  }

  /**
   * pre-commit's coursier language installs the executables of .pre-commit-channel/*.json; the
   * descriptor must name this module's coordinates and a main class that exists.
   */
  @Test
  @SuppressWarnings("unchecked")
  void coursierDescriptorNamesThisCliAndItsMainClass() throws Exception {
    Path root = Path.of(System.getProperty("ntplint.testdata", "../testdata")).getParent();
    Map<String, Object> app = (Map<String, Object>) new Load(LoadSettings.builder().build())
        .loadFromString(Files.readString(root.resolve(".pre-commit-channel/ntplint.json")));
    assertThat(Class.forName((String) app.get("mainClass"))).isEqualTo(NtplintMain.class);
    String pom = Files.readString(root.resolve("lint-cli/pom.xml"));
    String version = pom.replaceAll("(?s).*?<parent>.*?<version>([^<]+)</version>.*", "$1")
        .replace("-SNAPSHOT", "");
    assertThat((List<String>) app.get("dependencies")).containsExactly(
        "dev.ntplint:ntplint-cli:" + version);
    assertThat(pom).contains("<artifactId>ntplint-cli</artifactId>");
    assertThat((List<String>) app.get("repositories")).contains("central");
    // The JVM options are ones this JVM takes, and its warnings go to stderr, never into a
    // report on stdout (JDK 17 writes them to stdout by default), as in the ./ntplint launcher.
    List<String> options = (List<String>) app.get("javaOptions");
    assertThat(options).contains("-Xlog:disable", "-Xlog:all=warning:stderr");
    List<String> java = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"),
        "bin", "java").toString()));
    java.addAll(options);
    java.add("-version");
    Process process = new ProcessBuilder(java).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(output).isZero();
  }
}

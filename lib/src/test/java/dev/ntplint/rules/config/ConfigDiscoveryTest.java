package dev.ntplint.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDiscoveryTest {

  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void theNearestFileUpToTheRepositoryRootWins() throws Exception {
    Files.createDirectories(dir.resolve("repo/.git"));
    Path repoConfig = write("repo/.ntplint.yaml", "fail-level: error\n");
    write(".ntplint.yaml", "fail-level: info\n");
    Path nested = write("repo/etc/chrony/chrony.conf", "pool a iburst\n");
    Path user = write("xdg/ntplint/config.yaml", "fail-level: info\n");
    ConfigDiscovery discovery = new ConfigDiscovery(Map.of("XDG_CONFIG_HOME",
        user.getParent().getParent().toString()));
    assertThat(discovery.find(nested)).contains(repoConfig);
  }

  @Test
  void outsideAnyConfiguredTreeTheUsersOwnFileApplies() throws Exception {
    Files.createDirectories(dir.resolve("repo/.git"));
    Path file = write("repo/ntp.conf", "server a\n");
    Path xdg = write("xdg/ntplint/config.yaml", "fail-level: info\n");
    assertThat(new ConfigDiscovery(Map.of("XDG_CONFIG_HOME", dir.resolve("xdg").toString()))
        .find(file)).contains(xdg);
    Path home = write("home/.config/ntplint/config.yaml", "fail-level: info\n");
    // Unset or relative XDG_CONFIG_HOME means $HOME/.config.
    assertThat(new ConfigDiscovery(Map.of("HOME", dir.resolve("home").toString())).find(file))
        .contains(home);
    assertThat(new ConfigDiscovery(Map.of("XDG_CONFIG_HOME", "relative/xdg",
        "HOME", dir.resolve("home").toString())).find(file)).contains(home);
    assertThat(new ConfigDiscovery(Map.of("HOME", dir.resolve("nobody").toString())).find(file))
        .isEmpty();
    assertThat(new ConfigDiscovery(Map.of()).find(file)).isEmpty();
  }
}

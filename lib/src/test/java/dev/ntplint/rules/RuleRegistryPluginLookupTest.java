package dev.ntplint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * When the plugin look-up may be skipped (issue 8, P1): only when nothing but ntplint's own jar
 * or classes can be seen. Each case that could bring a plugin in must keep the look-up.
 */
class RuleRegistryPluginLookupTest {

  private static final Path JAR = Path.of("/opt/ntplint/lint-cli/target/ntplint.jar");

  private static Properties classPath(String classPath) {
    Properties p = new Properties();
    p.setProperty("java.class.path", classPath);
    return p;
  }

  private static URL url(Path path) throws Exception {
    return path.toUri().toURL();
  }

  @Test
  void theLauncherFormClassPathOfTheOwnJarAloneNeedsNoLookUp() throws Exception {
    assertThat(RuleRegistry.onlyOwnClassPath(true, classPath(JAR.toString()), url(JAR))).isTrue();
    Path classes = Path.of("lib/target/classes").toAbsolutePath();
    assertThat(RuleRegistry.onlyOwnClassPath(true, classPath("lib/target/classes"), url(classes)))
        .isTrue();
  }

  @Test
  void anythingThatCouldHoldAPluginKeepsTheLookUp() throws Exception {
    URL own = url(JAR);
    // A second class path entry: the documented plugin form.
    assertThat(RuleRegistry.onlyOwnClassPath(true,
        classPath(JAR + File.pathSeparator + "/opt/acme-rules.jar"), own)).isFalse();
    // Another jar than ntplint's (ntplint came from elsewhere, e.g. a plugin's fat jar).
    assertThat(RuleRegistry.onlyOwnClassPath(true, classPath("/opt/acme-all.jar"), own)).isFalse();
    // A class loader of the caller's (RuleRegistryTest's URLClassLoader plugin).
    assertThat(RuleRegistry.onlyOwnClassPath(false, classPath(JAR.toString()), own)).isFalse();
    Properties modulePath = classPath(JAR.toString());
    modulePath.setProperty("jdk.module.path", "/opt/plugins");
    assertThat(RuleRegistry.onlyOwnClassPath(true, modulePath, own)).isFalse();
    Properties customLoader = classPath(JAR.toString());
    customLoader.setProperty("java.system.class.loader", "com.example.Loader");
    assertThat(RuleRegistry.onlyOwnClassPath(true, customLoader, own)).isFalse();
    assertThat(RuleRegistry.onlyOwnClassPath(true, classPath(""), own)).isFalse();
    assertThat(RuleRegistry.onlyOwnClassPath(true, classPath(JAR.toString()), null)).isFalse();
    assertThat(RuleRegistry.onlyOwnClassPath(true, classPath(JAR.toString()),
        new URL("jar:file:/opt/x.jar!/"))).isFalse();
  }

  @Test
  void theTestRunItselfLooksUpPlugins() {
    // Surefire's class path has many entries: the look-up runs (RuleRegistryTest relies on it).
    assertThat(RuleRegistry.onlyNtplintVisibleTo(ClassLoader.getSystemClassLoader())).isFalse();
    assertThat(RuleRegistry.onlyNtplintVisibleTo(getClass().getClassLoader().getParent()))
        .isFalse();
  }

  @Test
  void ntplintsOwnBuildListsNoPlugin() {
    // The skip assumes ntplint's jar holds no provider of its own: every module's main resources
    // go into it (the shaded jar adds only picocli and the ANTLR runtime, which have none).
    for (String module : new String[] {"grammar", "lib", "lint-cli"}) {
      Path services = Path.of("..", module, "src/main/resources/META-INF/services",
          RuleProvider.class.getName());
      assertThat(Files.exists(services)).as(services.toString()).isFalse();
    }
    assertThat(Path.of("../lib/src/main/java")).isDirectory();
  }
}

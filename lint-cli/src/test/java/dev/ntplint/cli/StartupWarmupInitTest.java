package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.check.StartupWarmup;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.format.SarifWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classes {@link StartupWarmup} initialises on its thread while the main thread runs cannot
 * deadlock with it. A deadlock needs a cycle: each thread initialising a class whose initialiser
 * needs (perhaps through others) the class the other thread is initialising. So among the
 * ntplint classes a catalogue class's initialisation reaches, none may reach another that
 * reaches it back (JDK classes never reach ntplint's).
 */
class StartupWarmupInitTest {

  @TempDir
  Path dir;

  @Test
  void theClassesACatalogueClassInitialisesFormNoCycle() throws Exception {
    for (Dialect dialect : Dialect.values()) {
      assertThat(StartupWarmup.catalogue(dialect)).as(dialect.name()).isNotEmpty();
      for (String catalogue : StartupWarmup.catalogue(dialect)) {
        List<String> reached = ntplintClassesInitialisedBy(catalogue);
        assertThat(reached).as("what initialising %s initialises", catalogue).contains(catalogue);
        Map<String, List<String>> reaches = new HashMap<>();
        for (String each : reached) {
          reaches.put(each, each.equals(catalogue) ? reached : ntplintClassesInitialisedBy(each));
        }
        for (String a : reached) {
          for (String b : reaches.get(a)) {
            assertThat(a.equals(b) || !reaches.get(b).contains(a))
                .as("%s and %s (from %s) reach each other", a, b, catalogue).isTrue();
          }
        }
      }
    }
  }

  @Test
  void theProbeSeesWhatAnInitialiserReaches() throws Exception {
    // ChronyDirectiveKind's constants name the releases that introduced them.
    assertThat(ntplintClassesInitialisedBy("dev.ntplint.chrony.catalog.ChronyDirectiveKind"))
        .contains("dev.ntplint.chrony.ChronyVersion");
  }

  /**
   * For a SARIF report the warm-up also prepares the fingerprints' digest: that sets up the JDK's
   * security providers and initialises no ntplint class but SarifWriter, whose own initialiser
   * reaches none, so it cannot take part in a cycle either.
   */
  @Test
  void preparingTheFingerprintsInitialisesTheProvidersAndNoOtherNtplintClass() throws Exception {
    List<String> initialised = FreshJvm.initialisedClasses(dir,
        PrepareFingerprints.class.getName(), "");
    assertThat(initialised).contains("sun.security.jca.Providers");
    assertThat(initialised.stream().filter(c -> c.startsWith("dev.ntplint.")
        && !c.equals(PrepareFingerprints.class.getName())).toList())
        .containsExactly("dev.ntplint.format.SarifWriter");
    assertThat(ntplintClassesInitialisedBy("dev.ntplint.format.SarifWriter"))
        .containsExactly("dev.ntplint.format.SarifWriter");
  }

  /** Runs the warm-up's SARIF step, nothing else. */
  static final class PrepareFingerprints {
    public static void main(String[] args) {
      SarifWriter.prepareFingerprints();
    }
  }

  private List<String> ntplintClassesInitialisedBy(String name) throws Exception {
    return FreshJvm.initialisedClasses(dir, Initialise.class.getName(), name).stream()
        .filter(c -> c.startsWith("dev.ntplint.") && !c.equals(Initialise.class.getName()))
        .toList();
  }

  /** Initialises the class named by its argument, nothing else of ntplint's. */
  static final class Initialise {
    public static void main(String[] args) throws ClassNotFoundException {
      Class.forName(args[0], true, Initialise.class.getClassLoader());
    }
  }
}

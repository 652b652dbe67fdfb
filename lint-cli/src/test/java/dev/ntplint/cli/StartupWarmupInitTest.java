package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.check.StartupWarmup;
import dev.ntplint.dialect.Dialect;
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

package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.check.StartupWarmup;
import dev.ntplint.dialect.Dialect;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classes {@link StartupWarmup} initialises on its thread while the main thread runs cannot
 * deadlock with it: each initialiser reaches no ntplint class but leaf ones, which reach none. So
 * neither thread can hold one class's initialisation while waiting for a class the other holds.
 */
class StartupWarmupInitTest {

  @TempDir
  Path dir;

  @Test
  void eachCatalogueClassReachesOnlyLeafClassesOfNtplint() throws Exception {
    for (Dialect dialect : Dialect.values()) {
      assertThat(StartupWarmup.catalogue(dialect)).as(dialect.name()).isNotEmpty();
      for (String catalogue : StartupWarmup.catalogue(dialect)) {
        List<String> reached = ntplintClassesInitialisedBy(catalogue);
        assertThat(reached).as("initialised first").startsWith(catalogue);
        for (String other : reached.subList(1, reached.size())) {
          assertThat(ntplintClassesInitialisedBy(other))
              .as("%s, reached from %s, initialises no other ntplint class", other, catalogue)
              .containsExactly(other);
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

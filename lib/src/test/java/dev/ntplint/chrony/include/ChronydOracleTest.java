package dev.ntplint.chrony.include;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.fs.ConfinedFileSystem;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The resolver against the installed chronyd ({@code chronyd -p -f MAIN}, run in the tree):
 * same verdict, and when chronyd accepts, its output lists the directives in exactly the
 * resolver's order. Skipped without chronyd unless {@code -Dntplint.oracles=required}.
 */
class ChronydOracleTest {

  @TempDir Path dir;

  static Stream<IncludeScenarios.Scenario> scenarios() {
    return IncludeScenarios.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void resolverAgreesWithChronyd(IncludeScenarios.Scenario scenario) throws Exception {
    ChronydOracle oracle = ChronydOracle.require();
    String main = scenario.builder().build(dir);
    ChronyConfigTree tree = new ChronyIncludeResolver(ConfinedFileSystem.unconfined(dir),
        ChronyVersion.V4_3).resolve(main);
    ChronydOracle.Run run = oracle.assertAgrees(dir, main, tree);
    if (scenario.chronydError() == null) {
      assertThat(run.exitCode()).as(run.stderr()).isZero();
      assertThat(run.stdout()).isNotEmpty();
    } else {
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.stderr()).contains(scenario.chronydError());
    }
  }

  static Path testdata() {
    return Path.of(System.getProperty("ntplint.testdata", "../testdata"), "chrony", "includes");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"glob-order/main.conf", "confdir-first-wins/main.conf",
      "sourcedir/main.conf", "relative/etc/main.conf"})
  void fixturesAgreeWithChronyd(String fixture) throws Exception {
    ChronydOracle oracle = ChronydOracle.require();
    Path scenario = testdata().resolve(fixture.substring(0, fixture.indexOf('/')));
    String main = fixture.substring(fixture.indexOf('/') + 1);
    ChronyConfigTree tree = new ChronyIncludeResolver(ConfinedFileSystem.unconfined(scenario),
        ChronyVersion.V4_3).resolve(main);
    ChronydOracle.Run run = oracle.assertAgrees(scenario, main, tree);
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).isEqualTo(ChronydOracle.echoed(tree));
    assertThat(List.copyOf(run.stdout())).isNotEmpty();
  }
}

package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short {@code ntplint check} of a typical file links no invokedynamic call site (issue 8, P1):
 * no lambda, method reference or stream pipeline, ntplint's own or the JDK's behind a stream or a
 * regular expression. The first run of each in a fresh JVM costs ~0.2-0.5 ms (its bootstrap,
 * method types and method handles, all interpreted), a class loaded from the AppCDS archive
 * ~0.03 ms; a check of a chrony.conf linked ~40, of an ntp.conf ~70, and the first one also set
 * up the JVM's lambda machinery. On this path write a loop, a class, or an {@code Edits} value.
 *
 * <p>Checked in a fresh JVM, whose class-loading log names each lambda class after the class
 * holding the call site ({@code Host$$Lambda$N/0x...}).
 */
class ShortCheckLambdaTest {

  @TempDir
  Path dir;

  @Test
  void theProbeSeesTheHostOfALinkedLambda() throws Exception {
    assertThat(lambdaHosts(run(RunsALambda.class.getName())))
        .contains(RunsALambda.class.getName());
  }

  /** The launcher's CDS training files: a typical and a sparse file of each dialect. */
  @Test
  void checkingTheTrainingFilesLinksNoLambda() throws Exception {
    for (String training : List.of("chrony.conf", "chrony-sparse.conf", "ntp.conf",
        "ntp-sparse.conf")) {
      assertNoLambda(Path.of("src/cds-training", training));
    }
  }

  /** Findings of the common rules, whose fixes are built for the report. */
  @Test
  void checkingFilesWithCommonFindingsLinksNoLambda() throws Exception {
    Map<String, String> ntp = Map.of("access", """
        server 192.0.2.1 iburst autokey
        pool 2.pool.ntp.org iburst
        restrict default kod nomodify notrap nopeer
        restrict 127.0.0.1
        enable mode7
        crypto
        fudge 127.127.8.1 stratum 3
        driftfile /var/lib/ntp/drift
        """, "unrestricted", """
        server 192.0.2.1 iburst
        driftfile /var/lib/ntp/drift
        """, "one-family", """
        server 192.0.2.1 iburst
        restrict -4 default kod limited nomodify noquery
        restrict 127.0.0.1
        disable monitor
        """);
    for (Map.Entry<String, String> file : ntp.entrySet()) {
      assertNoLambda(write(file.getKey(), "ntp.conf", file.getValue()));
    }
    Map<String, String> chrony = Map.of("pool-servers", """
        server 0.pool.ntp.org
        server 1.pool.ntp.org
        server 2.pool.ntp.org
        driftfile drift
        makestep 1.0 3
        makestep 1 3
        allow 10.0.0.0/8
        deny all
        local stratum 10
        """, "all-noselect", """
        server 192.0.2.1 iburst noselect
        refclock SHM 0 refid GPS noselect
        rtcsync
        rtconutc
        maxdrift 1000000
        """);
    for (Map.Entry<String, String> file : chrony.entrySet()) {
      assertNoLambda(write(file.getKey(), "chrony.conf", file.getValue()));
    }
  }

  private Path write(String directory, String name, String text) throws Exception {
    Path conf = Files.createDirectory(dir.resolve(directory)).resolve(name);
    Files.writeString(conf, text);
    return conf;
  }

  private void assertNoLambda(Path conf) throws Exception {
    List<String> loaded = run(NtplintMain.class.getName(), "check", conf.toString());
    assertThat(loaded).as("%s was checked", conf).contains("dev.ntplint.cli.PlainCheck")
        .contains("dev.ntplint.rules.Linter");
    assertThat(lambdaHosts(loaded)).as("hosts of the lambdas linked checking %s", conf).isEmpty();
  }

  /** The classes holding a lambda's call site ({@code Host} of {@code Host$$Lambda$N/0x...}). */
  private static List<String> lambdaHosts(List<String> loaded) {
    List<String> hosts = new ArrayList<>();
    for (String c : loaded) {
      int lambda = c.indexOf("$$Lambda");
      if (lambda > 0) {
        hosts.add(c.substring(0, lambda));
      }
    }
    return hosts;
  }

  private List<String> run(String mainClass, String... args) throws Exception {
    return FreshJvm.loadedClasses(dir, mainClass, args);
  }

  /** Links one lambda: the probe's positive control. */
  static final class RunsALambda {
    public static void main(String[] args) {
      Runnable lambda = () -> System.out.println("linked");
      lambda.run();
    }
  }
}

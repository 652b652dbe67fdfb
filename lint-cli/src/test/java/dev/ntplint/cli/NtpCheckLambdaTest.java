package dev.ntplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.Rule;
import dev.ntplint.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short {@code ntplint check} of an ntp.conf links no invokedynamic call site of the ntp code
 * (issue 8, P1): the first run of a lambda, method reference or stream pipeline in a fresh JVM
 * costs ~0.2-0.5 ms (its bootstrap, method types and method handles, all interpreted), a nested
 * class loaded from the AppCDS archive ~0.03 ms. Checked in a fresh JVM, whose class-loading log
 * names each lambda class after the class holding the call site ({@code Host$$Lambda$N/0x...}).
 */
class NtpCheckLambdaTest {

  /** The ntp code: its reader, model and view, and the look-ups its rules share. */
  private static final List<String> NTP_PREFIXES = List.of("dev.ntplint.ntp.",
      "dev.ntplint.view.ntp.", "dev.ntplint.internal.grammar.ntp.", "dev.ntplint.rules.NtpFacts");

  @TempDir
  Path dir;

  @Test
  void theProbeSeesTheHostOfALinkedLambda() throws Exception {
    assertThat(lambdaHosts(run(RunsALambda.class.getName())))
        .contains(RunsALambda.class.getName());
  }

  @Test
  void checkingTheNtpTrainingFilesLinksNoLambdaOfTheNtpCode() throws Exception {
    for (String training : List.of("ntp.conf", "ntp-sparse.conf")) {
      assertNoNtpLambda(Path.of("src/cds-training", training));
    }
  }

  /** Findings of the ntp-only rules, whose fixes are built for the report's count. */
  @Test
  void checkingFilesWithFindingsOfTheNtpRulesLinksNoLambdaOfTheNtpCode() throws Exception {
    Map<String, String> files = Map.of("access", """
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
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path conf = Files.createDirectory(dir.resolve(file.getKey())).resolve("ntp.conf");
      Files.writeString(conf, file.getValue());
      assertNoNtpLambda(conf);
    }
  }

  private void assertNoNtpLambda(Path conf) throws Exception {
    List<String> loaded = run(NtplintMain.class.getName(), "check", conf.toString());
    assertThat(loaded).as("%s was checked", conf).contains("dev.ntplint.cli.PlainCheck");
    Set<String> ntpOnlyRules = ntpOnlyRuleClasses();
    assertThat(ntpOnlyRules).as("the ntp-only rules").isNotEmpty();
    assertThat(lambdaHosts(loaded)).as("hosts of the lambdas linked checking %s", conf)
        .noneMatch(host -> ntpOnlyRules.contains(host)
            || NTP_PREFIXES.stream().anyMatch(host::startsWith));
  }

  private static Set<String> ntpOnlyRuleClasses() {
    Set<String> out = new TreeSet<>();
    for (Rule rule : RuleRegistry.builtin().rules()) {
      if (rule.metadata().dialects().equals(Set.of(Dialect.NTP))) {
        out.add(rule.getClass().getName());
      }
    }
    return out;
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

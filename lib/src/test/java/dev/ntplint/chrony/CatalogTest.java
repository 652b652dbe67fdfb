package dev.ntplint.chrony;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.InvalidDirective;
import dev.ntplint.chrony.model.UnknownDirective;
import dev.ntplint.source.SourceFile;
import dev.ntplint.testing.Chronyd;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directive catalogue: all 100 names of chrony HEAD, each with a valid sample line that the
 * reader accepts exactly from its {@code since} release on, and that the installed chronyd accepts
 * exactly when the catalogue says its release knows the name.
 */
class CatalogTest {

  @TempDir
  Path dir;

  /** A valid sample line for each directive (include/confdir point at nothing in the temp dir). */
  static String sample(ChronyDirectiveKind kind, Path dir) {
    return switch (kind.shape()) {
      case SOURCE -> kind.keyword() + " 192.0.2.1 iburst";
      case REFCLOCK -> "refclock SHM 0 refid GPS";
      case ACCESS -> kind.keyword() + " 192.168.0.0/16";
      case LOCAL -> "local stratum 10";
      case RATELIMIT -> kind.keyword() + " interval 3 burst 8";
      case HWTIMESTAMP -> "hwtimestamp eth0";
      case LOG -> "log tracking";
      case INCLUDE -> "include " + dir.resolve("none-*.conf");
      case CONFDIR, SOURCEDIR -> kind.keyword() + " " + dir.resolve("no-such-dir");
      case NONE, IGNORED -> kind.keyword();
      case OBSOLETE -> kind.keyword() + " 1";
      case WORD -> kind.keyword() + " /var/lib/chrony/x";
      case INT, INT_LIST -> kind.keyword() + " " + Math.max(kind.min(), 1);
      case DOUBLE -> kind.keyword() + " 0.5";
      case IP_ADDRESS -> kind.keyword() + " 192.0.2.1";
      case BIND_COMMAND_ADDRESS -> kind.keyword() + " 127.0.0.1";
      case DRIFTFILE -> "driftfile /var/lib/chrony/drift";
      case FALLBACKDRIFT -> "fallbackdrift 16 19";
      case MAKESTEP -> "makestep 1.0 3";
      case MAXCHANGE -> "maxchange 1000 1 2";
      case MAILONCHANGE -> "mailonchange root@localhost 0.5";
      case UNSIGNED_LONG -> kind.keyword() + " 1048576";
      case BROADCAST -> "broadcast 30 192.0.2.255";
      case SMOOTHTIME -> "smoothtime 400 0.001";
      case TEMPCOMP -> "tempcomp /sys/temp 30 26000 0.0 0.000183 0.0";
      case INITSTEPSLEW -> "initstepslew 30 192.0.2.1";
      case KEYWORD -> kind.keyword() + " " + kind.keywords().get(0);
      case NTSTRUSTEDCERTS -> "ntstrustedcerts /etc/ca.crt";
      case OPENCOMMANDS -> "opencommands tracking";
    };
  }

  @Test
  void catalogueHasEveryDirectiveOfChronyHead() {
    assertThat(ChronyDirectiveKind.values()).hasSize(100);
    assertThat(ChronyDirectiveKind.byName("SERVER")).contains(ChronyDirectiveKind.SERVER);
    assertThat(ChronyDirectiveKind.byName("sevrer")).isEmpty();
  }

  @Test
  void eachSampleIsAcceptedExactlyFromItsRelease() {
    for (ChronyDirectiveKind kind : ChronyDirectiveKind.values()) {
      for (ChronyVersion target : ChronyVersion.TARGETS) {
        ChronyParseResult result = ChronyConf.parse(SourceFile.ofText("s.conf", sample(kind, dir) + "\n"), target);
        ChronyDirective directive = result.config().directives().get(0);
        boolean known = !kind.since().after(target);
        assertThat(result.rejected()).as("%s on %s: %s", kind, target, result.diagnostics())
            .isEqualTo(!known);
        assertThat(directive).as("%s on %s", kind, target)
            .isInstanceOf(known ? ChronyDirective.class : UnknownDirective.class)
            .isNotInstanceOf(InvalidDirective.class);
        if (known) {
          assertThat(directive.kind()).contains(kind);
        }
      }
    }
  }

  @Test
  void installedChronydAgreesWithTheCatalogue() throws Exception {
    Path chronyd = Chronyd.require();
    ChronyVersion installed = Chronyd.version(chronyd);
    List<String> disagreements = new ArrayList<>();
    for (ChronyDirectiveKind kind : ChronyDirectiveKind.values()) {
      Path file = dir.resolve(kind.keyword() + ".conf");
      Files.writeString(file, sample(kind, dir) + "\n", StandardCharsets.UTF_8);
      boolean accepted = Chronyd.parse(chronyd, file, dir).accepted();
      if (accepted != !kind.since().after(installed)) {
        disagreements.add(kind.keyword() + " (since " + kind.since() + ", chronyd " + installed
            + (accepted ? " accepts" : " rejects") + ")");
      }
    }
    assertThat(disagreements).isEmpty();
  }
}

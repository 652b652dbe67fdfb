package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.ntplint.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NtpConf} reads a unit by every targeted daemon and merges it before it reads the next one
 * (issue 8, P3). That is sound only if reading and merging a unit depend on earlier units alone:
 * for generated files, under every target, as a main and an included file, the result is the one
 * of reading every unit by each daemon first and merging afterwards.
 */
class NtpUnitAtATimeTest {

  private static final long SEED = 0x756e697473415441L;

  @Test
  void aUnitAtATimeGivesWhatReadingEveryUnitFirstGives() {
    List<NtpTarget> targets = List.of(NtpTarget.ANY,
        NtpTarget.parseTarget("ntp-4.2.8").orElseThrow(),
        NtpTarget.parseTarget("ntpsec-1.2").orElseThrow());
    qt().withFixedSeed(SEED).withExamples(2000).forAll(NtpNeutralUnitsTest.files())
        .checkAssert(text -> {
          SourceFile file = SourceFile.of("ntp.conf", text.getBytes(StandardCharsets.ISO_8859_1));
          for (NtpTarget target : targets) {
            for (boolean mainFile : List.of(true, false)) {
              NtpParseResult oneAtATime = NtpConf.read(file, target, mainFile, true, true);
              NtpParseResult everyFirst = NtpConf.read(file, target, mainFile, true, false);
              String as = target.targetName() + (mainFile ? " main" : " included") + ": " + text;
              assertThat(oneAtATime.diagnostics()).as(as).isEqualTo(everyFirst.diagnostics());
              assertThat(oneAtATime.config().directives()).as(as)
                  .isEqualTo(everyFirst.config().directives());
              assertThat(oneAtATime.rejected()).as(as).isEqualTo(everyFirst.rejected());
            }
          }
        });
  }
}

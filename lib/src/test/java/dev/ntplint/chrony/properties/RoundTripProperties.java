package dev.ntplint.chrony.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.ChronyParseResult;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Lossless round trip: whatever the bytes, {@code ChronyConf.parse} returns (never throws) and the
 * model prints the input back byte for byte; every line with words becomes exactly one directive.
 */
class RoundTripProperties {

  private static final Gen<ChronyVersion> TARGETS = Generate.pick(ChronyVersion.TARGETS);

  @Test
  void arbitraryBytesRoundTrip() {
    PropertyRun run = PropertyRun.named("round trip, arbitrary bytes", 1000);
    try {
      run.qt().forAll(ConfigGenerators.arbitraryBytes(4096), TARGETS)
          .checkAssert((bytes, target) -> {
            run.ran();
            checkRoundTrip(bytes, target);
          });
    } finally {
      run.report();
    }
  }

  @Test
  void nearValidConfigsRoundTrip() {
    PropertyRun run = PropertyRun.named("round trip, near-valid chrony.conf", 1000);
    try {
      run.qt().forAll(ConfigGenerators.chronyConfigs(40), TARGETS)
          .checkAssert((bytes, target) -> {
            run.ran();
            checkRoundTrip(bytes, target);
          });
    } finally {
      run.report();
    }
  }

  static void checkRoundTrip(byte[] bytes, ChronyVersion target) {
    SourceFile file = SourceFile.of("x", bytes);
    ChronyParseResult result = ChronyConf.parse(file, target);
    assertThat(result.config().print()).isEqualTo(bytes);
    assertThat(result.config().syntax().print()).isEqualTo(bytes);

    // One directive per line with words, in order, each on its own line.
    List<SourceLine> wordLines = new ArrayList<>();
    for (SourceLine line : result.config().syntax().lines()) {
      if (!line.hasNoWords()) {
        wordLines.add(line);
      }
    }
    List<ChronyDirective> directives = result.config().directives();
    assertThat(directives).hasSameSizeAs(wordLines);
    for (int i = 0; i < directives.size(); i++) {
      assertThat(directives.get(i).syntax().line()).isEqualTo(wordLines.get(i));
    }
    // Diagnostics point inside the file and can be rendered.
    for (Diagnostic d : result.diagnostics()) {
      assertThat(d.span().end()).isLessThanOrEqualTo(bytes.length);
      assertThat(d.format()).isNotEmpty();
    }
    // The .sources reader shares the syntax layer and must not throw either.
    ChronyParseResult sources = ChronyConf.parseSources(file, target);
    assertThat(sources.config().print()).isEqualTo(bytes);
  }
}

package dev.ntplint.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Diagnostics#withoutRepeats}: which diagnostics count as one, and which is kept. */
class DiagnosticsRepeatsTest {

  private final SourceFile file =
      SourceFile.of("repeats.conf", "server a\nserver b\n".getBytes(StandardCharsets.US_ASCII));

  private Diagnostic at(int start, int end, String code, String message, Severity severity) {
    return new Diagnostic(code, severity, message, new Span(file, start, end), Optional.empty(),
        false);
  }

  @Test
  void keepsTheFirstOfEachRepeatAndEverythingThatDiffers() {
    Diagnostic first = at(0, 6, "NP1", "one", Severity.WARNING);
    Diagnostic repeat = at(0, 6, "NP1", "one", Severity.INFO);
    Diagnostic otherCode = at(0, 6, "NP2", "one", Severity.WARNING);
    Diagnostic otherMessage = at(0, 6, "NP1", "two", Severity.WARNING);
    Diagnostic otherEnd = at(0, 8, "NP1", "one", Severity.WARNING);
    Diagnostic otherStart = at(9, 15, "NP1", "one", Severity.WARNING);
    Diagnostic laterRepeat = at(9, 15, "NP1", "one", Severity.ERROR);

    List<Diagnostic> kept = Diagnostics.withoutRepeats(List.of(first, otherCode, repeat,
        otherMessage, otherEnd, otherStart, laterRepeat));

    assertThat(kept).containsExactly(first, otherCode, otherMessage, otherEnd, otherStart);
    assertThat(kept.get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void aLongRunAtOneSpanKeepsTheSameAsAShortOne() {
    // More diagnostics at one span than are compared pairwise: the set's answer must be the same.
    List<Diagnostic> run = new ArrayList<>();
    List<Diagnostic> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Diagnostic d = at(0, 6, "NP" + (i % 3), "message " + (i % 7), Severity.values()[i % 3]);
      boolean seenBefore = expected.stream().anyMatch(
          e -> e.code().equals(d.code()) && e.message().equals(d.message()));
      if (!seenBefore) {
        expected.add(d);
      }
      run.add(d);
    }
    run.add(at(9, 15, "NP0", "message 0", Severity.INFO));
    expected.add(run.get(run.size() - 1));

    assertThat(Diagnostics.withoutRepeats(run)).containsExactlyElementsOf(expected);
    assertThat(expected).hasSize(22);
  }

  @Test
  void anEmptyListStaysEmpty() {
    assertThat(Diagnostics.withoutRepeats(List.of())).isEmpty();
  }
}

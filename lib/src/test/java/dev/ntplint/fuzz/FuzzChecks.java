package dev.ntplint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.diag.Diagnostic;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import java.util.List;

/** Assertions every fuzz test makes about positions. */
final class FuzzChecks {

  private FuzzChecks() {}

  /** Every diagnostic points into {@code file} and renders. */
  static void insideFile(List<Diagnostic> diagnostics, SourceFile file) {
    for (Diagnostic d : diagnostics) {
      assertThat(d.span().file()).isSameAs(file);
      insideFile(d.span(), file);
      assertThat(d.format()).isNotEmpty();
    }
  }

  /** The span is a range of {@code file}'s bytes. */
  static void insideFile(Span span, SourceFile file) {
    assertThat(span.file()).isSameAs(file);
    assertThat(span.start()).isBetween(0, span.end());
    assertThat(span.end()).isLessThanOrEqualTo(file.length());
  }
}

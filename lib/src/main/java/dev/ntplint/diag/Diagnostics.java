package dev.ntplint.diag;

import dev.ntplint.source.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Collects diagnostics while a file is read; nothing that reads content throws. */
public final class Diagnostics {

  private final List<Diagnostic> list = new ArrayList<>();

  public Diagnostic add(DiagnosticCode code, Span span, String message) {
    return add(code, span, message, null);
  }

  public Diagnostic add(DiagnosticCode code, Span span, String message, String suggestion) {
    return add(code, code.severity(), span, message, suggestion);
  }

  /** Adds a diagnostic whose severity differs from its code's (the code's case is milder here). */
  public Diagnostic add(DiagnosticCode code, Severity severity, Span span, String message,
      String suggestion) {
    Diagnostic diagnostic = new Diagnostic(code.id(), severity, message, span,
        Optional.ofNullable(suggestion), code.rejectsFile());
    list.add(diagnostic);
    return diagnostic;
  }

  public void addAll(List<Diagnostic> diagnostics) {
    list.addAll(diagnostics);
  }

  public List<Diagnostic> list() {
    return Collections.unmodifiableList(list);
  }

  public static boolean anyRejects(List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      if (d.rejectsFile()) {
        return true;
      }
    }
    return false;
  }
}

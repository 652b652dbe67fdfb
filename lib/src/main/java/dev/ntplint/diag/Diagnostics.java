package dev.ntplint.diag;

import dev.ntplint.source.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

  /**
   * {@code sortedBySpan} (by start, then end, stable) with each diagnostic kept only the first
   * time it appears: the same code and message at the same span. A repeat lies in the same run of
   * one span as the first, after it, so only each run is searched, not a set of every diagnostic
   * in the file, whose look-ups miss the caches once a large file has thousands of them (issue 8,
   * P4).
   */
  public static List<Diagnostic> withoutRepeats(List<Diagnostic> sortedBySpan) {
    List<Diagnostic> kept = new ArrayList<>(sortedBySpan.size());
    int runStart = 0;
    while (runStart < sortedBySpan.size()) {
      Span span = sortedBySpan.get(runStart).span();
      int runEnd = runStart + 1;
      while (runEnd < sortedBySpan.size() && sameRange(sortedBySpan.get(runEnd).span(), span)) {
        runEnd++;
      }
      List<Diagnostic> run = sortedBySpan.subList(runStart, runEnd);
      if (run.size() <= SHORT_RUN) {
        int firstKept = kept.size();
        for (Diagnostic d : run) {
          if (!repeats(d, kept.subList(firstKept, kept.size()))) {
            kept.add(d);
          }
        }
      } else {
        Set<Reported> seen = new HashSet<>();
        for (Diagnostic d : run) {
          if (seen.add(new Reported(d.code(), d.message()))) {
            kept.add(d);
          }
        }
      }
      runStart = runEnd;
    }
    return kept;
  }

  /** Up to this many diagnostics at one span are compared pairwise, more through a set. */
  private static final int SHORT_RUN = 8;

  private static boolean sameRange(Span a, Span b) {
    return a.start() == b.start() && a.end() == b.end();
  }

  private static boolean repeats(Diagnostic d, List<Diagnostic> sameSpan) {
    for (Diagnostic other : sameSpan) {
      if (other.code().equals(d.code()) && other.message().equals(d.message())) {
        return true;
      }
    }
    return false;
  }

  /**
   * What makes two diagnostics at one span the same. Its equals and hashCode are written out: a
   * record's own bootstrap them through {@code ObjectMethods} at the first call, ~30
   * method-handle classes spun on every ntp.conf check's start (PlainCheckClassLoadingTest).
   */
  private record Reported(String code, String message) {

    @Override
    public boolean equals(Object other) {
      return other instanceof Reported that && code.equals(that.code)
          && message.equals(that.message);
    }

    @Override
    public int hashCode() {
      return 31 * code.hashCode() + message.hashCode();
    }
  }
}

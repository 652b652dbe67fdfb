package dev.ntplint.diag;

import dev.ntplint.source.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem found in a file, with a stable code and an exact position.
 *
 * @param code stable identifier (for example {@code CP101}); documented in docs/diagnostics.md
 * @param severity how serious it is
 * @param message what is wrong, in the words of the daemon where the daemon rejects it
 * @param span where (file, byte range; line and column derive from it)
 * @param suggestion what to write instead, when there is a likely answer ("did you mean ...")
 * @param rejectsFile true when the target daemon's own parser refuses the file because of this
 *     (chronyd -p exits 1; NTPsec reports a syntax error): the exit status of {@code parse}
 */
public record Diagnostic(
    String code,
    Severity severity,
    String message,
    Span span,
    Optional<String> suggestion,
    boolean rejectsFile) {

  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(suggestion, "suggestion");
  }

  /** {@code file:line:col: severity: message [code]}, the form editors jump to. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(span.location()).append(": ").append(severity.label()).append(": ").append(message);
    suggestion.ifPresent(s -> sb.append(" (did you mean `").append(s).append("`?)"));
    sb.append(" [").append(code).append(']');
    return sb.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}

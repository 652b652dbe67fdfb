package dev.ntplint.rules;

import dev.ntplint.diag.Severity;
import dev.ntplint.source.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem a rule found: which rule, how serious (after configuration), what, where, and
 * optionally how to fix it. Positions are those of the file the problem is in, an included file's
 * own path and line included.
 *
 * @param rule the rule's metadata
 * @param severity the effective severity (the rule's default unless configured otherwise)
 * @param message one or two sentences: what is wrong and what to do; the first sentence stands on
 *     its own (SARIF uses it as the alert title)
 * @param span where: file, byte range; lines and columns (1-based, end column exclusive) derive
 *     from it
 * @param fix a repair, when the rule can offer one
 */
public record Finding(RuleMetadata rule, Severity severity, String message, Span span,
    Optional<Fix> fix) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(fix, "fix");
  }

  /**
   * The repair, when the rule can offer one. A {@linkplain Fix#deferred deferred} fix whose edits
   * turn out to change nothing is no fix: the same answer as when the rule built it eagerly.
   */
  @Override
  public Optional<Fix> fix() {
    return fix.isPresent() && fix.get().isVoid() ? Optional.empty() : fix;
  }

  /** The file's path as given (or as an include directive named it). */
  public String file() {
    return span.file().name();
  }

  public int line() {
    return span.line();
  }

  public int column() {
    return span.column();
  }

  public int endLine() {
    return span.endLine();
  }

  /** Exclusive: one past the last character. */
  public int endColumn() {
    return span.endColumn();
  }

  /** The same finding with another severity. */
  public Finding withSeverity(Severity other) {
    return new Finding(rule, other, message, span, fix);
  }

  /** {@code file:line:col: severity: message [ID]}: the gcc form editors jump to. */
  public String format() {
    return span.location() + ": " + severity.label() + ": " + message + " [" + rule.id() + "]";
  }

  /** As a record's, but over {@link #fix()}: a void deferred fix equals no fix. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Finding that && rule.equals(that.rule) && severity == that.severity
        && message.equals(that.message) && span.equals(that.span) && fix().equals(that.fix());
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, severity, message, span, fix());
  }

  @Override
  public String toString() {
    return format();
  }
}

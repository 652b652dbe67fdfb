package dev.ntplint.rules;

import dev.ntplint.diag.Severity;
import dev.ntplint.source.Span;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One problem a rule found: which rule, how serious (after configuration), what, where, and
 * optionally how to fix it. Positions are those of the file the problem is in, an included file's
 * own path and line included.
 *
 * <p>A value with the API and equality of the record of {@code rule}, {@code severity},
 * {@code message}, {@code span} and {@code fix} it was. Not a record, so that what a large file's
 * findings keep is small (issue 8, P4): the fix is held without an {@code Optional}, and a rule
 * may give the message as a computation ({@link RuleContext#reportLazily}) that runs each time
 * the message is read: a 20 MB chrony.conf had 242,616 findings whose message strings were 45 MB
 * of the 429 MB the model and findings kept, each read once, if at all, by a report.
 */
public final class Finding {

  private final RuleMetadata rule;
  private final Severity severity;
  /** The message: a String, or a {@code Supplier<String>} that computes it (the same each time). */
  private final Object message;
  private final Span span;
  /** The fix, or null for none. */
  private final Fix fix;

  /**
   * @param rule the rule's metadata
   * @param severity the effective severity (the rule's default unless configured otherwise)
   * @param message one or two sentences: what is wrong and what to do; the first sentence stands
   *     on its own (SARIF uses it as the alert title)
   * @param span where: file, byte range; lines and columns (1-based, end column exclusive) derive
   *     from it
   * @param fix a repair, when the rule can offer one
   */
  public Finding(RuleMetadata rule, Severity severity, String message, Span span,
      Optional<Fix> fix) {
    this(rule, severity, (Object) Objects.requireNonNull(message, "message"), span,
        Objects.requireNonNull(fix, "fix").orElse(null));
  }

  private Finding(RuleMetadata rule, Severity severity, Object message, Span span, Fix fix) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.message = message;
    this.span = Objects.requireNonNull(span, "span");
    this.fix = fix;
  }

  /**
   * A finding whose message {@code message} computes each time it is read: it must give the same
   * string every time (what the rule knew when it reported, nothing that changes later).
   */
  static Finding withLazyMessage(RuleMetadata rule, Severity severity, Supplier<String> message,
      Span span, Optional<Fix> fix) {
    return new Finding(rule, severity, (Object) Objects.requireNonNull(message, "message"), span,
        Objects.requireNonNull(fix, "fix").orElse(null));
  }

  /** The rule's metadata. */
  public RuleMetadata rule() {
    return rule;
  }

  /** The effective severity (the rule's default unless configured otherwise). */
  public Severity severity() {
    return severity;
  }

  /**
   * One or two sentences: what is wrong and what to do; the first sentence stands on its own
   * (SARIF uses it as the alert title).
   */
  @SuppressWarnings("unchecked")
  public String message() {
    return message instanceof String text
        ? text : Objects.requireNonNull(((Supplier<String>) message).get(), "message");
  }

  /** Where: file, byte range; lines and columns derive from it. */
  public Span span() {
    return span;
  }

  /**
   * The repair, when the rule can offer one. A {@linkplain Fix#deferred deferred} fix whose edits
   * turn out to change nothing is no fix: the same answer as when the rule built it eagerly.
   */
  public Optional<Fix> fix() {
    return fix == null || fix.isVoid() ? Optional.empty() : Optional.of(fix);
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

  /** The same finding with another severity (its message still computed when read). */
  public Finding withSeverity(Severity other) {
    return new Finding(rule, other, message, span, fix);
  }

  /** {@code file:line:col: severity: message [ID]}: the gcc form editors jump to. */
  public String format() {
    return span.location() + ": " + severity.label() + ": " + message() + " [" + rule.id() + "]";
  }

  /** As a record's, but over {@link #fix()}: a void deferred fix equals no fix. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Finding that && rule.equals(that.rule) && severity == that.severity
        && message().equals(that.message()) && span.equals(that.span) && fix().equals(that.fix());
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, severity, message(), span, fix());
  }

  @Override
  public String toString() {
    return format();
  }
}

package dev.ntplint.rules;

import dev.ntplint.diag.Severity;
import dev.ntplint.source.SourceFile;
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
  /** The span's file and offsets: a span object per finding was 5.8 MB of them (P4). */
  private final SourceFile file;
  private final int start;
  private final int end;
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

  private Finding(RuleMetadata rule, Severity severity, Object message, SourceFile file,
      int start, int end, Fix fix) {
    this.rule = rule;
    this.severity = Objects.requireNonNull(severity, "severity");
    this.message = message;
    this.file = file;
    this.start = start;
    this.end = end;
    this.fix = fix;
  }

  private Finding(RuleMetadata rule, Severity severity, Object message, Span span, Fix fix) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.message = message;
    Objects.requireNonNull(span, "span");
    this.file = span.file();
    this.start = span.start();
    this.end = span.end();
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

  /** Where: file, byte range; lines and columns derive from it (a new span per call). */
  public Span span() {
    return new Span(file, start, end);
  }

  /* The span's parts without making it, for sorting many findings. */

  SourceFile spanFile() {
    return file;
  }

  int spanStart() {
    return start;
  }

  int spanEnd() {
    return end;
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
    return file.name();
  }

  public int line() {
    return file.lineOf(start);
  }

  public int column() {
    return file.columnOf(start);
  }

  public int endLine() {
    return file.lineOf(end);
  }

  /** Exclusive: one past the last character. */
  public int endColumn() {
    return file.columnOf(end);
  }

  /** The same finding with another severity (its message still computed when read). */
  public Finding withSeverity(Severity other) {
    return new Finding(rule, other, message, file, start, end, fix);
  }

  /** {@code file:line:col: severity: message [ID]}: the gcc form editors jump to. */
  public String format() {
    return span().location() + ": " + severity.label() + ": " + message() + " [" + rule.id() + "]";
  }

  /** As a record's, but over {@link #fix()}: a void deferred fix equals no fix. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Finding that && rule.equals(that.rule) && severity == that.severity
        && message().equals(that.message()) && that.file == file && that.start == start
        && that.end == end && fix().equals(that.fix());
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, severity, message(), span(), fix());
  }

  @Override
  public String toString() {
    return format();
  }
}

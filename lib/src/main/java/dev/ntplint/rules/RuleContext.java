package dev.ntplint.rules;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.edit.ConfigEditor;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import dev.ntplint.source.SyntaxTree;
import dev.ntplint.view.TimeServiceView;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** What a rule sees of the configuration being linted, and where it reports. */
public interface RuleContext {

  /** The configuration language. */
  Dialect dialect();

  /** The dialect-neutral view of the whole resolved configuration. */
  TimeServiceView view();

  /** The chrony configuration with every file it includes; empty for other dialects. */
  Optional<ChronyConfigTree> chrony();

  /** The chrony release checked against (the newest unless configured). */
  ChronyVersion chronyTarget();

  /** The ntp.conf with its included files and keys file; empty for other dialects. */
  Optional<NtpConfigSet> ntp();

  /** The ntpd flavour checked against ({@link NtpTarget#ANY} unless configured). */
  NtpTarget ntpTarget();

  /**
   * True when the file is a main configuration (checked with everything it includes), false for a
   * fragment linted on its own (a file of a conf.d directory, a {@code .sources} file).
   */
  boolean wholeConfiguration();

  /** This rule's options (configured values, else defaults). */
  RuleOptions options();

  /**
   * A fact about this configuration that several rules need (a directive list, an index): the
   * linter computes it once per lint and gives every rule the same value, so a rule that reads it
   * costs no pass over the configuration of its own. The value must not be modified.
   */
  default <T> T shared(SharedFact<T> fact) {
    return fact.compute(this);
  }

  /** Reports a finding at {@code span} with the rule's severity. */
  default void report(Span span, String message) {
    report(span, message, Optional.empty());
  }

  /** Reports a finding with a fix. */
  default void report(Span span, String message, Fix fix) {
    report(span, message, Optional.of(fix));
  }

  /** Reports a finding with an optional fix. */
  void report(Span span, String message, Optional<Fix> fix);

  /**
   * Reports a finding with a severity other than the rule's default (for a rule whose cases differ
   * in impact). A severity configured by the user still wins.
   */
  void report(Severity severity, Span span, String message, Optional<Fix> fix);

  /**
   * Reports a finding whose message {@code message} computes when it is read, each time it is
   * read: for a rule that may report on most lines of a large file, whose findings would otherwise
   * keep a message string each (issue 8, P4). It must give the same string every time, from what
   * the rule knew when it reported.
   */
  default void reportLazily(Span span, Supplier<String> message, Optional<Fix> fix) {
    report(span, message.get(), fix);
  }

  /** The lossless tree of a file of this configuration (for building fixes). */
  Optional<SyntaxTree> syntax(SourceFile file);

  /**
   * A fix built with a {@link ConfigEditor} on {@code file}: edits that follow the file's style.
   * Empty when the file is unknown or the edits conflict (a bug worth a test, not a crash).
   */
  default Optional<Fix> fix(SourceFile file, String description, Fixability safety,
      Consumer<ConfigEditor> edits) {
    return syntax(file).flatMap(tree ->
        Fix.edited(ConfigEditor.of(tree), description, safety, edits));
  }
}

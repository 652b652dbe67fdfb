package dev.ntplint.diag;

/** A stable diagnostic code with its default severity; each dialect has an enum of these. */
public interface DiagnosticCode {

  /** The stable id, such as {@code CP101}. */
  String id();

  Severity severity();

  /** True when a diagnostic with this code means the daemon's parser rejects the file. */
  boolean rejectsFile();

  /** One line saying what the code means, for documentation. */
  String summary();
}

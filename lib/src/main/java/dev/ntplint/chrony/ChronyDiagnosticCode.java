package dev.ntplint.chrony;

import dev.ntplint.diag.DiagnosticCode;
import dev.ntplint.diag.Severity;

/**
 * Diagnostics of reading a chrony.conf. CP0xx: lines; CP1xx: what the target chronyd's parser
 * rejects (so {@code chronyd -p} fails); CP2xx: accepted by the parser but failing or ignored
 * later; CP3xx: includes.
 */
public enum ChronyDiagnosticCode implements DiagnosticCode {
  LINE_TOO_LONG("CP001", Severity.ERROR, true,
      "a line of 2048 bytes or more (chronyd: String too long)"),
  NUL_BYTE("CP002", Severity.WARNING, false,
      "a NUL byte: chronyd ignores the rest of the line"),
  BYTE_ORDER_MARK("CP003", Severity.ERROR, true,
      "a UTF-8 byte order mark glued to the first word"),
  CR_LINE_ENDINGS("CP004", Severity.WARNING, false,
      "CR-only (classic Mac) line endings: chronyd reads the whole file as one line"),
  INVALID_DIRECTIVE("CP100", Severity.ERROR, true, "an unknown directive"),
  DIRECTIVE_TOO_NEW("CP101", Severity.ERROR, true,
      "a directive the target chrony release does not know yet"),
  MISSING_ARGUMENTS("CP102", Severity.ERROR, true, "too few arguments"),
  TOO_MANY_ARGUMENTS("CP103", Severity.ERROR, true, "too many arguments"),
  BAD_VALUE("CP104", Severity.ERROR, true, "an argument chronyd cannot parse"),
  VALUE_OUT_OF_RANGE("CP105", Severity.ERROR, true, "an integer outside its range"),
  INVALID_OPTION("CP106", Severity.ERROR, true, "an unknown option"),
  OPTION_TOO_NEW("CP107", Severity.ERROR, true,
      "an option the target chrony release does not know yet"),
  INVALID_OPTION_VALUE("CP108", Severity.ERROR, true, "an option with a missing or bad value"),
  INVALID_LOG_PARAMETER("CP109", Severity.ERROR, true, "an unknown log name (names are case-sensitive)"),
  INVALID_ADDRESS("CP110", Severity.ERROR, true, "an address or subnet chronyd cannot parse"),
  OBSOLETE_DIRECTIVE("CP200", Severity.WARNING, false,
      "a directive chronyd no longer supports (accepted and ignored)"),
  STRICTER_IN_NEWER("CP201", Severity.WARNING, false,
      "accepted by the target release but rejected by chrony 4.7 and later"),
  FAILS_AT_START("CP202", Severity.ERROR, false,
      "accepted by chronyd -p but chronyd refuses to start with it"),
  RESOLVED_WHILE_READING("CP203", Severity.INFO, false,
      "a host name chronyd must resolve while reading the file (unresolvable: fatal)"),
  IGNORED_AT_RUNTIME("CP204", Severity.WARNING, false,
      "accepted, but ignored or adjusted by chronyd when it runs"),
  SOURCES_LINE_IGNORED("CP205", Severity.WARNING, false,
      "a line of a .sources file that chronyd silently ignores"),
  INCLUDE_NOT_FOUND("CP300", Severity.ERROR, true, "an included file that cannot be opened"),
  INCLUDE_GLOB_FAILED("CP301", Severity.ERROR, true,
      "a pattern whose directory cannot be searched"),
  INCLUDE_TOO_DEEP("CP302", Severity.ERROR, true, "more than 10 nested files (or an include cycle)"),
  INCLUDE_OUTSIDE_ROOT("CP303", Severity.ERROR, false,
      "a path that leaves the --root directory (not followed)"),
  INCLUDE_CYCLE("CP304", Severity.ERROR, true, "a file that includes itself (directly or not)"),
  INCLUDE_UNREADABLE("CP305", Severity.WARNING, false,
      "a file or directory that cannot be read (not followed)");

  private final String id;
  private final Severity severity;
  private final boolean rejectsFile;
  private final String summary;

  ChronyDiagnosticCode(String id, Severity severity, boolean rejectsFile, String summary) {
    this.id = id;
    this.severity = severity;
    this.rejectsFile = rejectsFile;
    this.summary = summary;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public boolean rejectsFile() {
    return rejectsFile;
  }

  @Override
  public String summary() {
    return summary;
  }
}

package dev.ntplint.ntp;

import dev.ntplint.diag.DiagnosticCode;
import dev.ntplint.diag.Severity;

/**
 * Diagnostics of reading an ntp.conf and its keys file. NP0xx: lexing (what ntpd's scanner does
 * with bytes, quotes, comments and numbers); NP1xx: what the target ntpd's parser rejects (it logs
 * "syntax error" or exits while reading); NP2xx: accepted by the parser but ignored, adjusted or
 * failing when ntpd applies it; NP3xx: includefile; NP4xx: keys files.
 */
public enum NtpDiagnosticCode implements DiagnosticCode {
  LEXEME_TOO_LONG("NP001", Severity.ERROR, true,
      "a word longer than ntpd's limit (classic 127, NTPsec 1024 bytes): ntpd exits"),
  HIGH_BYTES_DROPPED("NP002", Severity.WARNING, false,
      "bytes above 127, which ntpd silently drops (the characters around them join)"),
  UNTERMINATED_QUOTE("NP003", Severity.WARNING, false,
      "a quote without its closing quote (ntpd closes it at the end of the line)"),
  EMPTY_QUOTES("NP004", Severity.INFO, false, "empty quotes (\"\"), which are no word at all for ntpd"),
  BLANK_QUOTES_END_COMMAND("NP005", Severity.WARNING, false,
      "a quoted string of blanks, which ends the command: the rest is read as a new command"),
  COMMENT_INSIDE_WORD("NP006", Severity.WARNING, false,
      "a # glued to a word: the comment starts there"),
  NUMBER_NOT_REPRESENTABLE("NP007", Severity.ERROR, true,
      "a number ntpd cannot convert (0x without digits, too small): ntpd exits"),
  EMPTY_FILE("NP008", Severity.ERROR, true,
      "an empty file (0 bytes), which ntpd's grammar rejects"),
  NUL_IN_WORD("NP009", Severity.WARNING, false,
      "a NUL byte in a word: ntpd reads the word only up to it"),
  NUL_STOPS_READING("NP010", Severity.WARNING, false,
      "a NUL byte outside a string at the start of a command: ntpd reads no further"),
  NUL_ENDS_INPUT("NP011", Severity.ERROR, true,
      "a NUL byte outside a string inside a command: ntpd's parser sees the end of the file"),
  LAST_LINE_UNENDED("NP012", Severity.ERROR, true,
      "a last line without a newline that NTPsec's scanner does not end: its parser sees the end"
          + " of the file inside the command"),
  UNKNOWN_COMMAND("NP100", Severity.ERROR, true, "a first word that is no command"),
  NOT_IN_FLAVOUR("NP101", Severity.ERROR, true,
      "a command, option or flag the target daemon does not have (the other flavour's)"),
  SYNTAX_ERROR("NP102", Severity.ERROR, true, "a word the grammar does not accept here"),
  MISSING_ARGUMENT("NP103", Severity.ERROR, true, "a command that ends too early"),
  NOT_A_NUMBER("NP104", Severity.ERROR, true,
      "a word where ntpd's grammar needs an integer or a number of the right class"),
  KEYWORD_AS_NAME("NP105", Severity.ERROR, true,
      "a keyword or number where a name is read in token mode (restrict ntp, interface listen drop)"),
  UNKNOWN_OPTION("NP106", Severity.ERROR, true, "an unknown option or flag (often a typo or wrong case)"),
  TOO_NEW("NP107", Severity.ERROR, true, "a keyword of a later release than the target"),
  END_STOPS_READING("NP108", Severity.ERROR, true,
      "end: ntpd stops reading and logs a spurious syntax error"),
  UNKNOWN_REFCLOCK_DRIVER("NP109", Severity.ERROR, true,
      "an NTPsec refclock name that is no driver: ntpd exits"),
  SPECIAL_CHARACTER("NP110", Severity.ERROR, true,
      "a special character ({ } ( ) , ; | =) no rule accepts here (one command per line)"),
  FLAVOUR_SPECIFIC("NP200", Severity.INFO, false,
      "accepted by one flavour only (for the accept-either target)"),
  IGNORED_BY_DAEMON("NP201", Severity.WARNING, false,
      "accepted, but ignored or treated differently by the target daemon"),
  VALUE_ADJUSTED("NP202", Severity.WARNING, false,
      "a value ntpd clamps, replaces or ignores (with a log message)"),
  ASSOCIATION_DROPPED("NP203", Severity.ERROR, false,
      "an association ntpd refuses when it applies the configuration"),
  INVALID_ADDRESS("NP204", Severity.WARNING, false,
      "an address ntpd cannot use here (invalid 127.x, not a refclock, CIDR in classic)"),
  FAILS_AT_START("NP205", Severity.ERROR, false,
      "accepted by the parser but ntpd exits or hangs when it applies it"),
  DEPRECATED("NP206", Severity.WARNING, false, "a deprecated form (ntpd logs so)"),
  KOD_WITHOUT_LIMITED("NP207", Severity.WARNING, false, "kod without limited does nothing"),
  TOS_INCONSISTENT("NP208", Severity.WARNING, false,
      "tos values that break classic ntpd's sanity rules"),
  DRIVER_NOT_IN_BUILD("NP209", Severity.WARNING, false,
      "an NTPsec driver that some builds leave out (fatal there)"),
  PARTLY_APPLIED("NP210", Severity.WARNING, false,
      "the part of a rejected command that ntpd applies anyway (spec 1.7)"),
  SIMULATOR_ONLY("NP211", Severity.INFO, false, "an ntpdsim simulate block (not checked)"),
  INCLUDE_NOT_FOUND("NP300", Severity.WARNING, false,
      "an included file that cannot be opened (ntpd logs it and goes on)"),
  INCLUDE_TOO_DEEP("NP301", Severity.WARNING, false,
      "more than 5 nested includefile levels (ntpd logs it and skips the file)"),
  INCLUDE_CYCLE("NP302", Severity.ERROR, false, "a file that includes itself (directly or not)"),
  INCLUDE_OUTSIDE_ROOT("NP303", Severity.ERROR, false,
      "a path that leaves the --root directory (not followed)"),
  INCLUDE_RELATIVE("NP304", Severity.INFO, false,
      "a relative includefile path, resolved differently by the two daemons"),
  INCLUDE_ERROR_RECOVERY("NP305", Severity.WARNING, false,
      "words after an includefile name that start no command: ntpd recovers inside the opened"
          + " file and loses its first command"),
  KEY_BAD_ID("NP400", Severity.ERROR, false, "a key id outside 1..65535"),
  KEY_MISSING_FIELD("NP401", Severity.ERROR, false, "a key line without type or key"),
  KEY_UNKNOWN_TYPE("NP402", Severity.ERROR, false, "a key type the daemon does not support"),
  KEY_BAD_MATERIAL("NP403", Severity.ERROR, false,
      "key material that is too long or not hexadecimal where hex is required"),
  KEYS_FILE_REJECTED("NP404", Severity.ERROR, false,
      "classic ntpd rejects the whole keys file because of the errors in it"),
  KEYS_FILE_UNREADABLE("NP405", Severity.ERROR, false, "a keys file that cannot be read"),
  KEY_NOT_DEFINED("NP406", Severity.WARNING, false, "a key id used in ntp.conf but not in the keys file"),
  KEY_BAD_ACCESS_LIST("NP407", Severity.WARNING, false, "a bad address in a key's access list"),
  KEY_LINE_SPLIT("NP408", Severity.WARNING, false,
      "a keys file line of 512 bytes or more: ntpd reads the rest as another line"),
  KEY_MATERIAL_SURPRISE("NP409", Severity.WARNING, false,
      "key material ntpd reads differently than it looks (a CR from CRLF, a #, truncation)"),
  KEYS_FILE_NOT_FOUND("NP410", Severity.WARNING, false, "a keys file that does not exist");

  private final String id;
  private final Severity severity;
  private final boolean rejectsFile;
  private final String summary;

  NtpDiagnosticCode(String id, Severity severity, boolean rejectsFile, String summary) {
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

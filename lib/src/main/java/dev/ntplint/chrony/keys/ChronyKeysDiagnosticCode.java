package dev.ntplint.chrony.keys;

import dev.ntplint.diag.DiagnosticCode;
import dev.ntplint.diag.Severity;

/**
 * Diagnostics of reading a chrony key file ({@code keyfile}). chronyd never refuses to start over
 * its key file: it logs a warning for a bad line and skips it, so none of these rejects the file.
 * CK0xx: lines; CK1xx: a line chronyd skips; CK2xx: a key chronyd loads but reads differently
 * than it looks; CK3xx: the file itself.
 */
public enum ChronyKeysDiagnosticCode implements DiagnosticCode {
  LINE_SPLIT("CK001", Severity.WARNING,
      "a line of 2048 bytes or more: chronyd reads it in pieces of 2047 bytes, each as a line"),
  NUL_BYTE("CK002", Severity.WARNING, "a NUL byte: chronyd ignores the rest of the line"),
  UNPARSABLE_LINE("CK100", Severity.ERROR,
      "a line that is not ID [TYPE] KEY (chronyd: Could not parse key) and is skipped"),
  UNDECODABLE_KEY("CK101", Severity.ERROR,
      "an empty key or a HEX: key that is not pairs of hex digits (chronyd: Could not decode key)"),
  INVALID_TYPE("CK102", Severity.ERROR,
      "a key type chronyd does not know, names being case-sensitive (chronyd: Invalid type)"),
  UNSUPPORTED_TYPE("CK103", Severity.WARNING,
      "a key type a nettle or GnuTLS build of chronyd does not support (TIGER, WHIRLPOOL)"),
  BAD_CMAC_KEY_LENGTH("CK104", Severity.ERROR,
      "an AES128 key that is not 128 bits or an AES256 key that is not 256 bits"),
  DUPLICATE_KEY("CK200", Severity.WARNING,
      "a key id defined twice: which of the keys chronyd uses is arbitrary"),
  ID_READ_DIFFERENTLY("CK201", Severity.WARNING,
      "a key id chronyd reads as another number (trailing characters, a sign, above 2^32-1)"),
  KEY_READ_AS_ASCII("CK202", Severity.WARNING,
      "a key that looks hexadecimal but has no HEX: prefix, so chronyd uses its text as the key"),
  KEY_FILE_UNREADABLE("CK300", Severity.WARNING,
      "a keyfile that cannot be read (chronyd: Could not open keyfile): no key is loaded");

  private final String id;
  private final Severity severity;
  private final String summary;

  ChronyKeysDiagnosticCode(String id, Severity severity, String summary) {
    this.id = id;
    this.severity = severity;
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
    return false;
  }

  @Override
  public String summary() {
    return summary;
  }
}

package dev.ntplint.rules;

import java.util.Locale;

/** The family a rule belongs to; used to group rules in listings and documentation. */
public enum Category {
  /** What the daemon's own parser rejects or reads differently than intended. */
  SYNTAX("Syntax and compatibility"),
  /** Time sources: how many, which options, how they are polled. */
  SOURCES("Sources"),
  /** The local-clock (or orphan) fallback of a server. */
  LOCAL_CLOCK("Local clock"),
  /** Who may get time and who may query or control the daemon. */
  ACCESS("Access and security"),
  /** Stepping, drift, leap seconds, the RTC and log files. */
  DISCIPLINE("Clock discipline and files"),
  /** Reference clocks (GPS, PPS, PHC...). */
  REFCLOCKS("Reference clocks"),
  /** include, confdir, sourcedir and the files they pull in. */
  INCLUDES("Includes"),
  /** ntplint's own suppression comments. */
  SUPPRESSIONS("Suppressions");

  private final String title;

  Category(String title) {
    this.title = title;
  }

  /** A heading for documentation. */
  public String title() {
    return title;
  }

  /** The kebab-case name used in JSON and SARIF tags. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

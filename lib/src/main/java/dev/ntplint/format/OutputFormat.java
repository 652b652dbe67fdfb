package dev.ntplint.format;

import java.util.Locale;
import java.util.Optional;

/** The output formats of {@code ntplint check}. */
public enum OutputFormat {
  /** For people: one finding per line, the source line underneath, a summary; colour on a TTY. */
  TEXT,
  /** {@code file:line:col: severity: message [ID]}, which compilers and editors use. */
  GCC,
  /** A documented JSON document (docs/rules/output-formats.md). */
  JSON,
  /** SARIF 2.1.0 as GitHub code scanning accepts it. */
  SARIF,
  /** GitHub Actions workflow commands ({@code ::error file=...::message}). */
  GITHUB,
  /** Checkstyle XML, for tools that read it (Jenkins warnings, reviewdog...). */
  CHECKSTYLE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<OutputFormat> parse(String text) {
    for (OutputFormat f : values()) {
      if (f.label().equalsIgnoreCase(text)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The writer for this format. */
  public FindingWriter writer(boolean color) {
    return switch (this) {
      case TEXT -> new TextWriter(color);
      case GCC -> new GccWriter();
      case JSON -> new JsonWriter();
      case SARIF -> new SarifWriter();
      case GITHUB -> new GithubWriter();
      case CHECKSTYLE -> new CheckstyleWriter();
    };
  }
}

package dev.ntplint.rules.config;

/** A problem in an ntplint configuration file: one line, naming the file and position. */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message, null, false, false);
  }
}

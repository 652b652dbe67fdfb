package dev.ntplint.convert;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a distribution's chrony package keeps its files (ntp2chrony always used the Red Hat
 * paths, bug B13).
 */
public enum Distro {
  DEBIAN("/etc/chrony/chrony.conf", "/etc/chrony/chrony.keys", "/var/lib/chrony/chrony.drift",
      "/var/log/chrony"),
  RHEL("/etc/chrony.conf", "/etc/chrony.keys", "/var/lib/chrony/drift", "/var/log/chrony"),
  SUSE("/etc/chrony.conf", "/etc/chrony.keys", "/var/lib/chrony/drift", "/var/log/chrony");

  private final String configFile;
  private final String keysFile;
  private final String driftFile;
  private final String logDirectory;

  Distro(String configFile, String keysFile, String driftFile, String logDirectory) {
    this.configFile = configFile;
    this.keysFile = keysFile;
    this.driftFile = driftFile;
    this.logDirectory = logDirectory;
  }

  public String configFile() {
    return configFile;
  }

  public String keysFile() {
    return keysFile;
  }

  public String driftFile() {
    return driftFile;
  }

  public String logDirectory() {
    return logDirectory;
  }

  /** {@code debian} (also {@code ubuntu}), {@code rhel} (also {@code fedora}), {@code suse}. */
  public static Optional<Distro> parse(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "debian", "ubuntu" -> Optional.of(DEBIAN);
      case "rhel", "fedora", "centos", "redhat" -> Optional.of(RHEL);
      case "suse", "sles", "opensuse" -> Optional.of(SUSE);
      default -> Optional.empty();
    };
  }
}

package dev.ntplint.dialect;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells chrony.conf from ntp.conf: by file name first, then by the directives a file uses that
 * only one daemon knows.
 */
public final class DialectDetector {

  /** Directives chronyd knows and ntpd does not, from both catalogues. */
  private static final Set<String> CHRONY_ONLY = chronyOnly();
  /** Commands ntpd (either flavour) knows and chronyd does not, from both catalogues. */
  private static final Set<String> NTP_ONLY = ntpOnly();

  private DialectDetector() {}

  private static Set<String> chronyOnly() {
    Set<String> names = new HashSet<>(ChronyDirectiveKind.names());
    names.removeAll(NtpDirectiveKind.allKeywords());
    return Set.copyOf(names);
  }

  private static Set<String> ntpOnly() {
    Set<String> names = new HashSet<>(NtpDirectiveKind.allKeywords());
    names.removeAll(ChronyDirectiveKind.names());
    return Set.copyOf(names);
  }

  /** The dialect a file name implies, if any. */
  public static Optional<Dialect> byName(String fileName) {
    String name = fileName.replace('\\', '/');
    String base = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    String path = name.toLowerCase(Locale.ROOT);
    if (base.endsWith(".sources") || base.startsWith("chrony") || path.contains("/chrony/")
        || path.contains("/chrony.d/")) {
      return Optional.of(Dialect.CHRONY);
    }
    if (base.startsWith("ntp") || path.contains("/ntp.d/") || path.contains("/ntpsec/")) {
      return Optional.of(Dialect.NTP);
    }
    return Optional.empty();
  }

  /** Scores the first words of the lines; empty when the content does not tell. */
  public static Optional<Dialect> byContent(String latin1Text) {
    int chrony = 0;
    int ntp = 0;
    for (String line : latin1Text.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || "#!;%".indexOf(trimmed.charAt(0)) >= 0) {
        continue;
      }
      int end = 0;
      while (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end))) {
        end++;
      }
      String word = trimmed.substring(0, end).toLowerCase(Locale.ROOT);
      if (CHRONY_ONLY.contains(word)) {
        chrony++;
      } else if (NTP_ONLY.contains(word)) {
        ntp++;
      } else if (word.equals("server") && trimmed.contains("127.127.")) {
        ntp++;
      }
    }
    if (chrony == ntp) {
      return Optional.empty();
    }
    return Optional.of(chrony > ntp ? Dialect.CHRONY : Dialect.NTP);
  }
}

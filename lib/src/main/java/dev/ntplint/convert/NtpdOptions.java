package dev.ntplint.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ntpd command-line options that change how the clock is set, as found in the service
 * configuration ({@code /etc/sysconfig/ntpd OPTIONS="-g"}, Debian {@code NTPD_OPTS}).
 *
 * @param given true when the user told us the options (otherwise they are unknown)
 * @param bigFirstStep {@code -g}: the first correction may be of any size
 * @param slewOnly {@code -x}: never step (up to 600 s)
 * @param family {@code -4} or {@code -6}: {@code 4}, {@code 6} or empty
 * @param user {@code -u USER[:GROUP]}
 * @param ignored the options that do not affect the conversion, as written
 */
public record NtpdOptions(boolean given, boolean bigFirstStep, boolean slewOnly,
    Optional<String> family, Optional<String> user, List<String> ignored) {

  public NtpdOptions {
    ignored = List.copyOf(ignored);
  }

  /** Options not given. */
  public static NtpdOptions unknown() {
    return new NtpdOptions(false, false, false, Optional.empty(), Optional.empty(), List.of());
  }

  /** Reads {@code "-g -u ntp:ntp"}; unknown words end up in {@link #ignored()}. */
  public static NtpdOptions parse(String text) {
    boolean g = false;
    boolean x = false;
    Optional<String> family = Optional.empty();
    Optional<String> user = Optional.empty();
    List<String> ignored = new ArrayList<>();
    String[] words = text.trim().isEmpty() ? new String[0] : text.trim().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.startsWith("-") && !w.startsWith("--") && w.length() > 2 && !w.startsWith("-u")) {
        // Grouped flags, e.g. -gx.
        boolean allFlags = w.substring(1).chars().allMatch(c -> "gx46NLnqd".indexOf(c) >= 0);
        if (allFlags) {
          for (char c : w.substring(1).toCharArray()) {
            switch (c) {
              case 'g' -> g = true;
              case 'x' -> x = true;
              case '4', '6' -> family = Optional.of(String.valueOf(c));
              default -> ignored.add("-" + c);
            }
          }
          continue;
        }
      }
      switch (w) {
        case "-g", "--panicgate" -> g = true;
        case "-x", "--slew" -> x = true;
        case "-4", "--ipv4" -> family = Optional.of("4");
        case "-6", "--ipv6" -> family = Optional.of("6");
        case "-u", "--user" -> {
          if (i + 1 < words.length) {
            user = Optional.of(words[++i]);
          }
        }
        default -> {
          if (w.startsWith("-u") && w.length() > 2) {
            user = Optional.of(w.substring(2));
          } else {
            ignored.add(w);
          }
        }
      }
    }
    return new NtpdOptions(true, g, x, family, user, ignored);
  }
}

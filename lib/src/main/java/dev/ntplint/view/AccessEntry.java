package dev.ntplint.view;

import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One access rule as written: chrony {@code allow}/{@code deny} (or {@code cmdallow}/{@code
 * cmddeny}), or an ntpd {@code restrict} line reduced to "may this range get the service".
 *
 * @param ranges the networks it covers: one, or two for a rule that names no address (every IPv4
 *     and every IPv6 address); empty when it names a host the daemon resolves (see {@code hostName})
 * @param hostName the host name, when the rule names one instead of a numeric address
 * @param allow true to allow, false to deny
 * @param overridesMoreSpecific chrony's {@code all}: earlier, more specific rules inside the range
 *     are cleared
 * @param syntax the directive; empty for a daemon's built-in default (chrony allows the command
 *     port to localhost)
 */
public record AccessEntry(
    List<AddressRange> ranges,
    Optional<String> hostName,
    boolean allow,
    boolean overridesMoreSpecific,
    Optional<DirectiveSyntax> syntax) {

  public AccessEntry {
    ranges = List.copyOf(ranges);
    Objects.requireNonNull(hostName, "hostName");
    Objects.requireNonNull(syntax, "syntax");
  }

  /** True for a daemon default that no directive wrote. */
  public boolean builtIn() {
    return syntax.isEmpty();
  }

  /** True when the rule covers a whole address family ({@code 0/0}, {@code ::/0}, or no address). */
  public boolean coversEverything() {
    for (AddressRange r : ranges) {
      if (r.isEverything()) {
        return true;
      }
    }
    return false;
  }

  /** The ranges as text, e.g. {@code 10.0.0.0/8}, or the host name. */
  public String describe() {
    if (ranges.isEmpty()) {
      return hostName.orElse("?");
    }
    StringBuilder sb = new StringBuilder();
    for (AddressRange r : ranges) {
      if (sb.length() > 0) {
        sb.append(" and ");
      }
      sb.append(r);
    }
    return sb.toString();
  }
}

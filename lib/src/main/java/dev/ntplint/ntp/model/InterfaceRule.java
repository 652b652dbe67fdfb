package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NicAction;
import dev.ntplint.ntp.catalog.NicClass;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.Optional;

/** {@code interface} or {@code nic}: {@code listen|ignore|drop} and a class ({@code all},
 * {@code ipv4}, {@code ipv6}, {@code wildcard}) or an interface name or address[/prefix]. */
public record InterfaceRule(
    DirectiveSyntax syntax,
    NtpDirectiveKind command,
    Option<NicAction> action,
    Optional<Option<NicClass>> nicClass,
    Optional<NtpAddress> target)
    implements NtpDirective {

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(command);
  }
}

package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** Classic {@code manycastserver ADDRESS...} and {@code multicastclient ADDRESS...}. */
public record AddressList(
    DirectiveSyntax syntax,
    NtpDirectiveKind command,
    List<NtpAddress> addresses)
    implements NtpDirective {

  public AddressList {
    addresses = List.copyOf(addresses);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(command);
  }
}

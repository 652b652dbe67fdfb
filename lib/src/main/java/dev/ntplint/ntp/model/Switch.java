package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.Optional;

/** A command without arguments: classic {@code broadcastclient}, and {@code end}. */
public record Switch(
    DirectiveSyntax syntax,
    NtpDirectiveKind command)
    implements NtpDirective {

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(command);
  }
}

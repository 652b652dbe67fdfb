package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.Optional;

/** Classic ntpdsim {@code simulate { ... }}: read, not checked (ntpd proper ignores it). */
public record Simulate(
    DirectiveSyntax syntax)
    implements NtpDirective {

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.SIMULATE);
  }
}

package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.Optional;

/**
 * A command whose first word is no command keyword of either daemon (a typo, prose, another
 * daemon's syntax). Kept whole; ntpd reports a syntax error and skips the line.
 */
public record UnknownDirective(DirectiveSyntax syntax) implements NtpDirective {

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.empty();
  }
}

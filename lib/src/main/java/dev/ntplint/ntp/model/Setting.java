package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.Optional;

/** A command with one value: {@code mdnstries}, {@code controlkey}, {@code requestkey},
 * {@code revoke}, {@code automax}, {@code dscp}, {@code leapsmearinterval}, {@code nonvolatile},
 * {@code tick}, {@code broadcastdelay}, classic {@code ident}. */
public record Setting(
    DirectiveSyntax syntax,
    NtpDirectiveKind command,
    Value value)
    implements NtpDirective {

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(command);
  }
}

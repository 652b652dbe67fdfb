package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.Optional;

/** A command the target daemon's parser rejects, kept whole with the reason.
 *
 * @param command the command keyword, when the first word is one
 * @param reason what is wrong
 * @param applied what ntpd applies anyway: the part before the bad word, when it is a complete
 *     command by itself (spec 1.7: {@code restrict default NOQUERY} installs {@code restrict
 *     default}) */
public record InvalidDirective(
    DirectiveSyntax syntax,
    Optional<NtpDirectiveKind> command,
    String reason,
    Optional<NtpDirective> applied)
    implements NtpDirective {

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return command;
  }
}

package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.Optional;

/** {@code includefile PATH [COMMAND]}: read another file here (a command may follow on the same
 * line and is run first). */
public record Include(
    DirectiveSyntax syntax,
    Value.TextValue path,
    Optional<NtpDirective> trailing)
    implements NtpDirective {

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.INCLUDEFILE);
  }
}

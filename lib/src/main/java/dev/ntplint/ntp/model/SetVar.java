package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.Optional;

/** {@code setvar NAME = VALUE [default]}: a system variable shown by ntpq. */
public record SetVar(
    DirectiveSyntax syntax,
    Value.TextValue variable,
    Value.TextValue value,
    boolean isDefault)
    implements NtpDirective {

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.SETVAR);
  }
}

package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.TrapOption;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** Classic {@code trap ADDRESS [port N] [interface ADDRESS]}. */
public record Trap(
    DirectiveSyntax syntax,
    NtpAddress address,
    List<Option<TrapOption>> options)
    implements NtpDirective {

  public Trap {
    options = OptionList.copyOf(options);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.TRAP);
  }
}

package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.ResetCounter;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** {@code reset COUNTER...}. */
public record Reset(
    DirectiveSyntax syntax,
    List<Option<ResetCounter>> options)
    implements NtpDirective {

  public Reset {
    options = OptionList.copyOf(options);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.RESET);
  }

  public Optional<Option<ResetCounter>> option(ResetCounter kind) {
    return Options.last(options, kind);
  }

  public boolean has(ResetCounter kind) {
    return Options.has(options, kind);
  }
}

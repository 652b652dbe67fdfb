package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.TosOption;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** {@code tos OPTION VALUE...}: clock selection and orphan mode. */
public record Tos(
    DirectiveSyntax syntax,
    List<Option<TosOption>> options)
    implements NtpDirective {

  public Tos {
    options = OptionList.copyOf(options);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.TOS);
  }

  public Optional<Option<TosOption>> option(TosOption kind) {
    return Options.last(options, kind);
  }

  public boolean has(TosOption kind) {
    return Options.has(options, kind);
  }
}

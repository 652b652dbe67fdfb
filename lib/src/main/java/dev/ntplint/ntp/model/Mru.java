package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.MruOption;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** {@code mru OPTION VALUE...}: the MRU list. */
public record Mru(
    DirectiveSyntax syntax,
    List<Option<MruOption>> options)
    implements NtpDirective {

  public Mru {
    options = OptionList.copyOf(options);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.MRU);
  }

  public Optional<Option<MruOption>> option(MruOption kind) {
    return Options.last(options, kind);
  }

  public boolean has(MruOption kind) {
    return Options.has(options, kind);
  }
}

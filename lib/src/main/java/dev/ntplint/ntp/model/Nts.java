package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.NtsOption;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** NTPsec {@code nts ...}: Network Time Security server and client settings. */
public record Nts(
    DirectiveSyntax syntax,
    List<Option<NtsOption>> options)
    implements NtpDirective {

  public Nts {
    options = OptionList.copyOf(options);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.NTS);
  }

  public Optional<Option<NtsOption>> option(NtsOption kind) {
    return Options.last(options, kind);
  }

  public boolean has(NtsOption kind) {
    return Options.has(options, kind);
  }
}

package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.DiscardOption;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** Classic {@code discard average|minimum|monitor N...}: rate limits. */
public record Discard(
    DirectiveSyntax syntax,
    List<Option<DiscardOption>> options)
    implements NtpDirective {

  public Discard {
    options = OptionList.copyOf(options);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.DISCARD);
  }

  public Optional<Option<DiscardOption>> option(DiscardOption kind) {
    return Options.last(options, kind);
  }

  public boolean has(DiscardOption kind) {
    return Options.has(options, kind);
  }
}

package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.LimitOption;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** NTPsec {@code limit average|burst|kod N...}: rate limits. */
public record Limit(
    DirectiveSyntax syntax,
    List<Option<LimitOption>> options)
    implements NtpDirective {

  public Limit {
    options = OptionList.copyOf(options);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.LIMIT);
  }

  public Optional<Option<LimitOption>> option(LimitOption kind) {
    return Options.last(options, kind);
  }

  public boolean has(LimitOption kind) {
    return Options.has(options, kind);
  }
}

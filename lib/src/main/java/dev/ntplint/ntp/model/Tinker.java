package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.TinkerOption;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** {@code tinker OPTION VALUE...}: clock discipline parameters. */
public record Tinker(
    DirectiveSyntax syntax,
    List<Option<TinkerOption>> options)
    implements NtpDirective {

  public Tinker {
    options = OptionList.copyOf(options);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.TINKER);
  }

  public Optional<Option<TinkerOption>> option(TinkerOption kind) {
    return Options.last(options, kind);
  }

  public boolean has(TinkerOption kind) {
    return Options.has(options, kind);
  }
}

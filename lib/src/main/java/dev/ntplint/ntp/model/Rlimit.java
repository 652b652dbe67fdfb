package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.RlimitOption;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** {@code rlimit OPTION VALUE...}. */
public record Rlimit(
    DirectiveSyntax syntax,
    List<Option<RlimitOption>> options)
    implements NtpDirective {

  public Rlimit {
    options = OptionList.copyOf(options);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.RLIMIT);
  }

  public Optional<Option<RlimitOption>> option(RlimitOption kind) {
    return Options.last(options, kind);
  }

  public boolean has(RlimitOption kind) {
    return Options.has(options, kind);
  }
}

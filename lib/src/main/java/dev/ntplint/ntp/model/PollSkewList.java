package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** Classic {@code pollskewlist [POLL|default EARLY|LATE]...} (4.2.8p15 and later). */
public record PollSkewList(
    DirectiveSyntax syntax,
    List<PollSkew> entries)
    implements NtpDirective {

  public PollSkewList {
    entries = List.copyOf(entries);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.POLLSKEWLIST);
  }
}

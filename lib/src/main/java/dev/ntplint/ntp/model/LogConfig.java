package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** {@code logconfig [=|+|-]CLASS...}. */
public record LogConfig(
    DirectiveSyntax syntax,
    List<LogConfigItem> items)
    implements NtpDirective {

  public LogConfig {
    items = List.copyOf(items);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.LOGCONFIG);
  }
}

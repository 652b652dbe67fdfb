package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.StatisticsType;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** {@code statistics NAME...}: which statistics to record. */
public record Statistics(
    DirectiveSyntax syntax,
    List<Option<StatisticsType>> options)
    implements NtpDirective {

  public Statistics {
    options = OptionList.copyOf(options);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.STATISTICS);
  }

  public Optional<Option<StatisticsType>> option(StatisticsType kind) {
    return Options.last(options, kind);
  }

  public boolean has(StatisticsType kind) {
    return Options.has(options, kind);
  }
}

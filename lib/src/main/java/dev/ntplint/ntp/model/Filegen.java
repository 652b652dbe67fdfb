package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.FilegenOption;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.StatisticsType;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** {@code filegen STAT [file NAME] [type TYPE] [link|nolink] [enable|disable]}. */
public record Filegen(
    DirectiveSyntax syntax,
    Option<StatisticsType> statistics,
    List<Option<FilegenOption>> options)
    implements NtpDirective {

  public Filegen {
    options = OptionList.copyOf(options);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.FILEGEN);
  }

  public Optional<Option<FilegenOption>> option(FilegenOption kind) {
    return Options.last(options, kind);
  }
}

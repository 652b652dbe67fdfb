package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.catalog.LocalOption;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** {@code local [stratum N] [orphan] [distance D] ...}: serve time from the local clock. */
public record LocalClock(DirectiveSyntax syntax, List<Option<LocalOption>> options)
    implements ChronyDirective {

  public LocalClock {
    options = List.copyOf(options);
  }

  @Override
  public Optional<ChronyDirectiveKind> kind() {
    return ChronyDirectiveKind.LOCAL.asOptional();
  }

  /** The stratum served (chronyd's default is 10). */
  public int stratum() {
    Optional<Option<LocalOption>> stratum = Options.last(options, LocalOption.STRATUM);
    return stratum.isPresent() ? (int) stratum.get().intValue() : 10;
  }

  public boolean orphan() {
    return Options.has(options, LocalOption.ORPHAN);
  }
}

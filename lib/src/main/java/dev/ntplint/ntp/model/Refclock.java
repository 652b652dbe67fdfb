package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.AssociationOption;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.RefclockDriver;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Word;
import java.util.List;
import java.util.Optional;

/** NTPsec {@code refclock NAME [unit N] [option...]}: a reference clock by driver name. */
public record Refclock(
    DirectiveSyntax syntax,
    Word driverName,
    Optional<RefclockDriver> driver,
    int unit,
    Optional<Word> unitWord,
    List<Option<AssociationOption>> options)
    implements NtpDirective {

  public Refclock {
    options = OptionList.copyOf(options);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.REFCLOCK);
  }

  /** The 127.127.T.U address NTPsec rewrites this to (empty for an unknown driver). */
  public Optional<RefclockAddress> address() {
    if (driver.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RefclockAddress(driver.get().type(), unit, driver));
  }

  public Optional<Option<AssociationOption>> option(AssociationOption kind) {
    return Options.last(options, kind);
  }

  public boolean has(AssociationOption kind) {
    return Options.has(options, kind);
  }
}

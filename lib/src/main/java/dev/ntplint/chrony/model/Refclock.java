package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.catalog.RefclockOption;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Word;
import java.util.List;
import java.util.Optional;

/**
 * {@code refclock DRIVER PARAM[:OPT[=VAL]]... [options]}.
 *
 * @param driver the driver name (PPS, SOCK, SHM, PHC, RTC; checked only when chronyd starts)
 * @param parameter the whole second word
 * @param device the part of the parameter before the first ':' (device, path or unit)
 * @param driverOptions the ':'-separated driver options after it, as written
 */
public record Refclock(
    DirectiveSyntax syntax,
    Word driver,
    Word parameter,
    String device,
    List<String> driverOptions,
    List<Option<RefclockOption>> options)
    implements ChronyDirective {

  public Refclock {
    driverOptions = List.copyOf(driverOptions);
    options = List.copyOf(options);
  }

  @Override
  public Optional<ChronyDirectiveKind> kind() {
    return ChronyDirectiveKind.REFCLOCK.asOptional();
  }

  public Optional<Option<RefclockOption>> option(RefclockOption kind) {
    return Options.last(options, kind);
  }

  public boolean has(RefclockOption kind) {
    return Options.has(options, kind);
  }
}

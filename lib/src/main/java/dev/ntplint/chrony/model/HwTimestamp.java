package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.catalog.HwTimestampOption;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Word;
import java.util.List;
import java.util.Optional;

/** {@code hwtimestamp IFACE|* [options]}. */
public record HwTimestamp(
    DirectiveSyntax syntax, Word iface, List<Option<HwTimestampOption>> options)
    implements ChronyDirective {

  public HwTimestamp {
    options = List.copyOf(options);
  }

  @Override
  public Optional<ChronyDirectiveKind> kind() {
    return ChronyDirectiveKind.HWTIMESTAMP.asOptional();
  }
}

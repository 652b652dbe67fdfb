package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.AssociationOption;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** {@code server}, {@code pool}, {@code peer}, and classic {@code broadcast} and {@code manycastclient}: an association and its options. */
public record Association(
    DirectiveSyntax syntax,
    AssociationType type,
    NtpAddress address,
    List<Option<AssociationOption>> options)
    implements NtpDirective {

  public Association {
    options = OptionList.copyOf(options);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(type.kind());
  }

  public Optional<Option<AssociationOption>> option(AssociationOption kind) {
    return Options.last(options, kind);
  }

  public boolean has(AssociationOption kind) {
    return Options.has(options, kind);
  }

  /** The reference clock when the address is 127.127.T.U. */
  public Optional<RefclockAddress> refclock() {
    return address.refclock();
  }
}

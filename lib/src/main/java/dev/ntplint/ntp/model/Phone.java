package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** {@code phone NUMBER...} (modem refclock dial strings). */
public record Phone(
    DirectiveSyntax syntax,
    List<Value.TextValue> numbers)
    implements NtpDirective {

  public Phone {
    numbers = List.copyOf(numbers);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.PHONE);
  }
}

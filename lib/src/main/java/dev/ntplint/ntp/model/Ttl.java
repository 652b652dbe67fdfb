package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** Classic {@code ttl N...}: the manycast/broadcast TTL table. */
public record Ttl(
    DirectiveSyntax syntax,
    List<Value.IntValue> values)
    implements NtpDirective {

  public Ttl {
    values = List.copyOf(values);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.TTL);
  }
}

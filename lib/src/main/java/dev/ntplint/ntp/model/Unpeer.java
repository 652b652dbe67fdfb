package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code unpeer ADDRESS} or {@code unconfig ADDRESS} (an all-digit value up to 65535 is an association id). */
public record Unpeer(
    DirectiveSyntax syntax,
    NtpDirectiveKind command,
    NtpAddress address)
    implements NtpDirective {

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(command);
  }

  /** The association id, when the address is all digits and at most 65535. */
  public OptionalInt associationId() {
    String t = address.text();
    if (!t.isEmpty() && t.length() <= 5 && t.chars().allMatch(Character::isDigit)) {
      int id = Integer.parseInt(t);
      if (id <= 65535) {
        return OptionalInt.of(id);
      }
    }
    return OptionalInt.empty();
  }
}

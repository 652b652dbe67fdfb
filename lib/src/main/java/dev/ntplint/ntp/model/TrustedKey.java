package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** {@code trustedkey ID|(FIRST ... LAST)...}. */
public record TrustedKey(
    DirectiveSyntax syntax,
    List<KeyRange> keys)
    implements NtpDirective {

  public TrustedKey {
    keys = List.copyOf(keys);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.TRUSTEDKEY);
  }

  /** True when {@code id} is in one of the ranges. */
  public boolean trusts(long id) {
    for (KeyRange r : keys) {
      if (id >= r.first() && id <= r.last()) {
        return true;
      }
    }
    return false;
  }
}

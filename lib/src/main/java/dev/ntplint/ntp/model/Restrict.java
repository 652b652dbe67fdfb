package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.RestrictFlag;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** {@code restrict}, NTPsec {@code unrestrict} and classic {@code delrestrict}: an access-control
 * entry (or its removal).
 *
 * @param target what it applies to: {@code default}, {@code source} or an address
 * @param mask the {@code mask} address, if given
 * @param ippeerlimit classic {@code ippeerlimit N}, if given
 * @param flags the flags, in order */
public record Restrict(
    DirectiveSyntax syntax,
    NtpDirectiveKind command,
    RestrictTarget target,
    Optional<NtpAddress> mask,
    Optional<Value> ippeerlimit,
    List<Option<RestrictFlag>> flags)
    implements NtpDirective {

  public Restrict {
    flags = OptionList.copyOf(flags);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(command);
  }

  public boolean has(RestrictFlag flag) {
    return Options.has(flags, flag);
  }

  /** True for {@code restrict default} (with or without -4/-6). */
  public boolean isDefault() {
    return target instanceof RestrictTarget.Default;
  }
}

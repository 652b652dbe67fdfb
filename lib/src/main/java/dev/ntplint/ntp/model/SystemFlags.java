package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.SystemFlag;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** {@code enable FLAG...} or {@code disable FLAG...}. */
public record SystemFlags(
    DirectiveSyntax syntax,
    boolean enable,
    List<Option<SystemFlag>> flags)
    implements NtpDirective {

  public SystemFlags {
    flags = OptionList.copyOf(flags);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(enable ? NtpDirectiveKind.ENABLE : NtpDirectiveKind.DISABLE);
  }

  public boolean has(SystemFlag flag) {
    return Options.has(flags, flag);
  }
}

package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.FudgeFactor;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** {@code fudge 127.127.T.U FACTOR...}: reference clock calibration. */
public record Fudge(
    DirectiveSyntax syntax,
    NtpAddress address,
    List<Option<FudgeFactor>> factors)
    implements NtpDirective {

  public Fudge {
    factors = OptionList.copyOf(factors);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.FUDGE);
  }

  public Optional<Option<FudgeFactor>> factor(FudgeFactor kind) {
    return Options.last(factors, kind);
  }

  public Optional<RefclockAddress> refclock() {
    return address.refclock();
  }
}

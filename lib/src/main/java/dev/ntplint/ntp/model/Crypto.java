package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.CryptoOption;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** Classic {@code crypto ...} (Autokey). A {@code pw} value is a {@link Value.SecretValue}. */
public record Crypto(
    DirectiveSyntax syntax,
    List<Option<CryptoOption>> options)
    implements NtpDirective {

  public Crypto {
    options = OptionList.copyOf(options);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.CRYPTO);
  }

  public Optional<Option<CryptoOption>> option(CryptoOption kind) {
    return Options.last(options, kind);
  }

  public boolean has(CryptoOption kind) {
    return Options.has(options, kind);
  }
}

package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.Optional;

/**
 * A line whose first word is no directive the target chronyd knows (a typo, prose, a directive of
 * a newer release, ntpd syntax). Kept whole, with a diagnostic.
 *
 * @param knownInNewer the directive when it exists in a newer chrony than the target
 */
public record UnknownDirective(DirectiveSyntax syntax, Optional<ChronyDirectiveKind> knownInNewer)
    implements ChronyDirective {

  @Override
  public Optional<ChronyDirectiveKind> kind() {
    return Optional.empty();
  }
}

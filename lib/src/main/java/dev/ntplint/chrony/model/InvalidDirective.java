package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.Optional;

/**
 * A known directive whose arguments chronyd rejects (wrong count, bad value, unknown option).
 * Kept whole, with the diagnostic that says why.
 */
public record InvalidDirective(DirectiveSyntax syntax, ChronyDirectiveKind directive, String reason)
    implements ChronyDirective {

  @Override
  public Optional<ChronyDirectiveKind> kind() {
    return directive.asOptional();
  }
}

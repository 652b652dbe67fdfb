package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.Optional;

/** A name chronyd still accepts but ignores ({@code commandkey}, {@code linux_hz}, {@code dumponexit}...). */
public record ObsoleteDirective(DirectiveSyntax syntax, ChronyDirectiveKind directive)
    implements ChronyDirective {

  @Override
  public Optional<ChronyDirectiveKind> kind() {
    return directive.asOptional();
  }
}

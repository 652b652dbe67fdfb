package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.Optional;

/** A directive without arguments that turns something on ({@code rtcsync}, {@code manual}...). */
public record Switch(DirectiveSyntax syntax, ChronyDirectiveKind directive) implements ChronyDirective {

  @Override
  public Optional<ChronyDirectiveKind> kind() {
    return directive.asOptional();
  }
}

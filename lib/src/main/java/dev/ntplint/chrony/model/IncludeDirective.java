package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Word;
import java.util.List;
import java.util.Optional;

/** {@code include PATTERN}, {@code confdir DIR...} or {@code sourcedir DIR...}. */
public record IncludeDirective(DirectiveSyntax syntax, ChronyDirectiveKind directive, List<Word> paths)
    implements ChronyDirective {

  public IncludeDirective {
    paths = List.copyOf(paths);
  }

  @Override
  public Optional<ChronyDirectiveKind> kind() {
    return directive.asOptional();
  }
}

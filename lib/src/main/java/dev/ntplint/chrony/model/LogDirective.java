package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.catalog.LogKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** {@code log [measurements|statistics|tracking|...]}. */
public record LogDirective(DirectiveSyntax syntax, List<LogKind> logs) implements ChronyDirective {

  public LogDirective {
    logs = List.copyOf(logs);
  }

  @Override
  public Optional<ChronyDirectiveKind> kind() {
    return ChronyDirectiveKind.LOG.asOptional();
  }
}

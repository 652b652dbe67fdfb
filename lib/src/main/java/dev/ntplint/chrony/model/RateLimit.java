package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.catalog.RateLimitOption;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** {@code ratelimit}, {@code ntsratelimit} or {@code cmdratelimit} with its NAME VALUE pairs. */
public record RateLimit(
    DirectiveSyntax syntax, ChronyDirectiveKind directive, List<Option<RateLimitOption>> options)
    implements ChronyDirective {

  public RateLimit {
    options = List.copyOf(options);
  }

  @Override
  public Optional<ChronyDirectiveKind> kind() {
    return directive.asOptional();
  }
}

package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Span;
import java.util.Optional;

/**
 * One directive of a chrony.conf, typed by family. Every record keeps its {@link DirectiveSyntax},
 * the generic name-and-words view with exact positions, so nothing read is lost.
 */
public sealed interface ChronyDirective
    permits NtpSource, Refclock, AccessRule, LocalClock, RateLimit, HwTimestamp, LogDirective,
        IncludeDirective, Setting, Switch, ObsoleteDirective, UnknownDirective, InvalidDirective {

  DirectiveSyntax syntax();

  /** The catalogue entry; empty for an unknown directive. */
  Optional<ChronyDirectiveKind> kind();

  default Span span() {
    return syntax().span();
  }

  /** The directive name as written. */
  default String name() {
    return syntax().name().text();
  }
}

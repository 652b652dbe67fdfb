package dev.ntplint.chrony.model;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
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

  /**
   * The directive name as written. The catalogue's string when it is spelt so: a name decoded per
   * directive was a string kept by most directive words of a large file (issue 8, P4).
   */
  default String name() {
    Word name = syntax().name();
    Optional<ChronyDirectiveKind> kind = kind();
    if (kind.isPresent() && name.rawEquals(kind.get().keyword())) {
      return kind.get().keyword();
    }
    return name.text();
  }
}

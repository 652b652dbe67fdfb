package dev.ntplint.view;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.source.DirectiveSyntax;
import java.util.Objects;

/**
 * Serving the local clock when no real source is reachable: chrony {@code local}, ntpd's LOCAL
 * driver (127.127.1.x with its fudge stratum) or orphan mode ({@code tos orphan N}).
 *
 * @param dialect the language it was written in
 * @param stratum the stratum served while falling back (the one clients see)
 * @param orphan orphan mode: servers of a group that all fall back pick one of them as reference
 *     instead of each serving its own clock
 * @param syntax the directive
 */
public record LocalFallback(Dialect dialect, int stratum, boolean orphan, DirectiveSyntax syntax) {

  public LocalFallback {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(syntax, "syntax");
  }
}

package dev.ntplint.view;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One configured time source, with the options that mean the same in both daemons.
 *
 * @param dialect the language it was written in (decides how a fix spells things)
 * @param kind server, pool, peer, reference clock...
 * @param address the host name or address as written; for a reference clock its driver and
 *     device (chrony {@code PPS /dev/pps0}, ntpd {@code 127.127.22.0})
 * @param addressWord where the address is written
 * @param iburst a burst of requests at start ({@code iburst})
 * @param prefer {@code prefer}
 * @param noselect never selected for synchronisation ({@code noselect})
 * @param minpoll the minimum poll interval (log2 seconds), when given
 * @param maxpoll the maximum poll interval (log2 seconds), when given
 * @param key the symmetric key id, when given
 * @param nts authenticated with NTS
 * @param maxSources for a pool: how many of its servers the daemon uses at most (effective value,
 *     after the daemon's clamping); 1 for any other kind
 * @param refid a reference clock's reference id (explicit or the daemon's default)
 * @param syntax the directive
 */
public record TimeSource(
    Dialect dialect,
    SourceKind kind,
    String address,
    Word addressWord,
    boolean iburst,
    boolean prefer,
    boolean noselect,
    OptionalInt minpoll,
    OptionalInt maxpoll,
    OptionalLong key,
    boolean nts,
    int maxSources,
    Optional<String> refid,
    DirectiveSyntax syntax) {

  public TimeSource {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(addressWord, "addressWord");
    Objects.requireNonNull(minpoll, "minpoll");
    Objects.requireNonNull(maxpoll, "maxpoll");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(refid, "refid");
    Objects.requireNonNull(syntax, "syntax");
  }

  public Span span() {
    return syntax.span();
  }

  /**
   * How many usable sources this line can give: a pool its maxsources, any other source one; a
   * {@code noselect} source none.
   */
  public int usableCount() {
    return noselect ? 0 : maxSources;
  }
}

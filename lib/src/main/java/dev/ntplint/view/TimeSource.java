package dev.ntplint.view;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One configured time source, with the options that mean the same in both daemons.
 *
 * <p>A final class with the API, equality, hash and text of the record it was, holding the
 * optional numbers as primitives and the refid as a nullable string: the OptionalInt objects were
 * 264,000 of the objects a 20 MB chrony.conf's model kept (issue 8, P4). The accessors make the
 * optionals when asked.
 */
public final class TimeSource {

  private final Dialect dialect;
  private final SourceKind kind;
  private final String address;
  private final Word addressWord;
  /**
   * Where {@link #addressWord} is, read from it while the view is made: a rule that reports at the
   * address of many sources (a large file's duplicates) reads no word of the model back from
   * memory; each was a cache miss per finding (issue 8, P4).
   */
  private final SourceFile addressFile;
  private final int addressStart;
  private final int addressEnd;
  private final boolean iburst;
  private final boolean prefer;
  private final boolean noselect;
  private final boolean hasMinpoll;
  private final boolean hasMaxpoll;
  private final boolean hasKey;
  private final boolean nts;
  private final int minpoll;
  private final int maxpoll;
  private final int maxSources;
  private final long key;
  /** Null when absent. */
  private final String refid;
  private final DirectiveSyntax syntax;

  /**
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
  public TimeSource(
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
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.address = Objects.requireNonNull(address, "address");
    this.addressWord = Objects.requireNonNull(addressWord, "addressWord");
    this.addressFile = addressWord.file();
    this.addressStart = addressWord.start();
    this.addressEnd = addressWord.end();
    this.iburst = iburst;
    this.prefer = prefer;
    this.noselect = noselect;
    this.hasMinpoll = Objects.requireNonNull(minpoll, "minpoll").isPresent();
    this.minpoll = minpoll.orElse(0);
    this.hasMaxpoll = Objects.requireNonNull(maxpoll, "maxpoll").isPresent();
    this.maxpoll = maxpoll.orElse(0);
    this.hasKey = Objects.requireNonNull(key, "key").isPresent();
    this.key = key.orElse(0);
    this.nts = nts;
    this.maxSources = maxSources;
    this.refid = Objects.requireNonNull(refid, "refid").orElse(null);
    this.syntax = Objects.requireNonNull(syntax, "syntax");
  }

  public Dialect dialect() {
    return dialect;
  }

  public SourceKind kind() {
    return kind;
  }

  public String address() {
    return address;
  }

  public Word addressWord() {
    return addressWord;
  }

  /** Where the address is written: {@code addressWord().span()}, made without reading the word. */
  public Span addressSpan() {
    return new Span(addressFile, addressStart, addressEnd);
  }

  public boolean iburst() {
    return iburst;
  }

  public boolean prefer() {
    return prefer;
  }

  public boolean noselect() {
    return noselect;
  }

  public OptionalInt minpoll() {
    return hasMinpoll ? OptionalInt.of(minpoll) : OptionalInt.empty();
  }

  public OptionalInt maxpoll() {
    return hasMaxpoll ? OptionalInt.of(maxpoll) : OptionalInt.empty();
  }

  public OptionalLong key() {
    return hasKey ? OptionalLong.of(key) : OptionalLong.empty();
  }

  public boolean nts() {
    return nts;
  }

  public int maxSources() {
    return maxSources;
  }

  public Optional<String> refid() {
    return Optional.ofNullable(refid);
  }

  public DirectiveSyntax syntax() {
    return syntax;
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

  /* The record's equality, hash and text, written out. */

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeSource t && t.dialect == dialect && t.kind == kind
        && t.address.equals(address) && t.addressWord.equals(addressWord) && t.iburst == iburst
        && t.prefer == prefer && t.noselect == noselect && t.minpoll().equals(minpoll())
        && t.maxpoll().equals(maxpoll()) && t.key().equals(key()) && t.nts == nts
        && t.maxSources == maxSources && Objects.equals(t.refid, refid)
        && t.syntax.equals(syntax);
  }

  @Override
  public int hashCode() {
    Object[] components = {dialect, kind, address, addressWord, iburst, prefer, noselect,
        minpoll(), maxpoll(), key(), nts, maxSources, refid(), syntax};
    int hash = 0;
    for (Object c : components) {
      hash = hash * 31 + c.hashCode();
    }
    return hash;
  }

  @Override
  public String toString() {
    return "TimeSource[dialect=" + dialect + ", kind=" + kind + ", address=" + address
        + ", addressWord=" + addressWord + ", iburst=" + iburst + ", prefer=" + prefer
        + ", noselect=" + noselect + ", minpoll=" + minpoll() + ", maxpoll=" + maxpoll()
        + ", key=" + key() + ", nts=" + nts + ", maxSources=" + maxSources + ", refid=" + refid()
        + ", syntax=" + syntax + "]";
  }
}

package dev.ntplint.chrony.model;

import dev.ntplint.source.Span;
import dev.ntplint.source.WrittenRange;
import java.net.InetAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * The address part of {@code allow}/{@code deny}: a numeric address or network as chronyd reads it
 * (shortened IPv4 forms like {@code 10} or {@code 192.168} included), or a host name that chronyd
 * resolves while reading the file.
 *
 * <p>A final class with the API, equality, hash and text of the record of {@code text},
 * {@code address}, {@code prefixLength}, {@code hostName} and {@code span} it was. It holds the
 * span's file and offsets, the optionals' values (or null), and its text only when that is not
 * the span's ASCII bytes (the text is then decoded when read): the text string, span and optional
 * of each of the 95,139 {@code allow} lines of a 20 MB chrony.conf were 380,000 of the objects its
 * model kept (issue 8, P4).
 */
public final class Subnet extends WrittenRange {

  /** Stands for the text when it is the span's bytes, all ASCII (compared by identity). */
  private static final String SPAN_BYTES = new String("");

  /** The text as given, or {@link #SPAN_BYTES}. */
  private final String text;
  /** Null for a host name. */
  private final InetAddress address;
  private final int prefixLength;
  /** Null unless a host name. */
  private final String hostName;

  /**
   * @param text the address as written
   * @param address the network address; empty for a host name
   * @param prefixLength the prefix length in bits (32/128 for a single host)
   * @param hostName the name, when the text is not numeric
   * @param span where the address is written
   */
  public Subnet(String text, Optional<InetAddress> address, int prefixLength,
      Optional<String> hostName, Span span) {
    super(span);
    // Text that is the span's ASCII bytes needs no string of its own.
    this.text = text != null && span.file().holdsAscii(span.start(), span.end(), text)
        ? SPAN_BYTES : text;
    this.address = address.orElse(null);
    this.prefixLength = prefixLength;
    this.hostName = hostName.orElse(null);
  }

  /** The address as written. */
  public String text() {
    return text != SPAN_BYTES ? text : rangeLatin1();
  }

  /** The network address; empty for a host name. */
  public Optional<InetAddress> address() {
    return Optional.ofNullable(address);
  }

  /** The prefix length in bits (32/128 for a single host). */
  public int prefixLength() {
    return prefixLength;
  }

  /** The name, when the text is not numeric. */
  public Optional<String> hostName() {
    return Optional.ofNullable(hostName);
  }

  public boolean isIpv6() {
    return address instanceof java.net.Inet6Address;
  }

  /* The record's equality, hash and text, written out. */

  @Override
  public boolean equals(Object o) {
    return o instanceof Subnet s && Objects.equals(s.text(), text())
        && Objects.equals(s.address, address) && s.prefixLength == prefixLength
        && Objects.equals(s.hostName, hostName) && sameRange(s);
  }

  @Override
  public int hashCode() {
    int hash = Objects.hashCode(text());
    hash = hash * 31 + address().hashCode();
    hash = hash * 31 + Integer.hashCode(prefixLength);
    hash = hash * 31 + hostName().hashCode();
    return hash * 31 + rangeHash();
  }

  @Override
  public String toString() {
    return "Subnet[text=" + text() + ", address=" + address() + ", prefixLength=" + prefixLength
        + ", hostName=" + hostName() + ", span=" + span() + "]";
  }
}

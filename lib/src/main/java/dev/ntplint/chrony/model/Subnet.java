package dev.ntplint.chrony.model;

import dev.ntplint.source.Span;
import java.net.InetAddress;
import java.util.Optional;

/**
 * The address part of {@code allow}/{@code deny}: a numeric address or network as chronyd reads it
 * (shortened IPv4 forms like {@code 10} or {@code 192.168} included), or a host name that chronyd
 * resolves while reading the file.
 *
 * @param address the network address; empty for a host name
 * @param prefixLength the prefix length in bits (32/128 for a single host)
 * @param hostName the name, when the text is not numeric
 */
public record Subnet(String text, Optional<InetAddress> address, int prefixLength,
    Optional<String> hostName, Span span) {

  public boolean isIpv6() {
    return address.map(a -> a instanceof java.net.Inet6Address).orElse(false);
  }
}

package dev.ntplint.view;

import dev.ntplint.source.Span;
import java.util.Objects;

/**
 * One symmetric key of a keys file.
 *
 * @param id the key id
 * @param type the hash or cipher as written ({@code MD5}, {@code SHA1}, {@code AES128}...), upper case
 * @param bits the key's length in bits, as the daemon decodes it
 * @param span the line that defines it, in the keys file
 */
public record KeyEntry(long id, String type, int bits, Span span) {

  public KeyEntry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
  }
}

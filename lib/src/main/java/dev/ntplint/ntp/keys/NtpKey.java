package dev.ntplint.ntp.keys;

import dev.ntplint.ntp.model.Secret;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.util.List;
import java.util.Optional;

/**
 * One key of an ntpd keys file: {@code ID TYPE KEY [ACCESS-LIST]}. The key material is a
 * {@link Secret}; this record's {@code toString()} and any JSON written from it show the id and
 * the type only.
 *
 * @param id the key id (1..65535)
 * @param idWord the id as written
 * @param type the type as written ({@code M}, {@code MD5}, {@code SHA1}, {@code AES128CMAC}...)
 * @param algorithm the algorithm ntpd uses for it ({@code MD5} for any type starting with M that
 *     is not otherwise known), if it knows the type
 * @param encoding ASCII (up to 20 characters) or hexadecimal (longer)
 * @param material the key bytes as ntpd decodes them
 * @param materialSpan where the key is written (never its text)
 * @param accessList classic ntpd's comma-separated addresses allowed to use the key
 */
public record NtpKey(
    long id,
    Word idWord,
    Word type,
    Optional<String> algorithm,
    KeyEncoding encoding,
    Secret material,
    Span materialSpan,
    List<String> accessList) {

  public NtpKey {
    accessList = List.copyOf(accessList);
  }

  /** The key's line. */
  public Span span() {
    return idWord.span().union(materialSpan);
  }

  @Override
  public String toString() {
    return "NtpKey[id=" + id + ", type=" + type.text() + ", encoding=" + encoding + ", material="
        + Secret.REDACTED + "]";
  }
}

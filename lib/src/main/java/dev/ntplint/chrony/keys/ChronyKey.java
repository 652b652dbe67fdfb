package dev.ntplint.chrony.keys;

import dev.ntplint.ntp.model.Secret;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.util.Optional;

/**
 * One line of a chrony key file that chronyd parses as a key: {@code ID [TYPE] KEY}. The key
 * material is a {@link Secret}, and the key and the type are known only by their {@link Span}s
 * (never as words with their text), so {@code toString()} and JSON written from this record show
 * no key material, even when a line's words are shifted and the key sits where the type should.
 *
 * @param id the key id as chronyd reads it ({@code sscanf %u}: a number at the start of the word,
 *     negative values wrapping to 32 bits)
 * @param idWord the id as written
 * @param typeSpan where the type is written; empty when the line has two words (chronyd then
 *     uses MD5)
 * @param type the type chronyd uses, when it knows the name (names are case-sensitive)
 * @param notation how the key is written
 * @param material the key bytes as chronyd decodes them; empty when it cannot decode them
 * @param keySpan where the key is written
 */
public record ChronyKey(
    long id,
    Word idWord,
    Optional<Span> typeSpan,
    Optional<ChronyKeyType> type,
    KeyNotation notation,
    Secret material,
    Span keySpan) {

  /** The type's name as chronyd spells it, or {@code invalid} for a type it does not know. */
  public String typeName() {
    return type.map(ChronyKeyType::keyword).orElse("invalid");
  }

  /** The key's length in bits, as decoded. */
  public int bits() {
    return material.length() * 8;
  }

  /** From the id to the end of the key. */
  public Span span() {
    return idWord.span().union(keySpan);
  }

  @Override
  public String toString() {
    return "ChronyKey[id=" + id + ", type=" + typeName() + ", notation=" + notation + ", bits="
        + bits() + ", material=" + Secret.REDACTED + "]";
  }
}

package dev.ntplint.chrony.keys;

import java.util.Optional;

/**
 * The key types chronyd 4.x knows (util.c UTI_HashNameToAlgorithm, UTI_CmacNameToAlgorithm): the
 * name is compared case-sensitively, so {@code md5} is an invalid type. The list is the same from
 * chrony 4.0 (when AES128 and AES256 came) to HEAD.
 *
 * <p>Whether a known type works depends on the crypto library chronyd was built with: MD5 always;
 * the SHA families with nettle, GnuTLS, NSS (no SHA3) or libtomcrypt; TIGER and WHIRLPOOL only
 * with libtomcrypt; the AES CMACs with nettle or GnuTLS. ntplint assumes a nettle or GnuTLS build,
 * which is what the major distributions ship.
 */
public enum ChronyKeyType {
  MD5("MD5", Kind.HASH, 16, true),
  SHA1("SHA1", Kind.HASH, 20, true),
  SHA256("SHA256", Kind.HASH, 32, true),
  SHA384("SHA384", Kind.HASH, 48, true),
  SHA512("SHA512", Kind.HASH, 64, true),
  SHA3_224("SHA3-224", Kind.HASH, 28, true),
  SHA3_256("SHA3-256", Kind.HASH, 32, true),
  SHA3_384("SHA3-384", Kind.HASH, 48, true),
  SHA3_512("SHA3-512", Kind.HASH, 64, true),
  TIGER("TIGER", Kind.HASH, 24, false),
  WHIRLPOOL("WHIRLPOOL", Kind.HASH, 64, false),
  AES128("AES128", Kind.CMAC, 16, true),
  AES256("AES256", Kind.CMAC, 32, true);

  /** A keyed hash of the key and the packet, or a CMAC with the key as the cipher key. */
  public enum Kind { HASH, CMAC }

  private final String keyword;
  private final Kind kind;
  private final int length;
  private final boolean inCommonBuilds;

  ChronyKeyType(String keyword, Kind kind, int length, boolean inCommonBuilds) {
    this.keyword = keyword;
    this.kind = kind;
    this.length = length;
    this.inCommonBuilds = inCommonBuilds;
  }

  /** The type as chronyd spells it in a key file. */
  public String keyword() {
    return keyword;
  }

  public Kind kind() {
    return kind;
  }

  /** For a hash: its digest length in bytes. For a CMAC: the exact key length it needs, in bytes. */
  public int length() {
    return length;
  }

  /** True when a nettle or GnuTLS build of chronyd supports it. */
  public boolean inCommonBuilds() {
    return inCommonBuilds;
  }

  /** The type chronyd reads for this exact name (case-sensitive), if any. */
  public static Optional<ChronyKeyType> byKeyword(String name) {
    for (ChronyKeyType t : values()) {
      if (t.keyword.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}

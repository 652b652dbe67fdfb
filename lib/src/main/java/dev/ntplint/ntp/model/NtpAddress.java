package dev.ntplint.ntp.model;

import dev.ntplint.net.IpAddresses;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An address argument as written: a host name, an IPv4/IPv6 literal (brackets, a zone id and, for
 * NTPsec's restrict, a /prefix allowed) or a refclock pseudo-address, with its optional
 * {@code -4}/{@code -6} qualifier.
 *
 * <p>A final class with the API, equality, hash and text of the record of {@code word},
 * {@code text}, {@code family}, {@code numeric}, {@code prefixLength} and {@code refclock} it was.
 * It holds the word's file and byte range (the {@link Word} is made when asked) and the optionals'
 * values, or null: the word and optionals of the 277,821 addresses of a 20 MB ntp.conf were
 * 300,000 of the objects its model kept, copied by every young collection (issue 8, P4).
 */
public final class NtpAddress {

  private static final Optional<AddressFamily> IPV4 = Optional.of(AddressFamily.IPV4);
  private static final Optional<AddressFamily> IPV6 = Optional.of(AddressFamily.IPV6);

  /**
   * The file the word is in, or, for a word given to the constructor whose text is not its bytes
   * decoded, that word itself.
   */
  private final Object word;
  private final int start;
  private final int end;
  private final String text;
  /** Null when not qualified. */
  private final AddressFamily family;
  /** Null unless the text is a numeric literal. */
  private final InetAddress numeric;
  private final boolean hasPrefixLength;
  private final int prefixLength;
  /** Null unless 127.127.T.U. */
  private final RefclockAddress refclock;

  /**
   * @param word the address word as written
   * @param text the address as ntpd reads it (quotes removed, bytes above 127 dropped)
   * @param family the qualifier, if given
   * @param numeric the address when the text is a numeric literal
   * @param prefixLength the /N of a CIDR form, if written
   * @param refclock the refclock type and unit for 127.127.T.U
   */
  public NtpAddress(Word word, String text, Optional<AddressFamily> family,
      Optional<InetAddress> numeric, OptionalInt prefixLength, Optional<RefclockAddress> refclock) {
    this(word.isItsBytes() ? word.file() : word, word.start(), word.end(), text,
        family.orElse(null), numeric.orElse(null), prefixLength.isPresent(),
        prefixLength.orElse(0), refclock.orElse(null));
  }

  private NtpAddress(Object word, int start, int end, String text, AddressFamily family,
      InetAddress numeric, boolean hasPrefixLength, int prefixLength, RefclockAddress refclock) {
    this.word = word;
    this.start = start;
    this.end = end;
    this.text = text;
    this.family = family;
    this.numeric = numeric;
    this.hasPrefixLength = hasPrefixLength;
    this.prefixLength = prefixLength;
    this.refclock = refclock;
  }

  /** Reads {@code text} (the logical text of {@code word}). */
  public static NtpAddress of(Word word, String text, Optional<AddressFamily> family) {
    return read(word.isItsBytes() ? word.file() : word, word.start(), word.end(), text,
        family.orElse(null));
  }

  /**
   * Reads {@code text}, the logical text of the word that is the bytes [start, end) of
   * {@code file} (a range checked as {@link Span#checkRange} checks it): {@link #of(Word, String,
   * Optional)} without making the word.
   */
  public static NtpAddress of(SourceFile file, int start, int end, String text,
      Optional<AddressFamily> family) {
    Span.checkRange(file, start, end);
    return read(file, start, end, text, family.orElse(null));
  }

  private static NtpAddress read(Object word, int start, int end, String text,
      AddressFamily family) {
    String host = text;
    boolean hasPrefix = false;
    int prefix = 0;
    int slash = host.indexOf('/');
    if (slash >= 0) {
      String digits = host.substring(slash + 1);
      if (!digits.isEmpty() && digits.length() <= 3 && allDigits(digits)) {
        hasPrefix = true;
        prefix = Integer.parseInt(digits);
        host = host.substring(0, slash);
      }
    }
    if (host.length() >= 2 && host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int percent = host.indexOf('%');
    if (percent >= 0 && host.indexOf(':') >= 0) {
      host = host.substring(0, percent);
    }
    InetAddress numeric = IpAddresses.parse(host).orElse(null);
    RefclockAddress refclock = null;
    if (numeric != null && !hasPrefix) {
      byte[] b = numeric.getAddress();
      if (b.length == 4 && (b[0] & 0xff) == 127 && (b[1] & 0xff) == 127) {
        refclock = RefclockAddress.of(b[2] & 0xff, b[3] & 0xff);
      }
    }
    return new NtpAddress(word, start, end, text, family, numeric, hasPrefix, prefix, refclock);
  }

  /**
   * This address as read again from the bytes [start, end) of {@code file}, whose logical text is
   * this one's {@link #text}, with the qualifier {@code family}: what {@link #of(SourceFile, int,
   * int, String, Optional)} would give, sharing this one's text and readings instead of reading
   * them again (the range is checked as {@link Span#checkRange} checks it).
   */
  public NtpAddress readAgainAt(SourceFile file, int start, int end,
      Optional<AddressFamily> family) {
    Span.checkRange(file, start, end);
    return new NtpAddress(file, start, end, text, family.orElse(null), numeric, hasPrefixLength,
        prefixLength, refclock);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The address word as written (a new word per call for an address read from a file; its text is
   * {@link #text} itself when that is the word's bytes).
   */
  public Word word() {
    if (word instanceof Word w) {
      return w;
    }
    SourceFile file = (SourceFile) word;
    return text != null && file.holdsAscii(start, end, text)
        ? new Word(text, new Span(file, start, end)) : Word.of(file, start, end);
  }

  /** The address as ntpd reads it (quotes removed, bytes above 127 dropped). */
  public String text() {
    return text;
  }

  /** The qualifier, if given. */
  public Optional<AddressFamily> family() {
    return family == null ? Optional.empty() : family == AddressFamily.IPV4 ? IPV4 : IPV6;
  }

  /** The address when the text is a numeric literal. */
  public Optional<InetAddress> numeric() {
    return Optional.ofNullable(numeric);
  }

  /** The /N of a CIDR form, if written. */
  public OptionalInt prefixLength() {
    return hasPrefixLength ? OptionalInt.of(prefixLength) : OptionalInt.empty();
  }

  /** The refclock type and unit for 127.127.T.U. */
  public Optional<RefclockAddress> refclock() {
    return Optional.ofNullable(refclock);
  }

  public Span span() {
    SourceFile file = word instanceof Word w ? w.file() : (SourceFile) word;
    return new Span(file, start, end);
  }

  public boolean isNumeric() {
    return numeric != null;
  }

  public boolean isIpv6() {
    return numeric != null ? numeric instanceof Inet6Address : family == AddressFamily.IPV6;
  }

  /** The host name when the address is not numeric. */
  public Optional<String> hostName() {
    return numeric != null ? Optional.empty() : Optional.of(text);
  }

  /* The record's equality and hash, written out. */

  @Override
  public boolean equals(Object o) {
    return o instanceof NtpAddress a && sameWord(a) && Objects.equals(a.text, text)
        && a.family == family && Objects.equals(a.numeric, numeric)
        && a.hasPrefixLength == hasPrefixLength && a.prefixLength == prefixLength
        && Objects.equals(a.refclock, refclock);
  }

  /**
   * {@code other.word().equals(word())}; two words read from a file are equal when their ranges
   * are (each is its bytes decoded), compared without making or decoding the words.
   */
  private boolean sameWord(NtpAddress other) {
    if (word instanceof SourceFile && other.word instanceof SourceFile) {
      return other.word == word && other.start == start && other.end == end;
    }
    return other.word().equals(word());
  }

  @Override
  public int hashCode() {
    int hash = word().hashCode();
    hash = hash * 31 + Objects.hashCode(text);
    hash = hash * 31 + family().hashCode();
    hash = hash * 31 + numeric().hashCode();
    hash = hash * 31 + prefixLength().hashCode();
    return hash * 31 + refclock().hashCode();
  }

  @Override
  public String toString() {
    return (family == null ? "" : family == AddressFamily.IPV4 ? "-4 " : "-6 ") + text;
  }
}

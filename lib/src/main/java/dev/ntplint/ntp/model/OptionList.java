package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpOptionSpec;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A command's options as an unmodifiable list that also knows which kinds it holds, so that
 * {@link Options} answers "is there a {@code key} option?" without reading every option.
 *
 * <p>Why: the view, the rules and the key-id walk ask each association for a few kinds of option
 * (key, autokey, prefer, noselect...), nearly always absent. Each question read every option
 * object of the command, and on a large file those are not in the cache: the look-up was the
 * largest single method of an ntp.conf lint (4.5% of parse + lint of 1 MB, issue 8, P3). The set
 * of kinds is one bit per enum ordinal (ordinals above 63 share the last bit: a filter, never a
 * wrong answer, as a set bit only means "read the options").
 *
 * <p>Equal to, and hashed as, any list of the same options ({@link AbstractList}).
 */
final class OptionList<K extends Enum<K> & NtpOptionSpec> extends AbstractList<Option<K>>
    implements RandomAccess {

  private static final OptionList<?> EMPTY = new OptionList<>(new Option<?>[0], 0L);

  private final Option<?>[] options;
  private final long kinds;

  private OptionList(Option<?>[] options, long kinds) {
    this.options = options;
    this.kinds = kinds;
  }

  /** An unmodifiable copy of {@code options} (itself when it is one); no element may be null. */
  @SuppressWarnings("unchecked")
  static <K extends Enum<K> & NtpOptionSpec> List<Option<K>> copyOf(List<Option<K>> options) {
    if (options instanceof OptionList<K> already) {
      return already;
    }
    if (options.isEmpty()) {
      return (List<Option<K>>) (List<?>) EMPTY;
    }
    Option<?>[] copy = options.toArray(new Option<?>[0]);
    long kinds = 0;
    for (Option<?> option : copy) {
      kinds |= bit(Objects.requireNonNull(option, "option").kind());
    }
    return new OptionList<>(copy, kinds);
  }

  /**
   * The last option of {@code kind} in {@code options}, or null: from the end, by index (an
   * iterator per question was a visible share of the allocation, issue 8), and not at all when
   * the list is an OptionList without that kind.
   */
  @SuppressWarnings("unchecked")
  static <K extends Enum<K> & NtpOptionSpec> Option<K> lastOrNull(List<Option<K>> options,
      K kind) {
    if (options instanceof OptionList<K> known) {
      if ((known.kinds & bit(kind)) == 0) {
        return null;
      }
      Option<?>[] array = known.options;
      for (int i = array.length - 1; i >= 0; i--) {
        if (array[i].kind() == kind) {
          return (Option<K>) array[i];
        }
      }
      return null;
    }
    for (int i = options.size() - 1; i >= 0; i--) {
      Option<K> option = options.get(i);
      if (option.kind() == kind) {
        return option;
      }
    }
    return null;
  }

  private static long bit(Enum<?> kind) {
    return 1L << Math.min(kind.ordinal(), Long.SIZE - 1);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Option<K> get(int index) {
    return (Option<K>) options[Objects.checkIndex(index, options.length)];
  }

  @Override
  public int size() {
    return options.length;
  }
}

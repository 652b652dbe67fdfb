package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpOptionSpec;
import java.util.AbstractList;
import java.util.ArrayList;
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
 * largest single method of an ntp.conf lint (4.6% of parse + lint of 1 MB, issue 8, P3). The set
 * of kinds is one bit per enum ordinal (ordinals above 30 share the last bit: a filter, never a
 * wrong answer, as a set bit only means "read the options").
 *
 * <p>The first two options are fields, the rest an array: most commands have one or two, which
 * the {@code List.of} list it replaces also kept without an array. It takes 8 bytes more than that
 * list for one or two options, the same for more (a 20 MB ntp.conf's model, 273,641 option lists:
 * +0.65%; with every option in an array, +3.4%).
 *
 * <p>Equal to, and hashed as, any list of the same options ({@link AbstractList}).
 */
final class OptionList<K extends Enum<K> & NtpOptionSpec> extends AbstractList<Option<K>>
    implements RandomAccess {

  private static final Option<?>[] NONE = new Option<?>[0];

  /** Never null. */
  private final Option<?> first;
  /** Null for a list of one option. */
  private final Option<?> second;
  /** The options after the second; NONE when there are none. */
  private final Option<?>[] rest;
  private final int kinds;

  private OptionList(Option<?> first, Option<?> second, Option<?>[] rest, int kinds) {
    this.first = first;
    this.second = second;
    this.rest = rest;
    this.kinds = kinds;
  }

  /** An unmodifiable copy of {@code options} (itself when it is one); no element may be null. */
  static <K extends Enum<K> & NtpOptionSpec> List<Option<K>> copyOf(List<Option<K>> options) {
    if (options instanceof OptionList<K> already) {
      return already;
    }
    // By index, without an iterator: the grammar hands over an ArrayList per command.
    List<Option<K>> indexed = options instanceof RandomAccess ? options : new ArrayList<>(options);
    int size = indexed.size();
    if (size == 0) {
      return List.of();
    }
    Option<K> first = Objects.requireNonNull(indexed.get(0), "option");
    int kinds = bit(first.kind());
    Option<K> second = null;
    Option<?>[] rest = NONE;
    if (size > 1) {
      second = Objects.requireNonNull(indexed.get(1), "option");
      kinds |= bit(second.kind());
      if (size > 2) {
        rest = new Option<?>[size - 2];
        for (int i = 0; i < rest.length; i++) {
          Option<K> option = Objects.requireNonNull(indexed.get(i + 2), "option");
          kinds |= bit(option.kind());
          rest[i] = option;
        }
      }
    }
    return new OptionList<>(first, second, rest, kinds);
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
      for (int i = known.rest.length - 1; i >= 0; i--) {
        if (known.rest[i].kind() == kind) {
          return (Option<K>) known.rest[i];
        }
      }
      if (known.second != null && known.second.kind() == kind) {
        return (Option<K>) known.second;
      }
      return known.first.kind() == kind ? (Option<K>) known.first : null;
    }
    for (int i = options.size() - 1; i >= 0; i--) {
      Option<K> option = options.get(i);
      if (option.kind() == kind) {
        return option;
      }
    }
    return null;
  }

  /** The kind's bit; an option made without a kind shares the last bit, as a filter may. */
  private static int bit(Enum<?> kind) {
    return 1 << (kind == null ? Integer.SIZE - 1 : Math.min(kind.ordinal(), Integer.SIZE - 1));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Option<K> get(int index) {
    Objects.checkIndex(index, size());
    return (Option<K>) (index == 0 ? first : index == 1 ? second : rest[index - 2]);
  }

  @Override
  public int size() {
    return second == null ? 1 : 2 + rest.length;
  }
}

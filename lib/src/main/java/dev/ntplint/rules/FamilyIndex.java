package dev.ntplint.rules;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A configuration's directives by family (their record class): each family's list is made on first
 * use and kept for the rest of the lint, because many rules ask for the same few families (issue 8,
 * P3). The first question sorts every directive by its class in one walk, so the final classes
 * (records) asked for later cost no walk of their own: a walk per family was 4% of linting a large
 * file. A lint runs on one thread, so plain maps are enough.
 *
 * @param <B> the dialect's directive type
 */
final class FamilyIndex<B> implements Consumer<B> {

  private final List<B> all;
  /** Shown every directive during the walk that sorts them by class; may be null. */
  private final Consumer<? super B> census;
  private final Map<Class<?>, List<?>> byFamily = new HashMap<>();
  /** Per exact class, the directives of {@code all} sorted so far, in order, and its listener. */
  private final Map<Class<?>, Sorted<B>> byClass = new HashMap<>();
  /** Where to find who else is shown the directives of a class; may be null. */
  private final ClassListeners<B> listeners;
  /** How many directives of {@code all} are in {@link #byClass}: a prefix of it. */
  private int sorted;
  /** The class of the last directive sorted, and its entry: often the next one's. */
  private Class<?> lastClass;
  private Sorted<B> last;

  /** The directives of one class, and who else is shown each (null: nobody). */
  private static final class Sorted<B> {
    final List<B> directives = new ArrayList<>();
    final Consumer<? super B> listener;

    Sorted(Consumer<? super B> listener) {
      this.listener = listener;
    }
  }

  /**
   * Who is shown the directives of one class as they are sorted, besides the census: found once
   * per class, so that the walk that sorts them also serves listeners that want a few classes
   * without a look-up of their own per directive (issue 8, P4).
   */
  interface ClassListeners<B> {
    /** Who is shown each directive of {@code type}; null for nobody. */
    Consumer<? super B> of(Class<?> type);
  }

  FamilyIndex(List<B> all) {
    this(all, null);
  }

  /**
   * @param census shown each directive, in order, during the one walk that sorts them by class:
   *     what else a dialect wants to know of every directive costs no walk of its own (on a large
   *     file each walk is memory-bound, 3-4% of a lint; issue 8, P3)
   */
  FamilyIndex(List<B> all, Consumer<? super B> census) {
    this(all, census, null);
  }

  /**
   * @param listeners who else is shown each directive of a class, in the same walk; may be null
   */
  FamilyIndex(List<B> all, Consumer<? super B> census, ClassListeners<B> listeners) {
    this.all = all;
    this.census = census;
    this.listeners = listeners;
  }

  /** Sorts the rest of the directives by class now, so the census has seen them all. */
  void walk() {
    byClass();
  }

  /** The directives of one family, in the order of {@code all}. Unmodifiable. */
  @SuppressWarnings("unchecked")
  <T extends B> List<T> of(Class<T> type) {
    List<?> known = byFamily.get(type);
    if (known == null) {
      known = Collections.unmodifiableList(Modifier.isFinal(type.getModifiers())
          ? directivesOf(type) : filtered(type));
      byFamily.put(type, known);
    }
    return (List<T>) known;
  }

  /** A final class has no subclass: its family is exactly the directives of that class. */
  private List<B> directivesOf(Class<?> type) {
    Sorted<B> of = byClass().get(type);
    return of == null ? List.of() : of.directives;
  }

  private Map<Class<?>, Sorted<B>> byClass() {
    for (int i = sorted; i < all.size(); i++) {
      accept(all.get(i));
    }
    return byClass;
  }

  /**
   * Sorts {@code d}, the next directive of {@code all} in order, by its class: called by a walk of
   * {@code all} made for something else (the linter's view), while the directive is in the cache.
   * On a large file a walk of its own missed the cache for every directive (issue 8, P4). What no
   * walk showed is sorted when a family is first asked for.
   *
   * @throws IllegalStateException if {@code d} is not the next directive of {@code all}
   */
  @Override
  public void accept(B d) {
    if (sorted >= all.size() || all.get(sorted) != d) {
      throw new IllegalStateException("directive " + sorted + " shown out of order");
    }
    sorted++;
    // Runs of one class are common (a block of server lines): no map look-up for those.
    if (d.getClass() != lastClass) {
      lastClass = d.getClass();
      last = byClass.get(lastClass);
      if (last == null) {
        last = new Sorted<>(listeners == null ? null : listeners.of(lastClass));
        byClass.put(lastClass, last);
      }
    }
    last.directives.add(d);
    if (census != null) {
      census.accept(d);
    }
    if (last.listener != null) {
      last.listener.accept(d);
    }
  }

  private <T extends B> List<T> filtered(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      B d = all.get(i);
      if (type.isInstance(d)) {
        out.add(type.cast(d));
      }
    }
    return out;
  }
}

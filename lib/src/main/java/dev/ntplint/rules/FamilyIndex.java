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
final class FamilyIndex<B> {

  private final List<B> all;
  /** Shown every directive during the walk that sorts them by class; may be null. */
  private final Consumer<? super B> census;
  private final Map<Class<?>, List<?>> byFamily = new HashMap<>();
  /** Every directive by its exact class, in the order of {@code all}; made on first use. */
  private Map<Class<?>, List<B>> byClass;

  FamilyIndex(List<B> all) {
    this(all, null);
  }

  /**
   * @param census shown each directive, in order, during the one walk that sorts them by class:
   *     what else a dialect wants to know of every directive costs no walk of its own (on a large
   *     file each walk is memory-bound, 3-4% of a lint; issue 8, P3)
   */
  FamilyIndex(List<B> all, Consumer<? super B> census) {
    this.all = all;
    this.census = census;
  }

  /** Sorts the directives by class now, if no question did yet, so the census has seen them all. */
  void walk() {
    byClass();
  }

  /** The directives of one family, in the order of {@code all}. Unmodifiable. */
  @SuppressWarnings("unchecked")
  <T extends B> List<T> of(Class<T> type) {
    List<?> known = byFamily.get(type);
    if (known == null) {
      known = Collections.unmodifiableList(Modifier.isFinal(type.getModifiers())
          ? byClass().getOrDefault(type, List.of()) : filtered(type));
      byFamily.put(type, known);
    }
    return (List<T>) known;
  }

  /** A final class has no subclass: its family is exactly the directives of that class. */
  private Map<Class<?>, List<B>> byClass() {
    if (byClass == null) {
      byClass = new HashMap<>();
      Class<?> lastClass = null;
      List<B> lastList = null;
      for (int i = 0; i < all.size(); i++) {
        B d = all.get(i);
        // Runs of one class are common (a block of server lines): no map look-up for those.
        if (d.getClass() != lastClass) {
          lastClass = d.getClass();
          lastList = byClass.get(lastClass);
          if (lastList == null) {
            lastList = new ArrayList<>();
            byClass.put(lastClass, lastList);
          }
        }
        lastList.add(d);
        if (census != null) {
          census.accept(d);
        }
      }
    }
    return byClass;
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

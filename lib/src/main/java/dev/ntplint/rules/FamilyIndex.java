package dev.ntplint.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A configuration's directives by family (their record class): each family's list is filtered on
 * first use and kept for the rest of the lint, because many rules ask for the same few families
 * (issue 8, P3). A lint runs on one thread, so a plain map is enough.
 *
 * @param <B> the dialect's directive type
 */
final class FamilyIndex<B> {

  private final List<B> all;
  private final Map<Class<?>, List<?>> byFamily = new HashMap<>();

  FamilyIndex(List<B> all) {
    this.all = all;
  }

  /** The directives of one family, in the order of {@code all}. Unmodifiable. */
  @SuppressWarnings("unchecked")
  <T extends B> List<T> of(Class<T> type) {
    List<?> known = byFamily.get(type);
    if (known == null) {
      List<T> out = new ArrayList<>();
      for (B d : all) {
        if (type.isInstance(d)) {
          out.add(type.cast(d));
        }
      }
      known = Collections.unmodifiableList(out);
      byFamily.put(type, known);
    }
    return (List<T>) known;
  }
}

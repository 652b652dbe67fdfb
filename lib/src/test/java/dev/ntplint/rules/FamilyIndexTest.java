package dev.ntplint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The family index sorts its list by class in one walk, its own or one made for something else
 * that shows it each element in order; a walk that stopped part way is finished on first use.
 */
class FamilyIndexTest {

  private static final List<Object> ALL = List.of("a", 1, "b", 2L, 3, "c");

  @Test
  void sortsByFamilyInOrderWithItsOwnWalk() {
    List<Object> seen = new ArrayList<>();
    FamilyIndex<Object> index = new FamilyIndex<>(ALL, seen::add);

    assertThat(index.of(String.class)).containsExactly("a", "b", "c");
    assertThat(index.of(Integer.class)).containsExactly(1, 3);
    // A family that is not a final class is filtered from the whole list.
    assertThat(index.of(Number.class)).containsExactly(1, 2L, 3);
    assertThat(index.of(Double.class)).isEmpty();
    assertThat(seen).containsExactlyElementsOf(ALL);
  }

  @Test
  void aWalkThatStoppedPartWayIsFinishedOnFirstUse() {
    List<Object> seen = new ArrayList<>();
    FamilyIndex<Object> index = new FamilyIndex<>(ALL, seen::add);
    index.accept("a");
    index.accept(1);
    assertThat(seen).containsExactly("a", 1);

    assertThat(index.of(Integer.class)).containsExactly(1, 3);
    assertThat(index.of(String.class)).containsExactly("a", "b", "c");
    // Each element shown to the census once, in order.
    assertThat(seen).containsExactlyElementsOf(ALL);
  }

  @Test
  void aWalkOfAnotherListOrOrderIsRefused() {
    FamilyIndex<Object> index = new FamilyIndex<>(ALL);
    index.accept("a");

    assertThatThrownBy(() -> index.accept("b")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("out of order");
    for (Object o : ALL.subList(1, ALL.size())) {
      index.accept(o);
    }
    assertThatThrownBy(() -> index.accept("d")).isInstanceOf(IllegalStateException.class);
    assertThat(index.of(String.class)).containsExactly("a", "b", "c");
  }

  @Test
  void eachClassListenerIsAskedForOnceAndShownItsClassInOrder() {
    List<Class<?>> asked = new ArrayList<>();
    List<Object> numbers = new ArrayList<>();
    FamilyIndex<Object> index = new FamilyIndex<>(ALL, null, type -> {
      asked.add(type);
      return Number.class.isAssignableFrom(type) ? numbers::add : null;
    });
    for (Object o : ALL) {
      index.accept(o);
    }
    assertThat(asked).containsExactly(String.class, Integer.class, Long.class);
    assertThat(numbers).containsExactly(1, 2L, 3);
    assertThat(index.of(String.class)).containsExactly("a", "b", "c");
  }
}

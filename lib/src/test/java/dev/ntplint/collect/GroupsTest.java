package dev.ntplint.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupsTest {

  @Test
  void addsToTheKeysListStartingOneWhenThereIsNone() {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    Groups.add(groups, "b", 1);
    Groups.add(groups, "a", 2);
    Groups.add(groups, "b", 3);
    assertThat(groups).containsExactly(Map.entry("b", List.of(1, 3)), Map.entry("a", List.of(2)));
  }
}

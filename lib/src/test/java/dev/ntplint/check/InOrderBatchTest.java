package dev.ntplint.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link InOrderBatch}: parallel work, results in input order, bounded pending results. */
class InOrderBatchTest {

  @Test
  void handsBackEveryResultInInputOrderWhateverTheThreadCount() {
    qt().withExamples(60).forAll(lists().of(integers().between(0, 2_000)).ofSizeBetween(0, 60),
        integers().between(1, 5)).checkAssert((inputs, threads) -> {
          List<Integer> seen = new ArrayList<>();
          // Uneven work, so that later inputs often finish before earlier ones.
          InOrderBatch.run(inputs, threads, n -> {
            LockSupport.parkNanos(n * 200L);
            return n * 2 + 1;
          }, seen::add);
          assertThat(seen).isEqualTo(inputs.stream().map(n -> n * 2 + 1)
              .collect(Collectors.toList()));
        });
  }

  @Test
  void usesSeveralThreadsButNeverMoreThanAsked() {
    Set<Thread> workers = ConcurrentHashMap.newKeySet();
    List<Integer> inputs = IntStream.range(0, 200).boxed().collect(Collectors.toList());
    InOrderBatch.run(inputs, 3, n -> {
      workers.add(Thread.currentThread());
      LockSupport.parkNanos(100_000);
      return n;
    }, n -> { });
    assertThat(workers).hasSizeBetween(2, 3).doesNotContain(Thread.currentThread());
  }

  @Test
  void aLargeBatchIsWorkedOnInRunsAndASmallOneStillSpreadsOverTheThreads() {
    assertThat(InOrderBatch.runLength(10_000, 2)).isEqualTo(InOrderBatch.MAX_RUN);
    assertThat(InOrderBatch.runLength(24, 2)).isEqualTo(3);
    assertThat(InOrderBatch.runLength(4, 2)).isEqualTo(1);
    // Four slow inputs on two threads: each thread takes some, so they overlap.
    Set<Thread> workers = ConcurrentHashMap.newKeySet();
    InOrderBatch.run(List.of(1, 2, 3, 4), 2, n -> {
      workers.add(Thread.currentThread());
      LockSupport.parkNanos(20_000_000);
      return n;
    }, n -> { });
    assertThat(workers).hasSize(2);
  }

  @Test
  void aFailureInTheMiddleOfARunHandsOverTheRunsEarlierResultsFirst() {
    List<Integer> seen = new ArrayList<>();
    List<Integer> inputs = IntStream.range(0, 1_000).boxed().collect(Collectors.toList());
    AtomicInteger workedAfterTheFailure = new AtomicInteger();
    assertThatThrownBy(() -> InOrderBatch.run(inputs, 2, n -> {
      if (n == 437) {
        throw new IllegalArgumentException("input 437");
      }
      if (n > 437 && n < 440) {
        // 437 is the sixth input of its run (432-439): the rest of that run is never worked on.
        workedAfterTheFailure.incrementAndGet();
      }
      return n;
    }, seen::add)).hasMessage("input 437");
    assertThat(seen).isEqualTo(IntStream.range(0, 437).boxed().collect(Collectors.toList()));
    assertThat(workedAfterTheFailure).hasValue(0);
  }

  @Test
  void keepsAtMostTheWindowOfResultsPending() {
    AtomicInteger pending = new AtomicInteger();
    AtomicInteger mostPending = new AtomicInteger();
    List<Integer> inputs = IntStream.range(0, 500).boxed().collect(Collectors.toList());
    InOrderBatch.run(inputs, 2, n -> {
      mostPending.accumulateAndGet(pending.incrementAndGet(), Math::max);
      return n;
    }, n -> {
      // A slow consumer: the workers would run far ahead if nothing held them back.
      LockSupport.parkNanos(20_000);
      pending.decrementAndGet();
    });
    assertThat(mostPending.get()).isLessThanOrEqualTo(InOrderBatch.window(2)).isGreaterThan(1);
  }

  @Test
  void rethrowsAFailureWhenItsTurnComesAfterEveryEarlierResult() {
    List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
    List<Integer> inputs = IntStream.range(0, 100).boxed().collect(Collectors.toList());
    for (int threads : new int[] {1, 4}) {
      seen.clear();
      assertThatThrownBy(() -> InOrderBatch.run(inputs, threads, n -> {
        if (n == 37) {
          throw new IllegalArgumentException("input 37");
        }
        return n;
      }, seen::add)).isInstanceOf(IllegalArgumentException.class).hasMessage("input 37");
      assertThat(seen).as("%d threads", threads)
          .isEqualTo(IntStream.range(0, 37).boxed().collect(Collectors.toList()));
    }
  }

  @Test
  void withOneThreadWorksOnTheCallingThreadOneInputAfterTheOther() {
    List<String> events = new ArrayList<>();
    InOrderBatch.run(List.of("a", "b", "c"), 1, s -> {
      assertThat(Thread.currentThread().getName()).doesNotStartWith("ntplint-batch");
      events.add("work " + s);
      return s;
    }, s -> events.add("use " + s));
    assertThat(events).containsExactly("work a", "use a", "work b", "use b", "work c", "use c");
  }

  @Test
  void aFailingConsumerStopsTheBatch() {
    AtomicInteger worked = new AtomicInteger();
    List<Integer> inputs = IntStream.range(0, 10_000).boxed().collect(Collectors.toList());
    assertThatThrownBy(() -> InOrderBatch.run(inputs, 2, n -> {
      worked.incrementAndGet();
      return n;
    }, n -> {
      if (n == 5) {
        throw new IllegalStateException("stop");
      }
    })).hasMessage("stop");
    // No more than the window beyond the failing input was started.
    assertThat(worked.get()).isLessThanOrEqualTo(6 + InOrderBatch.window(2));
  }
}

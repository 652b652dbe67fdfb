package dev.ntplint.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one piece of work per input of a batch on a small pool of threads and hands the results
 * back in input order, on the calling thread: the work of a batch of configurations (reading,
 * parsing, linting, converting each file) runs in parallel, while everything that depends on the
 * order of the inputs (which files an earlier configuration already included, messages, the
 * report) is decided by the caller as if the files had been processed one after the other.
 *
 * <p>Memory stays bounded: at most {@link #window(int) 4 results per thread} are pending (being
 * worked on or waiting for the caller) at any time, whatever the size of the batch, so a batch of
 * 10,000 files never holds 10,000 parsed configurations.
 *
 * <p>The work must be safe to run on several threads at once and must not depend on what the
 * caller did with earlier results (it is speculative: the caller may discard a result). With one
 * thread, or a batch of at most one input, no thread is started: each input is worked on and then
 * handed to the caller before the next is started, exactly as a plain loop would.
 */
public final class InOrderBatch {

  private InOrderBatch() {}

  /** The number of threads that pays on this machine: one per available processor. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** How many results may be pending at once with {@code threads} threads. */
  public static int window(int threads) {
    // Enough to keep every thread busy while the caller handles one slow result; small enough
    // that pending configurations weigh little next to the rest of the heap.
    return 4 * threads;
  }

  /**
   * Applies {@code work} to every input, on {@code threads} threads, and gives each result to
   * {@code inOrder} on the calling thread, in the order of {@code inputs}. An exception thrown by
   * the work for an input is rethrown from here when that input's turn comes (after every earlier
   * result was handed over); an exception thrown by {@code inOrder} stops the batch. Either way the
   * pending work is cancelled and the threads are gone when this returns.
   *
   * @param threads how many threads to use; 1 (or less) runs everything on the calling thread
   */
  public static <T, R> void run(List<T> inputs, int threads, Function<? super T, ? extends R> work,
      Consumer<? super R> inOrder) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(inOrder, "inOrder");
    if (threads <= 1 || inputs.size() <= 1) {
      for (T input : inputs) {
        inOrder.accept(work.apply(input));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    Deque<Future<? extends R>> pending = new ArrayDeque<>();
    int window = window(threads);
    try {
      Iterator<T> next = inputs.iterator();
      while (next.hasNext() || !pending.isEmpty()) {
        while (next.hasNext() && pending.size() < window) {
          T input = next.next();
          pending.addLast(pool.submit(() -> work.apply(input)));
        }
        inOrder.accept(await(pending.removeFirst()));
      }
    } finally {
      pending.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> result) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return result.get();
        } catch (InterruptedException e) {
          // The result is needed to go on: wait for it, and keep the interrupt for the caller.
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException runtime) {
            throw runtime;
          }
          if (cause instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Daemon threads, so that a batch abandoned by an error never keeps the JVM alive. */
  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "ntplint-batch-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

package dev.ntplint.check;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
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
 * <p>A thread takes the inputs in runs of up to {@link #MAX_RUN} consecutive ones and the caller
 * collects a run's results at once: handing each result over by itself made the caller and the
 * threads wait for one another once per file, which over 10,000 configurations cost ~10% of the
 * CPU time in system time and context switches (issue 8, P2). A small batch is cut into shorter
 * runs, so that its few inputs still spread over the threads.
 *
 * <p>Memory stays bounded: at most {@link #window(int) 16 results per thread} are pending (being
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

  /** The most inputs one thread works on in a row before the caller collects their results. */
  static final int MAX_RUN = 8;

  /** How many results may be pending at once with {@code threads} threads. */
  public static int window(int threads) {
    // Two runs per thread: one being worked on and one that waits for the caller, so that every
    // thread stays busy while the caller handles a run; small enough that pending configurations
    // weigh little next to the rest of the heap.
    return 2 * MAX_RUN * threads;
  }

  /**
   * How many consecutive inputs of a batch of {@code inputs} one thread works on in a row: up to
   * {@link #MAX_RUN}, fewer when the batch would then have less than four runs per thread.
   */
  static int runLength(int inputs, int threads) {
    return Math.max(1, Math.min(MAX_RUN, inputs / (4 * threads)));
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
    int run = runLength(inputs.size(), threads);
    int window = window(threads) / run;
    Deque<Future<Object[]>> pending = new ArrayDeque<>();
    try {
      int next = 0;
      while (next < inputs.size() || !pending.isEmpty()) {
        while (next < inputs.size() && pending.size() < window) {
          List<T> part = inputs.subList(next, Math.min(inputs.size(), next + run));
          next += part.size();
          pending.addLast(pool.submit(() -> workOn(part, work)));
        }
        for (Object result : await(pending.removeFirst())) {
          if (result instanceof Failure failure) {
            throw failure.rethrown();
          }
          @SuppressWarnings("unchecked") // Every other element is a result of work.
          R r = (R) result;
          inOrder.accept(r);
        }
      }
    } finally {
      pending.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
  }

  /**
   * The results of {@code work} for a run of inputs, in order; a failure ends the run, as its
   * last element (the inputs after it are not worked on: the caller stops there).
   */
  private static <T> Object[] workOn(List<T> part, Function<? super T, ?> work) {
    Object[] results = new Object[part.size()];
    for (int i = 0; i < results.length; i++) {
      try {
        results[i] = work.apply(part.get(i));
      } catch (Throwable t) {
        results[i] = new Failure(t);
        return Arrays.copyOf(results, i + 1);
      }
    }
    return results;
  }

  /** The work failed for an input: what it threw, rethrown when that input's turn comes. */
  private record Failure(Throwable cause) {
    /**
     * The exception for the caller to throw: the cause itself when unchecked (an {@link Error}
     * is thrown from here), else wrapped.
     */
    RuntimeException rethrown() {
      if (cause instanceof RuntimeException runtime) {
        return runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      return new IllegalStateException(cause);
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
          // workOn catches what the work throws; only a failure of the pool itself comes here.
          throw new Failure(e.getCause()).rethrown();
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

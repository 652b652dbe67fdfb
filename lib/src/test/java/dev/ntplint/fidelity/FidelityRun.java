package dev.ntplint.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Runs cases against a daemon's parser with a thread pool. Each case is its own file (or tree) and
 * its own daemon process (chronyd stops at the first error; ntpd idles until its time limit); to use the cores, a
 * producer replays the same QuickTheories run (same seed, same generator, so the same sequence of
 * cases) ahead of the property and evaluates its cases in parallel; the property then takes each
 * result from that prefetch, and only the cases QuickTheories makes while shrinking a failure are
 * evaluated on the spot. The prefetch is bounded, so memory stays small on long runs.
 */
final class FidelityRun<C extends FidelityCase<C>, R> implements AutoCloseable {

  /** Compares one case, written into {@code dir}, between ntplint and the daemon. */
  interface Judge<C, R> {
    R judge(C c, Path dir, boolean applyKnown) throws Exception;
  }

  /** What the differential property and the minimiser need of a judged case. */
  interface Judged<C> {
    C input();

    /** ntplint and the daemon disagree on this case. */
    boolean disagrees();

    /** The kind of disagreement: a smaller case must keep it to count as the same failure. */
    String signature();

    /** What each side said, for the failure message. */
    String detail();
  }

  /**
   * The differential property over the cases of {@code gen}, prefetched in parallel: every result
   * goes to {@code record}, except those of the cases QuickTheories makes while shrinking. Unless
   * surveying, the first disagreement fails the property, and the failure shows its minimal
   * input: QuickTheories' smallest, then deletions (QuickTheories cannot delete lines).
   */
  static <C extends FidelityCase<C>, R extends Judged<C>> void check(FidelityRun<C, R> run,
      QuickTheory qt, Gen<C> gen, boolean survey, Consumer<R> record, String disagreeing,
      int minimizeBudget) {
    boolean[] shrinking = new boolean[1];
    List<R> smallest = new ArrayList<>(1);
    run.prefetch(qt, gen);
    try {
      qt.forAll(gen).checkAssert(c -> {
        R r = run.take(c);
        if (!shrinking[0]) {
          record.accept(r);
        }
        if (r.disagrees() && !survey) {
          shrinking[0] = true;
          if (smallest.isEmpty()) {
            smallest.add(r);
          } else if (Minimizer.size(c) < Minimizer.size(smallest.get(0).input())) {
            smallest.set(0, r);
          }
          throw new AssertionError(disagreeing + ": " + r.detail());
        }
      });
    } catch (AssertionError e) {
      if (smallest.isEmpty()) {
        throw e;
      }
      R minimal = minimize(run, smallest.get(0), minimizeBudget);
      throw new AssertionError(e.getMessage() + "\nMinimal input (QuickTheories' smallest, then"
          + " deletions of files, lines and words):\n  " + minimal.input().describe() + "\n  "
          + minimal.detail(), e);
    }
  }

  /**
   * Deletes from a failing case what its disagreement does not need (the same signature),
   * trying at most {@code budget} smaller cases.
   */
  static <C extends FidelityCase<C>, R extends Judged<C>> R minimize(FidelityRun<C, R> run,
      R failing, int budget) {
    List<R> last = new ArrayList<>(List.of(failing));
    Minimizer<C> minimizer = new Minimizer<>(c -> {
      R r = run.take(c);
      if (r.disagrees() && r.signature().equals(failing.signature())) {
        last.set(0, r);
        return true;
      }
      return false;
    }, budget);
    C minimal = minimizer.minimize(failing.input());
    return minimal == last.get(0).input() ? last.get(0) : run.take(minimal);
  }


  private final Judge<C, R> judge;
  private final String threadName;
  private final ExecutorService pool;
  private final BlockingQueue<Path> workDirs = new LinkedBlockingQueue<>();
  private final ConcurrentHashMap<String, Future<R>> prefetched =
      new ConcurrentHashMap<>();
  private final Semaphore window;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final AtomicInteger live = new AtomicInteger();
  private final AtomicInteger hits = new AtomicInteger();
  private Thread producer;

  /** chronyd's run: each case takes milliseconds, so a window of 64 cases a thread suffices. */
  static FidelityRun<ChronyCase, Differential.Result> chronyd(Differential differential, Path root,
      int threads) throws IOException {
    return new FidelityRun<>(differential::judge, "chronyd", root, threads, 64 * threads);
  }

  /**
   * @param daemon names the threads
   * @param window how many cases may be evaluated ahead of the property
   */
  FidelityRun(Judge<C, R> judge, String daemon, Path root, int threads, int window)
      throws IOException {
    this.judge = judge;
    this.threadName = daemon;
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, daemon + "-oracle");
      t.setDaemon(true);
      return t;
    });
    this.window = new Semaphore(window);
    // One working directory per thread, plus one for cases evaluated on the spot.
    for (int i = 0; i <= threads; i++) {
      workDirs.add(Files.createDirectories(root.resolve("w" + i)));
    }
  }

  /** Starts evaluating, in the background, the cases the same QuickTheories run will draw. */
  void prefetch(QuickTheory qt, Gen<C> gen) {
    producer = new Thread(() -> {
      try {
        qt.forAll(gen).check(c -> {
          if (stopped.get()) {
            return true;
          }
          String key = c.key();
          if (prefetched.containsKey(key)) {
            return true;
          }
          try {
            window.acquire();
          } catch (InterruptedException e) {
            stopped.set(true);
            Thread.currentThread().interrupt();
            return true;
          }
          prefetched.put(key, pool.submit(() -> evaluate(c)));
          return true;
        });
      } catch (Throwable t) {
        // Stopping early is the only way this ends abnormally; the property reports failures.
      }
    }, threadName + "-prefetch");
    producer.setDaemon(true);
    producer.start();
  }

  /** The result for a case: from the prefetch when it has it, else evaluated now. */
  R take(C c) {
    Future<R> f = prefetched.remove(c.key());
    try {
      if (f != null) {
        window.release();
        hits.incrementAndGet();
        return f.get();
      }
      live.incrementAndGet();
      return evaluate(c);
    } catch (ExecutionException e) {
      throw new IllegalStateException("evaluating " + c.describe(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (Exception e) {
      throw new IllegalStateException("evaluating " + c.describe(), e);
    }
  }

  /** Writes the case into a free working directory, compares, and cleans the directory. */
  R evaluate(C c) throws Exception {
    return evaluate(c, true);
  }

  /** The same; {@code applyKnown} false compares even what a known difference excludes. */
  R evaluate(C c, boolean applyKnown) throws Exception {
    Path dir = workDirs.take();
    try {
      clean(dir);
      c.writeTo(dir);
      return judge.judge(c, dir, applyKnown);
    } finally {
      clean(dir);
      workDirs.add(dir);
    }
  }

  int cacheHits() {
    return hits.get();
  }

  int liveEvaluations() {
    return live.get();
  }

  private static void clean(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Override
  public void close() {
    stopped.set(true);
    if (producer != null) {
      producer.interrupt();
    }
    pool.shutdownNow();
  }
}

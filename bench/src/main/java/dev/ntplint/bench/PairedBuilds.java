package dev.ntplint.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Two builds of the benchmarks compared in one JVM, operation by operation (bench/run-paired.sh).
 * Each build's jar is loaded by a class loader of its own; after a warm-up of both, the two builds'
 * operations alternate (which one goes first alternates too), and each pair gives a ratio. On this
 * VM a size's time moves by 20-30% from one minute to the next, so two JMH runs made minutes apart
 * cannot show a change of a few percent; the ratio of operations made a second apart can (issue 8,
 * P4). Comparing a build with itself shows how far the ratio strays when nothing changed.
 *
 * <pre>
 * java -cp benchmarks.jar dev.ntplint.bench.PairedBuilds BEFORE.jar AFTER.jar chrony|ntp SIZE
 *     SECONDS parseAndLint|parse|lint
 * </pre>
 */
public final class PairedBuilds {

  private PairedBuilds() {}

  /** One build's benchmark state and the operation to time on it. */
  private static final class Build {
    final Method operation;
    final Object benchmark;
    /** The lint's model state, read again before each lint; null for the other operations. */
    final Object model;
    final Method readModel;

    Build(Method operation, Object benchmark, Object model, Method readModel) {
      this.operation = operation;
      this.benchmark = benchmark;
      this.model = model;
      this.readModel = readModel;
    }

    /** One operation, in nanoseconds (for the lint, the file is read first, untimed). */
    long time() throws Exception {
      if (model == null) {
        long start = System.nanoTime();
        operation.invoke(benchmark);
        return System.nanoTime() - start;
      }
      readModel.invoke(model, benchmark);
      long start = System.nanoTime();
      operation.invoke(benchmark, model);
      return System.nanoTime() - start;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println("usage: PairedBuilds BEFORE.jar AFTER.jar chrony|ntp SIZE SECONDS"
          + " parseAndLint|parse|lint");
      System.exit(2);
    }
    String dialect = args[2].equals("ntp") ? "Ntp" : "Chrony";
    int size = Integer.parseInt(args[3]);
    long seconds = Long.parseLong(args[4]);
    String operation = args[5];
    Build[] warm = new Build[2];
    Build[] timed = new Build[2];
    for (int b = 0; b < 2; b++) {
      ClassLoader loader = new URLClassLoader(new URL[] {new File(args[b]).toURI().toURL()},
          ClassLoader.getPlatformClassLoader());
      // Warmed up on 1 MB, as in the throwaway harnesses of sessions 24-28: the JIT sees the
      // same code paths as on a large file, and a warm-up operation is short.
      warm[b] = build(loader, dialect, 1_000_000, operation);
      timed[b] = build(loader, dialect, size, operation);
    }
    long warmUntil = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < warmUntil) {
      warm[0].time();
      warm[1].time();
    }
    List<Double> before = new ArrayList<>();
    List<Double> after = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    for (int pair = 0; System.nanoTime() < until || pair < 5; pair++) {
      long[] ns = new long[2];
      int first = pair % 2;
      ns[first] = timed[first].time();
      ns[1 - first] = timed[1 - first].time();
      before.add(ns[0] / (double) size);
      after.add(ns[1] / (double) size);
      ratios.add(ns[1] / (double) ns[0]);
    }
    System.out.printf("%s %s, %d B, %d pairs: before %.2f ns/B, after %.2f ns/B (medians);"
        + " after/before %.3f (median of the pairs' ratios; quartiles %.3f-%.3f)%n",
        args[2], operation, size, ratios.size(), quantile(before, 2), quantile(after, 2),
        quantile(ratios, 2), quantile(ratios, 1), quantile(ratios, 3));
  }

  /**
   * A benchmark of {@code dialect} in one build, set up on a generated file of {@code size} bytes
   * as JMH sets it up, with {@code operation} ready to run on it.
   */
  private static Build build(ClassLoader loader, String dialect, int size, String operation)
      throws Exception {
    Class<?> type = loader.loadClass("dev.ntplint.bench." + dialect + "ParseBenchmark");
    Object benchmark = type.getDeclaredConstructor().newInstance();
    type.getField("size").setInt(benchmark, size);
    type.getMethod("setup").invoke(benchmark);
    if (!operation.equals("lint")) {
      return new Build(type.getMethod(operation), benchmark, null, null);
    }
    // The lint of a model read just before, untimed, as in parseAndLint (and not of one model
    // kept for the whole run: where each build's model lies in the heap then favoured one build
    // by ~3% when a build was compared with itself).
    Class<?> parsed = loader.loadClass(type.getName() + "$Parsed");
    Object model = parsed.getDeclaredConstructor().newInstance();
    return new Build(type.getMethod("lint", parsed), benchmark, model,
        parsed.getMethod("setup", type));
  }

  /** The {@code q}th quartile (2: the median) of {@code values}. */
  private static double quantile(List<Double> values, int q) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, sorted.size() * q / 4));
  }
}

package dev.ntplint.chrony.properties;

import java.util.concurrent.atomic.AtomicInteger;
import org.quicktheories.QuickTheory;

/**
 * Shared QuickTheories settings: a fixed seed (reproducible CI), bounded example counts and shrink
 * cycles, and a counter each property bumps so the number of examples it ran is printed.
 */
public final class PropertyRun {

  private final String name;
  private final int examples;
  private final AtomicInteger count = new AtomicInteger();
  private final long started = System.nanoTime();

  private PropertyRun(String name, int examples) {
    this.name = name;
    this.examples = examples;
  }

  public static PropertyRun named(String name, int examples) {
    return new PropertyRun(name, examples);
  }

  /** The QuickTheories runner for this property. */
  public QuickTheory qt() {
    return QuickTheory.qt()
        .withFixedSeed(ConfigGenerators.SEED)
        .withExamples(examples)
        .withShrinkCycles(300);
  }

  /** Call once per example, at its start. */
  public void ran() {
    count.incrementAndGet();
  }

  public int count() {
    return count.get();
  }

  /** Prints the number of examples run, for CI logs. */
  public void report() {
    System.out.printf("[property] %s: %d examples in %d ms (seed %d)%n", name, count.get(),
        (System.nanoTime() - started) / 1_000_000, ConfigGenerators.SEED);
  }
}

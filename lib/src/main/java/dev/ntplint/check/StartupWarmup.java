package dev.ntplint.check;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.internal.grammar.LexerWarmup;
import java.util.function.Supplier;

/**
 * One-time work of a short check that a second core can do while the main thread starts: for a
 * command-line run that checks a few files and exits, where that work is most of the run time.
 *
 * <p>What it does, on a daemon thread: links a lambda (the first lambda of a JVM sets up the
 * invokedynamic machinery and spins a class for non-capturing lambdas: ~5 ms, paid by whichever
 * lambda comes first), then prepares the lexer of the dialect the files most likely have (see
 * {@link LexerWarmup}; a reader that needs a lexer meanwhile waits for it). Profiled over 30
 * runs of a 1 KB chrony.conf check, the main thread's CPU fell by ~14% (issue 8, P1; the figures
 * are in bench/RESULTS.md).
 */
public final class StartupWarmup {

  private StartupWarmup() {}

  /** Starts the warm-up on a daemon thread; it never delays the process's exit. */
  public static void startInBackground(Dialect likely) {
    Thread thread = new Thread(new Task(likely), "ntplint-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  /** A named class, not a lambda: a lambda here would do the linking on the main thread. */
  private static final class Task implements Runnable {

    private final Dialect likely;

    Task(Dialect likely) {
      this.likely = likely;
    }

    @Override
    public void run() {
      // A non-capturing lambda, as most of the check's are.
      Supplier<LexerWarmup.Grammar> chrony = () -> LexerWarmup.Grammar.CHRONY;
      LexerWarmup.warm(likely == Dialect.NTP ? LexerWarmup.Grammar.NTP : chrony.get());
    }
  }
}

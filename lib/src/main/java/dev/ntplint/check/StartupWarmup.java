package dev.ntplint.check;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.internal.grammar.LexerWarmup;
import java.net.InetAddress;

/**
 * One-time work of a short check that a second core can do while the main thread starts: for a
 * command-line run that checks a few files and exits, where that work is most of the run time.
 *
 * <p>What it does, on a daemon thread: prepares the lexer of the dialect the files most likely
 * have (see {@link LexerWarmup}; a reader that needs a lexer meanwhile waits for it), then
 * initialises the JDK's {@link InetAddress}. It once
 * also linked a lambda, to pay the JVM's one-time set-up of lambdas off the main thread; a short
 * check now links none, so that would be work for nothing (issue 8, P1; the figures are in
 * bench/RESULTS.md).
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
      LexerWarmup.warm(
          likely == Dialect.NTP ? LexerWarmup.Grammar.NTP : LexerWarmup.Grammar.CHRONY);
      // Then the JDK's InetAddress, which every address of a file is read into: its class
      // initialiser loads the JVM's network library and sets up a concurrent map through
      // VarHandles, ~3 ms in the interpreter. Only JDK classes take part, so the main thread
      // meeting it half done simply waits for it.
      InetAddress.getLoopbackAddress();
    }
  }
}

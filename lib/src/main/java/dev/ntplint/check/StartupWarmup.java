package dev.ntplint.check;

import dev.ntplint.dialect.Dialect;
import dev.ntplint.format.SarifWriter;
import dev.ntplint.internal.grammar.LexerWarmup;
import java.net.InetAddress;
import java.util.List;

/**
 * One-time work of a short check that a second core can do while the main thread starts: for a
 * command-line run that checks a few files and exits, where that work is most of the run time.
 *
 * <p>What it does, on a daemon thread, for the dialect the files most likely have:
 * <ol>
 *   <li>prepares its lexer (see {@link LexerWarmup}): primes it, which a reader that needs a
 *       lexer meanwhile waits for, then fills its DFA beside that reader;
 *   <li>initialises its catalogue of names and the reader's tables ({@link #catalogue}), which
 *       the reader needs right after the lexer: ~2-3 ms of string constants and maps in the
 *       interpreter;
 *   <li>initialises the JDK's {@link InetAddress}, which every address of a file is read into:
 *       its class initialiser loads the JVM's network library and sets up a concurrent map
 *       through VarHandles, ~3 ms;
 *   <li>for a SARIF report, the digest of its fingerprints: the JDK's security providers, set
 *       up on first use, ~23 ms.
 * </ol>
 *
 * <p>Two threads initialising classes can deadlock when the initialiser of each needs a class
 * the other is initialising. The warm-up avoids that by what it initialises: JDK classes, and
 * catalogue classes whose initialisers reach ntplint classes that never reach each other both
 * ways (StartupWarmupInitTest checks this in a fresh JVM). The main thread meeting one of them
 * half done simply waits for it.
 *
 * <p>It once also linked a lambda, to pay the JVM's one-time set-up of lambdas off the main
 * thread; a short check now links none, so that would be work for nothing (issue 8, P1; the
 * figures are in bench/RESULTS.md).
 */
public final class StartupWarmup {

  private StartupWarmup() {}

  /**
   * Starts the warm-up on a daemon thread; it never delays the process's exit. With {@code
   * sarifReport}, it then also prepares the digest of the SARIF report's fingerprints ({@link
   * SarifWriter#prepareFingerprints}), which the main thread needs only at the end.
   */
  public static void startInBackground(Dialect likely, boolean sarifReport) {
    Thread thread = new Thread(new Task(likely, sarifReport), "ntplint-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  /** The catalogue classes the warm-up initialises for a dialect (binary names). */
  public static List<String> catalogue(Dialect dialect) {
    return dialect == Dialect.NTP
        ? List.of("dev.ntplint.ntp.catalog.NtpKeyword", "dev.ntplint.ntp.NtpScanner",
            "dev.ntplint.ntp.NtpGrammar")
        : List.of("dev.ntplint.chrony.catalog.ChronyDirectiveKind",
            "dev.ntplint.chrony.catalog.SourceOption");
  }

  /** A named class, not a lambda: a lambda here would do the linking on the main thread. */
  private static final class Task implements Runnable {

    private final Dialect likely;
    private final boolean sarifReport;

    Task(Dialect likely, boolean sarifReport) {
      this.likely = likely;
      this.sarifReport = sarifReport;
    }

    @Override
    public void run() {
      LexerWarmup.warm(
          likely == Dialect.NTP ? LexerWarmup.Grammar.NTP : LexerWarmup.Grammar.CHRONY);
      try {
        for (String name : catalogue(likely)) {
          Class.forName(name, true, StartupWarmup.class.getClassLoader());
        }
      } catch (ClassNotFoundException e) {
        // Preparation only: the main thread meets any real problem itself.
      }
      InetAddress.getLoopbackAddress();
      if (sarifReport) {
        SarifWriter.prepareFingerprints();
      }
    }
  }
}

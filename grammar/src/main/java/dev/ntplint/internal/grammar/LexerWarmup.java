package dev.ntplint.internal.grammar;

import dev.ntplint.internal.grammar.chrony.ChronyLexer;
import dev.ntplint.internal.grammar.ntp.NtpLexer;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * Prepares a lexer on another thread while a short-lived process does its other start-up work,
 * and keeps every lexer of the process from being made while that is unsafe.
 *
 * <p>Why: the first lexer of a process costs ~10 ms of one-time work (the class initialiser
 * deserialises the grammar's ATN; the first tokens fill the DFA that every lexer of the grammar
 * shares), a tenth of a short check's main thread (issue 8, P1). Lexing on the second core moves
 * that work off the main thread.
 *
 * <p>A warm-up has two phases:
 * <ol>
 *   <li><b>priming</b>: a short text with every token rule of every mode ({@link #primingLexer}),
 *       which initialises every class a lexer of the grammar ever initialises
 *       (LexerPrimingTest checks it in a fresh JVM);
 *   <li><b>filling</b>: a typical file ({@link #sampleLexer}), whose tokens fill the shared DFA.
 * </ol>
 *
 * <p>Why readers wait for the priming: two threads initialising ANTLR runtime classes at the same
 * time could deadlock on a cycle between class initialisers (a class whose initialiser needs a
 * subclass's). So at most one warm-up ever runs, only before the process makes its first lexer,
 * and {@link #awaitBeforeFirstLexer} (which every reader calls before it makes a lexer) waits for
 * a priming in progress and forbids any later warm-up.
 *
 * <p>Why they do not wait for the filling: once primed, lexers initialise no class, and lexers
 * on several threads share a grammar's DFA safely (ANTLR adds states and edges under locks; a
 * batch check lexes on several threads all the time). A reader that waited for the whole sample
 * waited ~12-35 ms under load; one that lexes its own file meanwhile computes the DFA edges the
 * filling has not reached yet (issue 8, P1).
 */
public final class LexerWarmup {

  /** The grammars a warm-up can prepare. */
  public enum Grammar { CHRONY, NTP }

  /** The process's one warm-up state. */
  private static final LexerWarmup PROCESS = new LexerWarmup();

  private static final String CHRONY_SAMPLE = """
      # A typical chrony.conf, for the DFA: comments, names, numbers, addresses, paths.
      pool 2.debian.pool.ntp.org iburst maxsources 4
      server 192.168.1.1 iburst minpoll 4 maxpoll 6 prefer
      server ntp.example.com nts
      ! sourcedir /run/chrony-dhcp
      ; keyfile /etc/chrony/chrony.keys
      driftfile /var/lib/chrony/chrony.drift
      makestep 1.0 3
      rtcsync
      allow 192.168.0.0/16
      deny fe80::/10
      local stratum 10 orphan
      leapsectz right/UTC
      logdir /var/log/chrony
      log measurements statistics tracking
      maxupdateskew 100.0
      hwtimestamp *
      refclock PPS /dev/pps0 lock NMEA refid GPS
      """;

  private static final String NTP_SAMPLE = """
      # A typical ntp.conf, for the DFA: comments, names, numbers, addresses, flags.
      driftfile /var/lib/ntp/ntp.drift
      statsdir /var/log/ntpstats/
      statistics loopstats peerstats clockstats
      filegen loopstats file loopstats type day enable
      pool 0.debian.pool.ntp.org iburst
      server 127.127.1.0 minpoll 4 maxpoll 6 prefer
      fudge 127.127.1.0 stratum 10
      restrict -4 default kod notrap nomodify nopeer noquery limited
      restrict -6 default kod notrap nomodify nopeer noquery limited
      restrict 127.0.0.1
      restrict ::1
      restrict 192.168.1.0 mask 255.255.255.0 nomodify notrap
      tinker panic 0
      includefile /etc/ntp/crypto/pw
      keys /etc/ntp/keys
      """;

  /**
   * Every token rule of ChronyLexer.g4 in both modes: comments of each start character, a word,
   * then the rest of the line's blanks, words (with a non-ASCII byte, which the DFA does not
   * cache) and NUL tail; a NUL tail at a line's start; a line without its newline.
   */
  private static final String CHRONY_PRIMER =
      "# c\n! c\n; c\n% c\n \tserver a \u00e9 #b\t\u0000x\n\u0000y\nz";

  /**
   * Every token rule of NtpLexer.g4 in both modes: a comment, words, a quoted word, every special
   * character and bytes above 0x7F in the token mode; after each {@code =} (string mode for the
   * next word), a word, a quoted word, and blanks, high bytes, a comment and the newline; a line
   * without its newline.
   */
  private static final String NTP_PRIMER =
      "# c\nserver a.b x\"q\" \"r\"{}(),;|\u0000 \u00e9\u0080\n"
          + "setvar a=b{c d=\"q\" e= \u0080 # c\nz";

  private final Object lock = new Object();
  /** A warm-up ran or runs, or a lexer was made: no warm-up starts any more. */
  private boolean claimed;
  /** A warm-up is priming: readers wait. */
  private boolean priming;
  /** Claimed and not priming: the readers' fast path, without the lock. */
  private volatile boolean settled;

  LexerWarmup() {}

  /**
   * Primes and then fills the lexer of {@code grammar} on the calling thread, unless a warm-up
   * already ran or a lexer was already made in this process. Any failure is dropped: this is only
   * preparation, and a reader reports whatever a real file has.
   */
  public static void warm(Grammar grammar) {
    PROCESS.run(new Runnable() {
      @Override
      public void run() {
        lexAll(primingLexer(grammar));
      }
    }, new Runnable() {
      @Override
      public void run() {
        lexAll(sampleLexer(grammar));
      }
    });
  }

  /**
   * Returns once no warm-up is priming, and makes sure none starts later; every reader calls it
   * before it makes a lexer.
   */
  public static void awaitBeforeFirstLexer() {
    PROCESS.await();
  }

  /**
   * Runs {@code prime} then {@code fill} as this state's one warm-up, or not at all. Readers wait
   * for {@code prime} only; {@code fill} is skipped when {@code prime} failed (the classes it
   * would initialise may not be initialised yet).
   */
  void run(Runnable prime, Runnable fill) {
    synchronized (lock) {
      if (claimed) {
        return;
      }
      claimed = true;
      priming = true;
    }
    boolean primed = false;
    try {
      prime.run();
      primed = true;
    } catch (RuntimeException | Error e) {
      // Preparation only: the main thread meets any real problem itself.
    } finally {
      synchronized (lock) {
        priming = false;
        settled = true;
        lock.notifyAll();
      }
    }
    if (primed) {
      try {
        fill.run();
      } catch (RuntimeException | Error e) {
        // As above.
      }
    }
  }

  void await() {
    if (settled) {
      return;
    }
    boolean interrupted = false;
    synchronized (lock) {
      claimed = true;
      while (priming) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      settled = true;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void lexAll(Lexer lexer) {
    lexer.removeErrorListeners();
    while (lexer.nextToken().getType() != Token.EOF) {
      // Each token fills the shared DFA on the way.
    }
  }

  /** A lexer over the grammar's sample: a typical file of its dialect. */
  /**
   * A lexer over the priming text of {@code grammar} (public for LexerPrimingTest, which checks
   * in a fresh JVM that lexing anything after it initialises no class).
   */
  public static Lexer primingLexer(Grammar grammar) {
    Latin1CharStream text = new Latin1CharStream(primingText(grammar), "priming");
    return Latin1LexerATNSimulator.install(
        grammar == Grammar.NTP ? new NtpLexer(text) : new ChronyLexer(text));
  }

  /** The priming text of {@code grammar}. */
  static String primingText(Grammar grammar) {
    return grammar == Grammar.NTP ? NTP_PRIMER : CHRONY_PRIMER;
  }

  /** A lexer over a typical file of {@code grammar}. */
  static Lexer sampleLexer(Grammar grammar) {
    return Latin1LexerATNSimulator.install(grammar == Grammar.NTP
        ? new NtpLexer(new Latin1CharStream(NTP_SAMPLE, "warm-up"))
        : new ChronyLexer(new Latin1CharStream(CHRONY_SAMPLE, "warm-up")));
  }
}

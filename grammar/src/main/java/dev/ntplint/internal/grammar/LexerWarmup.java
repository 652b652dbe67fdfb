package dev.ntplint.internal.grammar;

import dev.ntplint.internal.grammar.chrony.ChronyLexer;
import dev.ntplint.internal.grammar.ntp.NtpLexer;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * Prepares a lexer on another thread while a short-lived process does its other start-up work,
 * and keeps every lexer of the process from being made while that runs.
 *
 * <p>Why: the first lexer of a process costs ~10 ms of one-time work (the class initialiser
 * deserialises the grammar's ATN; the first tokens fill the DFA that every lexer of the grammar
 * shares), a tenth of a short check's main thread (issue 8, P1). Lexing a small sample on the
 * second core moves that work off the main thread.
 *
 * <p>Why the readers wait for it: two threads initialising ANTLR runtime classes at the same time
 * could deadlock on a cycle between class initialisers (a class whose initialiser needs a
 * subclass's). So at most one warm-up ever runs, only before the process makes its first lexer,
 * and {@link #awaitBeforeFirstLexer} (which every reader calls before it makes a lexer) waits for
 * a warm-up in progress and forbids any later one.
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

  private final Object lock = new Object();
  /** A warm-up ran or runs, or a lexer was made: no warm-up starts any more. */
  private boolean claimed;
  private boolean running;
  /** Claimed and not running: the readers' fast path, without the lock. */
  private volatile boolean settled;

  LexerWarmup() {}

  /**
   * Lexes a sample of {@code grammar} on the calling thread, unless a warm-up already ran or a
   * lexer was already made in this process. Any failure is dropped: this is only preparation,
   * and a reader reports whatever a real file has.
   */
  public static void warm(Grammar grammar) {
    PROCESS.run(new Runnable() {
      @Override
      public void run() {
        lexSample(grammar);
      }
    });
  }

  /**
   * Returns once no warm-up runs, and makes sure none starts later; every reader calls it before
   * it makes a lexer.
   */
  public static void awaitBeforeFirstLexer() {
    PROCESS.await();
  }

  /** Runs {@code work} as this state's one warm-up, or not at all. */
  void run(Runnable work) {
    synchronized (lock) {
      if (claimed) {
        return;
      }
      claimed = true;
      running = true;
    }
    try {
      work.run();
    } catch (RuntimeException | Error e) {
      // Preparation only: the main thread meets any real problem itself.
    } finally {
      synchronized (lock) {
        running = false;
        settled = true;
        lock.notifyAll();
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
      while (running) {
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

  private static void lexSample(Grammar grammar) {
    Lexer lexer = sampleLexer(grammar);
    lexer.removeErrorListeners();
    while (lexer.nextToken().getType() != Token.EOF) {
      // Each token fills the shared DFA on the way.
    }
  }

  /** A lexer over the grammar's sample: a typical file of its dialect. */
  static Lexer sampleLexer(Grammar grammar) {
    return grammar == Grammar.NTP
        ? new NtpLexer(new Latin1CharStream(NTP_SAMPLE, "warm-up"))
        : new ChronyLexer(new Latin1CharStream(CHRONY_SAMPLE, "warm-up"));
  }
}

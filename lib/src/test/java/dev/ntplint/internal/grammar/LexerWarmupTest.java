package dev.ntplint.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.internal.grammar.LexerWarmup.Grammar;
import dev.ntplint.internal.grammar.chrony.ChronyLexer;
import dev.ntplint.internal.grammar.ntp.NtpLexer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link LexerWarmup}: at most one warm-up, never once a lexer was made, and a reader waits for
 * the priming of one in progress, not for its filling (each test uses its own state, not the
 * process's).
 */
class LexerWarmupTest {

  private static final Runnable NOTHING = () -> { };

  @Test
  void aReaderWaitsForThePrimingInProgress() throws Exception {
    LexerWarmup warmup = new LexerWarmup();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread warming = new Thread(() -> warmup.run(() -> {
      started.countDown();
      awaitQuietly(release);
    }, NOTHING));
    warming.start();
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    Thread reader = new Thread(warmup::await);
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (reader.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertThat(reader.getState()).as("the reader waits while the warm-up primes")
        .isEqualTo(Thread.State.WAITING);

    release.countDown();
    reader.join(TimeUnit.SECONDS.toMillis(10));
    warming.join(TimeUnit.SECONDS.toMillis(10));
    assertThat(reader.isAlive()).as("the reader goes on once the warm-up ended").isFalse();
  }

  @Test
  void aReaderDoesNotWaitForTheFilling() throws Exception {
    LexerWarmup warmup = new LexerWarmup();
    CountDownLatch filling = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread warming = new Thread(() -> warmup.run(NOTHING, () -> {
      filling.countDown();
      awaitQuietly(release);
    }));
    warming.start();
    assertThat(filling.await(10, TimeUnit.SECONDS)).isTrue();
    Thread reader = new Thread(warmup::await);
    reader.start();
    reader.join(TimeUnit.SECONDS.toMillis(10));
    assertThat(reader.isAlive()).as("the reader went on while the warm-up fills").isFalse();
    assertThat(warming.isAlive()).as("the filling still runs").isTrue();
    release.countDown();
    warming.join(TimeUnit.SECONDS.toMillis(10));
  }

  @Test
  void noWarmupStartsOnceALexerWasMade() {
    LexerWarmup warmup = new LexerWarmup();
    warmup.await();
    AtomicInteger runs = new AtomicInteger();
    warmup.run(runs::incrementAndGet, runs::incrementAndGet);
    assertThat(runs).hasValue(0);
  }

  @Test
  void atMostOneWarmupRuns() {
    LexerWarmup warmup = new LexerWarmup();
    AtomicInteger runs = new AtomicInteger();
    warmup.run(runs::incrementAndGet, runs::incrementAndGet);
    warmup.run(runs::incrementAndGet, runs::incrementAndGet);
    assertThat(runs).hasValue(2);
  }

  @Test
  void aFailedPrimingReleasesTheReadersAndSkipsTheFilling() throws Exception {
    LexerWarmup warmup = new LexerWarmup();
    AtomicInteger fills = new AtomicInteger();
    warmup.run(() -> {
      throw new IllegalStateException("broken priming");
    }, fills::incrementAndGet);
    Thread reader = new Thread(warmup::await);
    reader.start();
    reader.join(TimeUnit.SECONDS.toMillis(10));
    assertThat(reader.isAlive()).isFalse();
    assertThat(fills).as("no filling after a failed priming").hasValue(0);
  }

  /**
   * The priming text has every token rule of every mode: the tokens as the lexer matched them
   * (chrony.conf's rule, before its emit() maps the rest-of-line rules to the plain ones; ntp.conf's
   * type after its type() actions, with the mode it was lexed in).
   */
  @Test
  void thePrimingTextHasEveryTokenRuleOfEveryMode() {
    Set<String> chrony = new TreeSet<>();
    lexAll(new ChronyLexer(primingStream(Grammar.CHRONY)) {
      @Override
      public Token emit() {
        chrony.add(getVocabulary().getSymbolicName(getType()));
        return super.emit();
      }
    });
    Set<String> ruleNames = new TreeSet<>(Arrays.asList(
        ChronyLexer.ruleNames));
    assertThat(chrony).isEqualTo(ruleNames);

    Set<String> ntp = new TreeSet<>();
    lexAll(new NtpLexer(primingStream(Grammar.NTP)) {
      @Override
      public Token emit() {
        ntp.add(modeNames[_mode] + " " + getVocabulary().getSymbolicName(getType()));
        return super.emit();
      }
    });
    assertThat(ntp).containsExactlyInAnyOrder(
        "DEFAULT_MODE NEWLINE", "DEFAULT_MODE WS", "DEFAULT_MODE COMMENT", "DEFAULT_MODE IGNORED",
        "DEFAULT_MODE SPECIAL", "DEFAULT_MODE QUOTED", "DEFAULT_MODE WORD",
        "STRING_MODE NEWLINE", "STRING_MODE WS", "STRING_MODE COMMENT", "STRING_MODE IGNORED",
        "STRING_MODE QUOTED", "STRING_MODE FORCED_WORD");
  }

  private static Latin1CharStream primingStream(Grammar grammar) {
    return new Latin1CharStream(LexerWarmup.primingText(grammar), "priming");
  }

  private static void lexAll(Lexer lexer) {
    lexer.removeErrorListeners();
    while (lexer.nextToken().getType() != Token.EOF) {
      // recorded by emit()
    }
  }

  /** The samples are typical files: every character lexes into a token, none is an error. */
  @ParameterizedTest
  @EnumSource(LexerWarmup.Grammar.class)
  void theSampleLexesWithoutErrors(LexerWarmup.Grammar grammar) {
    Lexer lexer = LexerWarmup.sampleLexer(grammar);
    List<String> errors = new ArrayList<>();
    lexer.removeErrorListeners();
    lexer.addErrorListener(new BaseErrorListener() {
      @Override
      public void syntaxError(Recognizer<?, ?> recognizer, Object symbol, int line, int column,
          String message, RecognitionException e) {
        errors.add(line + ":" + column + " " + message);
      }
    });
    int tokens = 0;
    while (lexer.nextToken().getType() != Token.EOF) {
      tokens++;
    }
    assertThat(errors).isEmpty();
    assertThat(tokens).as("a sample of some size").isGreaterThan(100);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

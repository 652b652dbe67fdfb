package dev.ntplint.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
 * one in progress (each test uses its own state, not the process's).
 */
class LexerWarmupTest {

  @Test
  void aReaderWaitsForTheWarmupInProgress() throws Exception {
    LexerWarmup warmup = new LexerWarmup();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread warming = new Thread(() -> warmup.run(() -> {
      started.countDown();
      awaitQuietly(release);
    }));
    warming.start();
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    Thread reader = new Thread(warmup::await);
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (reader.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertThat(reader.getState()).as("the reader waits while the warm-up runs")
        .isEqualTo(Thread.State.WAITING);

    release.countDown();
    reader.join(TimeUnit.SECONDS.toMillis(10));
    warming.join(TimeUnit.SECONDS.toMillis(10));
    assertThat(reader.isAlive()).as("the reader goes on once the warm-up ended").isFalse();
  }

  @Test
  void noWarmupStartsOnceALexerWasMade() {
    LexerWarmup warmup = new LexerWarmup();
    warmup.await();
    AtomicInteger runs = new AtomicInteger();
    warmup.run(runs::incrementAndGet);
    assertThat(runs).hasValue(0);
  }

  @Test
  void atMostOneWarmupRuns() {
    LexerWarmup warmup = new LexerWarmup();
    AtomicInteger runs = new AtomicInteger();
    warmup.run(runs::incrementAndGet);
    warmup.run(runs::incrementAndGet);
    assertThat(runs).hasValue(1);
  }

  @Test
  void aFailedWarmupReleasesTheReaders() throws Exception {
    LexerWarmup warmup = new LexerWarmup();
    warmup.run(() -> {
      throw new IllegalStateException("broken sample");
    });
    Thread reader = new Thread(warmup::await);
    reader.start();
    reader.join(TimeUnit.SECONDS.toMillis(10));
    assertThat(reader.isAlive()).isFalse();
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

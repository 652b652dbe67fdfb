package dev.ntplint.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link ConfinedFileSystem#readAtMost} sizes its array by the size the walk saw; whatever the
 * file holds by the time it is read (as large as seen, smaller, larger, past the limit), it must
 * give what {@code readNBytes(limit)} gives, also from a stream that hands out a few bytes per
 * read.
 */
class ReadAtMostProperties {

  @Test
  void readsWhatReadNBytesReadsWhateverSizeTheWalkSaw() {
    qt().withExamples(5_000)
        .forAll(integers().between(0, 300), integers().between(0, 300),
            integers().between(0, 300), integers().between(1, 64))
        .checkAssert((actual, expected, limit, chunk) -> {
          byte[] content = new byte[actual];
          for (int i = 0; i < actual; i++) {
            content[i] = (byte) (i * 31 + 7);
          }
          byte[] wanted = Arrays.copyOf(content, Math.min(actual, limit));
          assertThat(read(new ByteArrayInputStream(content), expected, limit))
              .as("file of %d bytes, %d seen, limit %d", actual, expected, limit)
              .isEqualTo(wanted);
          assertThat(read(new Trickle(content, chunk), expected, limit))
              .as("file of %d bytes, %d seen, limit %d, %d bytes per read", actual, expected,
                  limit, chunk)
              .isEqualTo(wanted);
        });
  }

  private static byte[] read(InputStream in, long expected, int limit) {
    try {
      return ConfinedFileSystem.readAtMost(in, expected, limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A stream that gives at most {@code chunk} bytes per read, as a pipe or slow disk may. */
  private static final class Trickle extends ByteArrayInputStream {
    private final int chunk;

    Trickle(byte[] bytes, int chunk) {
      super(bytes);
      this.chunk = chunk;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, Math.min(len, chunk));
    }
  }
}

package dev.ntplint.fuzz;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.properties.PropertyRun;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.testing.TestPaths;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Both converters on mutated conversion fixtures of testdata/convert (QuickTheories, fixed seed):
 * bit flips, shuffled lines, truncations and splices of two fixtures, each with or without a
 * fixture keys file appended after a NUL ({@link ConversionHarness}). The same properties as
 * {@link ConvertFuzzTest}; near-valid inputs reach the translators' deeper branches that random
 * bytes rarely do.
 */
class ConvertMutationProperties {

  private static final int EXAMPLES = 300;

  private enum Mutation { NONE, BIT_FLIPS, LINE_SHUFFLE, TRUNCATION, SPLICE }

  @Test
  void ntpToChronyHoldsForMutatedFixtures() {
    Path convert = TestPaths.testdata().resolve("convert");
    holdsForMutated("convert ntp->chrony on mutated fixtures", read(convert, ".ntp.conf"),
        read(convert, ".keys"), input -> {
          for (ChronyVersion target : new ChronyVersion[] {ChronyVersion.V4_3, ChronyVersion.HEAD}) {
            ConversionHarness.ntpToChrony(input, target);
          }
        });
  }

  @Test
  void chronyToNtpHoldsForMutatedFixtures() {
    Path convert = TestPaths.testdata().resolve("convert");
    List<byte[]> configs = new ArrayList<>(read(convert.resolve("tontp"), ".chrony.conf"));
    configs.addAll(read(convert, ".chrony.conf"));
    holdsForMutated("convert chrony->ntp on mutated fixtures", configs,
        read(convert.resolve("tontp"), ".keys"), input -> {
          for (NtpTarget target : new NtpTarget[] {NtpTarget.NTP_4_2_8, NtpTarget.NTPSEC_1_2}) {
            ConversionHarness.chronyToNtp(input, target);
          }
        });
  }

  private static void holdsForMutated(String name, List<byte[]> configs, List<byte[]> keys,
      Consumer<byte[]> convertAndCheck) {
    PropertyRun run = PropertyRun.named(name, EXAMPLES);
    run.qt().forAll(integers().between(0, Integer.MAX_VALUE), longs().all())
        .checkAssert((pick, seed) -> {
          run.ran();
          convertAndCheck.accept(mutated(configs, keys, pick, seed));
        });
    run.report();
  }

  /**
   * Fixture {@code pick} (modulo their number) mutated as {@code seed} says, then a NUL and a keys
   * fixture for every other seed. The mutation is drawn from the seed, so a failing example is
   * reproduced by its two numbers.
   */
  static byte[] mutated(List<byte[]> configs, List<byte[]> keys, int pick, long seed) {
    Random random = new Random(seed);
    byte[] config = configs.get(pick % configs.size());
    Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
    byte[] out = switch (mutation) {
      case NONE -> config.clone();
      case BIT_FLIPS -> flipBits(config, random);
      case LINE_SHUFFLE -> shuffleLines(config, random);
      case TRUNCATION -> java.util.Arrays.copyOf(config, random.nextInt(config.length + 1));
      case SPLICE -> splice(config, configs.get(random.nextInt(configs.size())), random);
    };
    if (keys.isEmpty() || random.nextBoolean()) {
      return out;
    }
    ByteArrayOutputStream withKeys = new ByteArrayOutputStream();
    withKeys.writeBytes(out);
    withKeys.write(0);
    byte[] keyFile = keys.get(random.nextInt(keys.size()));
    withKeys.writeBytes(random.nextBoolean() ? keyFile : flipBits(keyFile, random));
    return withKeys.toByteArray();
  }

  private static byte[] flipBits(byte[] bytes, Random random) {
    byte[] out = bytes.clone();
    int flips = bytes.length == 0 ? 0 : 1 + random.nextInt(8);
    for (int i = 0; i < flips; i++) {
      int at = random.nextInt(out.length);
      out[at] ^= (byte) (1 << random.nextInt(8));
    }
    return out;
  }

  private static byte[] shuffleLines(byte[] bytes, Random random) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(java.util.Arrays.copyOfRange(bytes, start, i + 1));
        start = i + 1;
      }
    }
    lines.add(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
    Collections.shuffle(lines, random);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    lines.forEach(out::writeBytes);
    return out.toByteArray();
  }

  private static byte[] splice(byte[] head, byte[] tail, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(head, 0, random.nextInt(head.length + 1));
    int from = random.nextInt(tail.length + 1);
    out.write(tail, from, tail.length - from);
    return out.toByteArray();
  }

  private static List<byte[]> read(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      List<byte[]> contents = new ArrayList<>();
      for (Path p : files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted()
          .toList()) {
        contents.add(Files.readAllBytes(p));
      }
      if (contents.isEmpty()) {
        throw new IllegalStateException("no " + suffix + " fixtures in " + dir);
      }
      return contents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.ntplint.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link AccessPolicy#allows} against a reference that looks at every rule for every address:
 * the longest covering rule decides (the later one of equal ranges), after chronyd's table has
 * widened each prefix to the next multiple of 4. Rules and addresses share a small part of the
 * IPv4 space (10.0.0.0/16 and its supernets), so that they nest and overlap often.
 */
class AccessPolicyProperties {

  private static final long SEED = 0x5eed_a11_0fL;

  private record Rule(int low16, int prefix, boolean allow) {
    AddressRange range() {
      return new AddressRange(AddressFamily.IPV4, BigInteger.valueOf(0x0a00_0000L | low16), prefix);
    }
  }

  private static Gen<Rule> rules() {
    return integers().between(0, 0xffff).zip(integers().between(0, 32), booleans().all(), Rule::new);
  }

  private static InetAddress ipv4(int low16) {
    byte[] b = {10, 0, (byte) (low16 >>> 8), (byte) low16};
    try {
      return InetAddress.getByAddress(b);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void longestMaskDecidesAsAScanOfEveryRule() {
    check(AccessPolicy.Matching.LONGEST_PREFIX);
  }

  @Test
  void chronydsNibbleTableDecidesAsAScanOfItsWidenedRules() {
    check(AccessPolicy.Matching.NIBBLE_TABLE);
  }

  private static void check(AccessPolicy.Matching matching) {
    qt().withFixedSeed(SEED).withExamples(400)
        .forAll(lists().of(rules()).ofSizeBetween(0, 12),
            lists().of(integers().between(0, 0xffff)).ofSizeBetween(1, 16),
            booleans().all())
        .checkAssert((rules, probes, defaultAllow) -> {
          AccessPolicy.Builder builder = AccessPolicy.builder(matching)
              .defaultAllow(AddressFamily.IPV4, defaultAllow);
          for (Rule r : rules) {
            builder.add(new AccessEntry(List.of(r.range()), Optional.empty(), r.allow(), false,
                Optional.empty()));
          }
          AccessPolicy policy = builder.build();
          for (int probe : probes) {
            InetAddress address = ipv4(probe);
            assertThat(policy.allows(address))
                .as("%s with %s", address, rules)
                .isEqualTo(reference(matching, rules, address, defaultAllow));
          }
        });
  }

  private static boolean reference(AccessPolicy.Matching matching, List<Rule> rules,
      InetAddress address, boolean defaultAllow) {
    int bestPrefix = -1;
    boolean decision = defaultAllow;
    for (Rule r : rules) {
      for (AddressRange range : widened(matching, r.range())) {
        if (range.contains(address) && range.prefix() >= bestPrefix) {
          bestPrefix = range.prefix();
          decision = r.allow();
        }
      }
    }
    return decision;
  }

  /** The entries a rule becomes: chronyd's table only has levels every 4 bits. */
  private static List<AddressRange> widened(AccessPolicy.Matching matching, AddressRange range) {
    if (matching == AccessPolicy.Matching.LONGEST_PREFIX || range.prefix() % 4 == 0) {
      return List.of(range);
    }
    int aligned = (range.prefix() / 4 + 1) * 4;
    BigInteger step = BigInteger.ONE.shiftLeft(32 - aligned);
    List<AddressRange> out = new ArrayList<>();
    for (int i = 0; i < 1 << (aligned - range.prefix()); i++) {
      out.add(new AddressRange(AddressFamily.IPV4,
          range.network().add(step.multiply(BigInteger.valueOf(i))), aligned));
    }
    return out;
  }
}

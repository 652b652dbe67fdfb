package dev.ntplint.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.SourceFile;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link AccessPolicy#allows} and {@link AccessPolicy#effective} against a reference that keeps
 * the daemon's table as a plain list and looks at every rule for every address: rules apply in
 * order, the later one of equal ranges replaces the earlier, a clearing rule (chronyd's {@code
 * all}) first removes every more specific rule inside its range, chronyd's table widens each
 * prefix to the next multiple of 4, and the longest covering rule decides. Rules and addresses
 * share a small part of the IPv4 space (10.0.0.0/16 and its supernets), so that they nest and
 * overlap often.
 */
class AccessPolicyProperties {

  private static final long SEED = 0x5eed_a11_0fL;
  /** The line every generated rule stands for: the policy tells written rules from built-in ones. */
  private static final DirectiveSyntax WRITTEN = ChronyConf.parse(
      SourceFile.ofText("t", "allow 10.0.0.0/8\n")).config().directives().get(0).syntax();

  private record Rule(int low16, int prefix, boolean allow, boolean clears) {
    AddressRange range() {
      return new AddressRange(AddressFamily.IPV4, BigInteger.valueOf(0x0a00_0000L | low16), prefix);
    }
  }

  /** A rule; one in six clears the more specific rules inside its range first. */
  private static Gen<Rule> rules() {
    return integers().between(0, 0xffff).zip(integers().between(0, 32), booleans().all(),
        integers().between(0, 5), (low16, prefix, allow, one) -> new Rule(low16, prefix, allow,
            one == 0));
  }

  private static InetAddress ipv4(long address) {
    byte[] b = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8),
        (byte) address};
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
            builder.add(new AccessEntry(List.of(r.range()), Optional.empty(), r.allow(),
                r.clears(), Optional.of(WRITTEN)));
          }
          AccessPolicy policy = builder.build();
          List<Setting> table = table(matching, rules);
          for (int probe : probes) {
            long address = 0x0a00_0000L | probe;
            assertThat(policy.allows(ipv4(address)))
                .as("%s with %s", ipv4(address), rules)
                .isEqualTo(decision(table, address, defaultAllow));
          }
          List<Integer> ineffectiveAllows = new ArrayList<>();
          List<Integer> clearingDenials = new ArrayList<>();
          List<Integer> allowsOfEverything = new ArrayList<>();
          for (int i = 0; i < rules.size(); i++) {
            boolean effective = decidesAsItSaysSomewhere(rules.get(i), table, defaultAllow);
            assertThat(policy.effective(policy.entries().get(i)))
                .as("rule %d of %s", i, rules)
                .isEqualTo(effective);
            if (rules.get(i).allow() && !effective) {
              ineffectiveAllows.add(i);
            }
            if (!rules.get(i).allow() && rules.get(i).clears()) {
              clearingDenials.add(i);
            }
            if (rules.get(i).allow() && rules.get(i).range().isEverything()) {
              allowsOfEverything.add(i);
            }
          }
          assertThat(policy.ineffectiveAllows()).as("%s", rules)
              .containsExactly(ineffectiveAllows.stream().mapToInt(Integer::intValue).toArray());
          assertThat(policy.clearingDenials()).as("%s", rules)
              .containsExactly(clearingDenials.stream().mapToInt(Integer::intValue).toArray());
          assertThat(policy.writtenAllowsOfEverything()).as("%s", rules)
              .containsExactly(allowsOfEverything.stream().mapToInt(Integer::intValue).toArray());
        });
  }

  /** One entry of the daemon's table: a range and what it decides. */
  private record Setting(AddressRange range, boolean allow) {}

  /** The table the rules leave, made by applying them one by one to a plain list. */
  private static List<Setting> table(AccessPolicy.Matching matching, List<Rule> rules) {
    List<Setting> table = new ArrayList<>();
    for (Rule r : rules) {
      for (AddressRange range : widened(matching, r.range())) {
        table.removeIf(s -> s.range().equals(range)
            || r.clears() && range.contains(s.range()));
        table.add(new Setting(range, r.allow()));
      }
    }
    return table;
  }

  private static boolean decision(List<Setting> table, long address, boolean defaultAllow) {
    int bestPrefix = -1;
    boolean decision = defaultAllow;
    AddressRange host = AddressRange.host(ipv4(address));
    for (Setting s : table) {
      if (s.range().contains(host) && s.range().prefix() > bestPrefix) {
        bestPrefix = s.range().prefix();
        decision = s.allow();
      }
    }
    return decision;
  }

  /**
   * Whether some address of the rule's range is decided as the rule says. The decision can only
   * change where a range of the table starts or ends, so those addresses (and the rule's first)
   * stand for all of them.
   */
  private static boolean decidesAsItSaysSomewhere(Rule rule, List<Setting> table,
      boolean defaultAllow) {
    AddressRange range = rule.range();
    List<Long> candidates = new ArrayList<>(List.of(first(range)));
    for (Setting s : table) {
      candidates.add(first(s.range()));
      candidates.add(last(s.range()) + 1);
    }
    for (long address : candidates) {
      if (address >= first(range) && address <= last(range)
          && decision(table, address, defaultAllow) == rule.allow()) {
        return true;
      }
    }
    return false;
  }

  private static long first(AddressRange range) {
    return range.network().longValueExact();
  }

  private static long last(AddressRange range) {
    return first(range) + (1L << (32 - range.prefix())) - 1;
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

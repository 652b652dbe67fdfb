package dev.ntplint.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Most-specific-wins access decisions, with chronyd's 4-bit table and ntpd's longest mask. */
class AccessPolicyTest {

  static AccessEntry rule(boolean allow, boolean all, String... ranges) {
    List<AddressRange> list = java.util.Arrays.stream(ranges).map(AddressRange::parse).toList();
    return new AccessEntry(list, Optional.empty(), allow, all, Optional.empty());
  }

  static InetAddress ip(String s) throws Exception {
    return InetAddress.getByName(s);
  }

  @Test
  void deniedByDefaultAndTheMostSpecificRuleWins() throws Exception {
    AccessPolicy p = AccessPolicy.builder(AccessPolicy.Matching.NIBBLE_TABLE)
        .add(rule(true, false, "192.168.0.0/16"))
        .add(rule(false, false, "192.168.5.0/24"))
        .build();
    assertThat(p.allows(ip("192.168.1.1"))).isTrue();
    assertThat(p.allows(ip("192.168.5.1"))).isFalse();
    assertThat(p.allows(ip("10.0.0.1"))).isFalse();
    assertThat(p.anyAllowed()).isTrue();
    assertThat(p.allowsEverything(AddressFamily.IPV4)).isFalse();
    assertThat(p.effective(p.entries().get(0))).isTrue();
    assertThat(p.effective(p.entries().get(1))).isTrue();
  }

  @Test
  void denyAllClearsTheMoreSpecificAllowsBeforeIt() throws Exception {
    AccessPolicy p = AccessPolicy.builder(AccessPolicy.Matching.NIBBLE_TABLE)
        .add(rule(true, false, "192.168.1.0/24"))
        .add(rule(false, true, "0.0.0.0/0", "::/0"))
        .build();
    assertThat(p.allows(ip("192.168.1.7"))).isFalse();
    assertThat(p.anyAllowed()).isFalse();
    assertThat(p.effective(p.entries().get(0))).isFalse();
  }

  @Test
  void anAllowAfterDenyAllStillCounts() throws Exception {
    AccessPolicy p = AccessPolicy.builder(AccessPolicy.Matching.NIBBLE_TABLE)
        .add(rule(false, true, "0.0.0.0/0", "::/0"))
        .add(rule(true, false, "10.0.0.0/8"))
        .build();
    assertThat(p.allows(ip("10.1.2.3"))).isTrue();
    assertThat(p.effective(p.entries().get(1))).isTrue();
  }

  @Test
  void chronydsTableLetsALaterShorterRuleOverwriteALongerOneOnTheSameLevel() throws Exception {
    // deny /12 then allow /10: chronyd expands the /10 into four /12 entries, overwriting the deny.
    AccessPolicy chrony = AccessPolicy.builder(AccessPolicy.Matching.NIBBLE_TABLE)
        .add(rule(false, false, "10.0.0.0/12"))
        .add(rule(true, false, "10.0.0.0/10"))
        .build();
    assertThat(chrony.allows(ip("10.0.0.1"))).isTrue();
    AccessPolicy ntpd = AccessPolicy.builder(AccessPolicy.Matching.LONGEST_PREFIX)
        .add(rule(false, false, "10.0.0.0/12"))
        .add(rule(true, false, "10.0.0.0/10"))
        .build();
    assertThat(ntpd.allows(ip("10.0.0.1"))).isFalse();
    assertThat(ntpd.allows(ip("10.32.0.1"))).isTrue();
  }

  @Test
  void anAllowCompletelyCoveredByDeniesIsIneffective() throws Exception {
    AccessPolicy p = AccessPolicy.builder(AccessPolicy.Matching.LONGEST_PREFIX)
        .add(rule(true, false, "10.0.0.0/8"))
        .add(rule(false, false, "10.0.0.0/9"))
        .add(rule(false, false, "10.128.0.0/9"))
        .build();
    assertThat(p.effective(p.entries().get(0))).isFalse();
    assertThat(p.anyAllowed()).isFalse();
  }

  @Test
  void ntpdServesEveryoneByDefault() throws Exception {
    AccessPolicy p = AccessPolicy.builder(AccessPolicy.Matching.LONGEST_PREFIX)
        .defaultAllow(AddressFamily.IPV4, true).defaultAllow(AddressFamily.IPV6, true)
        .add(rule(false, false, "192.0.2.0/24"))
        .build();
    assertThat(p.allowsEverything(AddressFamily.IPV4)).isTrue();
    assertThat(p.allows(ip("192.0.2.1"))).isFalse();
    assertThat(p.allows(ip("2001:db8::1"))).isTrue();
  }

  @Test
  void unresolvedHostNamesCountUntilADenyAllClearsThem() {
    AccessEntry host = new AccessEntry(List.of(), Optional.of("ntp.example.com"), true, false,
        Optional.empty());
    AccessPolicy kept = AccessPolicy.builder(AccessPolicy.Matching.NIBBLE_TABLE).add(host).build();
    assertThat(kept.anyAllowed()).isTrue();
    AccessPolicy cleared = AccessPolicy.builder(AccessPolicy.Matching.NIBBLE_TABLE).add(host)
        .add(rule(false, true, "0.0.0.0/0", "::/0")).build();
    assertThat(cleared.anyAllowed()).isFalse();
  }

  @Test
  void rangesPrintInTheirShortForm() {
    assertThat(AddressRange.parse("2001:db8:0:0::/32").toString()).isEqualTo("2001:db8::/32");
    assertThat(AddressRange.parse("::1").toString()).isEqualTo("::1/128");
    assertThat(AddressRange.parse("10.1.2.3/8").toString()).isEqualTo("10.0.0.0/8");
    assertThat(AddressRange.parse("127.0.0.1").isLoopback()).isTrue();
    assertThat(AddressRange.parse("::1").isLoopback()).isTrue();
    assertThat(AddressRange.parse("192.168.0.0/16").contains(AddressRange.parse("192.168.3.0/24")))
        .isTrue();
  }

  @Test
  void aBuiltPolicyStaysAsItWasWhenItsBuilderGoesOn() throws Exception {
    // build() hands the builder's tables to the policy: a later change must copy them first.
    AccessPolicy.Builder builder = AccessPolicy.builder(AccessPolicy.Matching.NIBBLE_TABLE)
        .add(rule(true, false, "192.168.0.0/16"));
    AccessPolicy first = builder.build();
    builder.add(rule(false, true, "0.0.0.0/0"))
        .add(rule(true, false, "10.0.0.0/8"))
        .defaultAllow(AddressFamily.IPV6, true);
    AccessPolicy second = builder.build();
    builder.add(rule(true, false, "172.16.0.0/12"));

    assertThat(first.entries()).hasSize(1);
    assertThat(first.allows(ip("192.168.1.1"))).isTrue();
    assertThat(first.allows(ip("10.1.2.3"))).isFalse();
    assertThat(first.allows(ip("2001:db8::1"))).isFalse();
    assertThat(second.entries()).hasSize(3);
    assertThat(second.allows(ip("192.168.1.1"))).isFalse();
    assertThat(second.allows(ip("10.1.2.3"))).isTrue();
    assertThat(second.allows(ip("172.16.0.1"))).isFalse();
    assertThat(second.allows(ip("2001:db8::1"))).isTrue();
    assertThat(builder.build().allows(ip("172.16.0.1"))).isTrue();
  }
}

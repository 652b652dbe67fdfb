package dev.ntplint.ntp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ntplint.ntp.catalog.AssociationOption;
import dev.ntplint.ntp.catalog.FudgeFactor;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.RefclockDriver;
import dev.ntplint.ntp.catalog.RestrictFlag;
import dev.ntplint.ntp.catalog.TosOption;
import dev.ntplint.ntp.model.AddressFamily;
import dev.ntplint.ntp.model.Association;
import dev.ntplint.ntp.model.AssociationType;
import dev.ntplint.ntp.model.FileSetting;
import dev.ntplint.ntp.model.Fudge;
import dev.ntplint.ntp.model.Include;
import dev.ntplint.ntp.model.InvalidDirective;
import dev.ntplint.ntp.model.NtpConfig;
import dev.ntplint.ntp.model.Refclock;
import dev.ntplint.ntp.model.Restrict;
import dev.ntplint.ntp.model.RestrictTarget;
import dev.ntplint.ntp.model.Tos;
import dev.ntplint.ntp.model.TrustedKey;
import dev.ntplint.ntp.model.UnknownDirective;
import dev.ntplint.source.SourceFile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The typed model: what each family of commands reads into. */
class NtpModelTest {

  private static NtpConfig parse(String text, NtpTarget target) {
    return NtpConf.parse(SourceFile.ofText("ntp.conf", text), target).config();
  }

  /** byType answers from a table made once: the first driver of each type, none outside. */
  @Test
  void everyTypeFindsTheFirstDriverOfThatType() {
    for (int type = -2; type < 300; type++) {
      Optional<RefclockDriver> first = Optional.empty();
      for (RefclockDriver d : RefclockDriver.values()) {
        if (d.type() == type) {
          first = Optional.of(d);
          break;
        }
      }
      assertThat(RefclockDriver.byType(type)).as("type %d", type).isEqualTo(first);
    }
    assertThat(RefclockDriver.byType(28)).contains(RefclockDriver.SHM);
    assertThat(RefclockDriver.byType(15)).isEmpty();
  }

  @Test
  void associationsWithTheirOptionsAndRefclockAddresses() {
    NtpConfig c = parse("server -6 ntp.example.com iburst minpoll 4 key 0x1F\n"
        + "pool pool.ntp.org\nserver 127.127.28.1 mode 1 prefer\n", NtpTarget.NTP_4_2_8);
    var a = c.directives(Association.class);
    assertThat(a).extracting(Association::type)
        .containsExactly(AssociationType.SERVER, AssociationType.POOL, AssociationType.SERVER);
    assertThat(a.get(0).address().family()).contains(AddressFamily.IPV6);
    assertThat(a.get(0).address().hostName()).contains("ntp.example.com");
    assertThat(a.get(0).has(AssociationOption.IBURST)).isTrue();
    assertThat(a.get(0).option(AssociationOption.MINPOLL).orElseThrow().intValue()).isEqualTo(4);
    assertThat(a.get(0).option(AssociationOption.KEY).orElseThrow().intValue()).isEqualTo(31);
    assertThat(a.get(2).refclock().orElseThrow().driver()).contains(RefclockDriver.SHM);
    assertThat(a.get(2).refclock().orElseThrow().unit()).isEqualTo(1);
  }

  @Test
  void ntpsecRefclockByNameIsAddressedAs127127TypeUnit() {
    NtpConfig c = parse("refclock SHM unit 2 refid GPS time1 0.1\n", NtpTarget.NTPSEC_1_2);
    Refclock r = c.directives(Refclock.class).get(0);
    assertThat(r.driver()).contains(RefclockDriver.SHM);
    assertThat(r.address().orElseThrow().address()).isEqualTo("127.127.28.2");
    assertThat(r.option(AssociationOption.REFID).orElseThrow().textValue()).isEqualTo("GPS");
    assertThat(r.option(AssociationOption.TIME1).orElseThrow().doubleValue()).isEqualTo(0.1);
  }

  @Test
  void restrictTargetsMasksAndFlags() {
    NtpConfig c = parse("restrict -4 default kod limited noquery\nrestrict source nomodify\n"
        + "restrict 192.168.1.0 mask 255.255.255.0 ippeerlimit 3 notrust\n", NtpTarget.NTP_4_2_8);
    var r = c.directives(Restrict.class);
    assertThat(r.get(0).target()).isEqualTo(new RestrictTarget.Default(Optional.of(AddressFamily.IPV4)));
    assertThat(r.get(0).has(RestrictFlag.LIMITED)).isTrue();
    assertThat(r.get(1).target()).isInstanceOf(RestrictTarget.Source.class);
    assertThat(r.get(2).mask().orElseThrow().text()).isEqualTo("255.255.255.0");
    assertThat(r.get(2).ippeerlimit()).isPresent();
  }

  @Test
  void aRejectedCommandKeepsWhatNtpdAppliesAnyway() {
    NtpParseResult result = NtpConf.parse(SourceFile.ofText("ntp.conf",
        "restrict default NOQUERY\n"), NtpTarget.NTP_4_2_8);
    InvalidDirective invalid = result.config().directives(InvalidDirective.class).get(0);
    assertThat(invalid.command()).contains(NtpDirectiveKind.RESTRICT);
    Restrict applied = (Restrict) invalid.applied().orElseThrow();
    assertThat(applied.isDefault()).isTrue();
    assertThat(applied.flags()).isEmpty();
    assertThat(result.config().effectiveDirectives()).containsExactly(applied);
    assertThat(result.diagnostics().get(0).message()).contains("open default restriction");
    assertThat(result.diagnostics().get(0).suggestion()).contains("noquery");
  }

  @Test
  void fudgeTosTrustedkeyIncludeAndFiles() {
    NtpConfig c = parse("fudge 127.127.1.0 stratum 10 flag1 true\ntos minclock 3 orphan 10\n"
        + "trustedkey 1 ( 3 ... 5 )\nincludefile /etc/ntp/extra.conf server 192.0.2.1\n"
        + "driftfile /var/lib/ntp/drift\nkeys /etc/ntp.keys\nsever x\n", NtpTarget.ANY);
    Fudge f = c.directives(Fudge.class).get(0);
    assertThat(f.refclock().orElseThrow().isLocalClock()).isTrue();
    assertThat(f.factor(FudgeFactor.STRATUM).orElseThrow().intValue()).isEqualTo(10);
    assertThat(f.factor(FudgeFactor.FLAG1).orElseThrow().booleanValue()).isTrue();
    assertThat(c.directives(Tos.class).get(0).option(TosOption.ORPHAN)).isPresent();
    TrustedKey t = c.directives(TrustedKey.class).get(0);
    assertThat(t.trusts(4)).isTrue();
    assertThat(t.trusts(2)).isFalse();
    Include inc = c.directives(Include.class).get(0);
    assertThat(inc.path().text()).isEqualTo("/etc/ntp/extra.conf");
    assertThat(inc.trailing().orElseThrow()).isInstanceOf(Association.class);
    assertThat(c.directives(FileSetting.class)).extracting(FileSetting::command)
        .containsExactly(NtpDirectiveKind.DRIFTFILE, NtpDirectiveKind.KEYS);
    assertThat(c.keysFile()).contains("/etc/ntp.keys");
    assertThat(c.directives(UnknownDirective.class)).hasSize(1);
  }

  @Test
  void theKeysFileIsTheLastKeysLineBeforeEnd() {
    NtpConfig c = parse("keys /etc/a.keys\nkeys /etc/b.keys\nend\nkeys /etc/late.keys\n",
        NtpTarget.NTPSEC_1_2);
    assertThat(c.keysFile()).contains("/etc/b.keys");
  }
}

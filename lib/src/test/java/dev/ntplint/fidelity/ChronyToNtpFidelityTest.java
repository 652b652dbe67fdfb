package dev.ntplint.fidelity;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.chrony.model.ChronyConfig;
import dev.ntplint.convert.Conversion;
import dev.ntplint.convert.Distro;
import dev.ntplint.convert.NtpConversionOptions;
import dev.ntplint.convert.tontp.ChronyToNtp;
import dev.ntplint.fidelity.ConverterLeg.Outcome;
import dev.ntplint.ntp.NtpConf;
import dev.ntplint.ntp.NtpFlavour;
import dev.ntplint.ntp.NtpParseResult;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.ntp.Ntpsec;
import dev.ntplint.source.SourceFile;
import dev.ntplint.testing.Chronyd;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reverse converter leg of the fidelity harness: generated chrony.conf files ({@link
 * ChronyConfGen#singleFiles()}, six in ten {@link ChronyConfGen#mostlyValid()}: single files, as
 * {@code convert} reads one file like the command line does) that
 * {@code chronyd -p} 4.3 accepts, and ntplint too for {@code --target chrony-4.3}, are converted to
 * ntp.conf twice:
 * <ul>
 *   <li>for NTPsec: NTPsec 1.2's ntpd (scripts/ntpsec-parse.sh) must report no syntax error, and
 *       ntplint's {@code --target ntpsec-1.2} verdict on the output must be NTPsec's;</li>
 *   <li>for classic ntpd 4.2.8: ntplint's {@code --target ntp-4.2.8} verdict must accept it (there
 *       is no classic ntpd oracle here).</li>
 * </ul>
 * The outputs are read as the command line converts, with the newest chrony grammar; keys files
 * are left out (a {@code keyfile} of the case would name a file of the host).
 *
 * <p>System properties, prefixed {@code ntplint.fidelity.reverse.}: {@code cases} (default
 * {@value #DEFAULT_CASES}), {@code seed}, {@code threads} (32: ntpd idles a second on each
 * accepted input). Without chronyd or NTPsec the test is skipped, or fails with {@code
 * -Dntplint.oracles=required}.
 */
class ChronyToNtpFidelityTest {

  static final int DEFAULT_CASES = 1500;

  @TempDir
  Path root;

  @Test
  void conversionsOfAcceptedChronyConfsPassNtpsecAndNtplint() throws Exception {
    Path chronyd = Chronyd.require();
    Ntpsec.require(root);
    int threads = Integer.getInteger("ntplint.fidelity.reverse.threads", 32);
    ConverterLeg.run(new ConverterLeg.Leg<>("fidelity-reverse",
        "chrony.conf -> ntp.conf (NTPsec 1.2 ntpd and ntplint --target ntpsec-1.2; ntplint"
            + " --target ntp-4.2.8)",
        "chronyd 4.3 -p or ntplint --target chrony-4.3 rejects the input",
        (c, dir, applyKnown) -> judge(chronyd, c, dir),
        ChronyConfGen.singleFiles().mix(ChronyConfGen.mostlyValid(), 60)), root,
        Integer.getInteger("ntplint.fidelity.reverse.cases", DEFAULT_CASES),
        Long.getLong("ntplint.fidelity.reverse.seed", ChronydFidelityTest.SEED), threads,
        4 * threads);
  }

  static ConverterLeg.Result<ChronyCase> judge(Path chronyd, ChronyCase c, Path dir)
      throws Exception {
    Path main = dir.resolve(ChronyCase.MAIN);
    SourceFile source = SourceFile.of(ChronyCase.MAIN, Files.readAllBytes(main));
    if (ChronyConf.parse(source, ChronyVersion.V4_3).rejected()
        || !Chronyd.parse(chronyd, main, dir).accepted()) {
      return ConverterLeg.Result.of(c, Outcome.SKIPPED_INPUT_REJECTED);
    }
    var config = ChronyConf.parse(source, ChronyVersion.NEWEST).config();

    String forNtpsec = convert(config, NtpFlavour.NTPSEC);
    Path out = dir.resolve("converted.ntp.conf");
    Files.writeString(out, forNtpsec, StandardCharsets.UTF_8);
    Ntpsec.Verdict verdict = Ntpsec.parse(out);
    NtpParseResult ours = NtpConf.parse(SourceFile.of("converted.ntp.conf",
        forNtpsec.getBytes(StandardCharsets.UTF_8)), NtpTarget.NTPSEC_1_2);
    if (verdict.rejected()) {
      return new ConverterLeg.Result<>(c, Outcome.DAEMON_REJECTS_OUTPUT, "NTPsec: "
          + verdict.messages() + "; ntplint --target ntpsec-1.2 "
          + (ours.rejected() ? "rejects it too" : "accepts it") + "\n" + forNtpsec);
    }
    if (ours.rejected()) {
      return new ConverterLeg.Result<>(c, Outcome.NTPLINT_REJECTS_OUTPUT,
          "ntplint --target ntpsec-1.2: " + ours.diagnostics() + "\n" + forNtpsec);
    }

    String forClassic = convert(config, NtpFlavour.CLASSIC);
    NtpParseResult classic = NtpConf.parse(SourceFile.of("converted.ntp.conf",
        forClassic.getBytes(StandardCharsets.UTF_8)), NtpTarget.NTP_4_2_8);
    if (classic.rejected()) {
      return new ConverterLeg.Result<>(c, Outcome.NTPLINT_REJECTS_OUTPUT,
          "ntplint --target ntp-4.2.8: " + classic.diagnostics() + "\n" + forClassic);
    }
    return ConverterLeg.Result.of(c, Outcome.ACCEPTED);
  }

  private static String convert(ChronyConfig config,
      NtpFlavour flavour) {
    Conversion conversion = ChronyToNtp.convert(config, Optional.empty(),
        new NtpConversionOptions(flavour, Distro.DEBIAN));
    return conversion.output();
  }
}

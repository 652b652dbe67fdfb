package dev.ntplint.fidelity;

import dev.ntplint.chrony.ChronyConf;
import dev.ntplint.chrony.ChronyVersion;
import dev.ntplint.convert.ChronyConversionOptions;
import dev.ntplint.convert.Conversion;
import dev.ntplint.convert.tochrony.NtpToChrony;
import dev.ntplint.fidelity.ConverterLeg.Outcome;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpIncludes;
import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.source.SourceFile;
import dev.ntplint.testing.Chronyd;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The converter leg of the fidelity harness: generated ntp.conf files ({@link NtpConfGen}, seven in
 * ten from {@link NtpConfGen#mostlyValidCases()}) that
 * ntplint accepts for {@code --target ntpsec-1.2}, converted by the ntp-to-chrony converter for
 * chrony 4.3, must give a chrony.conf that {@code chronyd -p} accepts, and ntplint's own verdict on
 * that output ({@code --target chrony-4.3}) must be chronyd's.
 *
 * <p>The input side is decided by ntplint's verdict rather than by running ntpd: ntpd takes a
 * second a file, and {@link NtpsecFidelityTest} already holds ntplint's ntpsec-1.2 verdict to
 * NTPsec's. Cases ntplint rejects are skipped and counted. System properties, prefixed {@code
 * ntplint.fidelity.convert.}: {@code cases} (default {@value #DEFAULT_CASES}), {@code seed},
 * {@code threads} (4). Without chronyd the test is skipped, or fails with {@code
 * -Dntplint.oracles=required}.
 */
class ConverterFidelityTest {

  static final int DEFAULT_CASES = 5000;

  @TempDir
  Path root;

  @Test
  void conversionsOfAcceptedNtpConfsPassChronydAndNtplint() throws Exception {
    Path chronyd = Chronyd.require();
    int threads = Integer.getInteger("ntplint.fidelity.convert.threads", 4);
    ConverterLeg.run(new ConverterLeg.Leg<>("fidelity-convert",
        "ntp.conf -> chrony.conf (chronyd 4.3 -p, ntplint --target chrony-4.3)",
        "ntplint rejects the input for ntpsec-1.2", (c, dir, applyKnown) -> judge(chronyd, c, dir),
        // Seven cases in ten mostly valid, so that most reach the converter; the rest from the
        // NTPsec harness's generator, include trees and near-valid lines included.
        NtpConfGen.cases().mix(NtpConfGen.mostlyValidCases(), 70)), root,
        Integer.getInteger("ntplint.fidelity.convert.cases", DEFAULT_CASES),
        Long.getLong("ntplint.fidelity.convert.seed", ChronydFidelityTest.SEED), threads,
        64 * threads);
  }

  /** Reads the case as ntplint --target ntpsec-1.2 would, converts it and asks both parsers. */
  static ConverterLeg.Result<NtpCase> judge(Path chronyd, NtpCase c, Path dir) throws Exception {
    Path file = dir.resolve(NtpCase.MAIN);
    // Rooted in the case directory: an include of the generated file never reaches the host.
    NtpIncludes.Options options = new NtpIncludes.Options(NtpTarget.NTPSEC_1_2,
        NtpFiles.rooted(dir), "/");
    NtpConfigSet set = NtpIncludes.read(SourceFile.of(NtpCase.MAIN, Files.readAllBytes(file)),
        Optional.of(file), options);
    if (set.rejected()) {
      return ConverterLeg.Result.of(c, Outcome.SKIPPED_INPUT_REJECTED);
    }
    Conversion conversion = NtpToChrony.convert(set,
        ChronyConversionOptions.defaults().withTarget(ChronyVersion.V4_3));
    Path out = dir.resolve("converted.chrony.conf");
    Files.writeString(out, conversion.output(), StandardCharsets.UTF_8);
    Chronyd.Verdict verdict = Chronyd.parse(chronyd, out, dir);
    var ours = ChronyConf.parse(SourceFile.of("converted.chrony.conf",
        conversion.output().getBytes(StandardCharsets.UTF_8)), ChronyVersion.V4_3);
    if (!verdict.accepted()) {
      return new ConverterLeg.Result<>(c, Outcome.DAEMON_REJECTS_OUTPUT, "chronyd -p: "
          + verdict.stderr().strip() + "; ntplint --target chrony-4.3 "
          + (ours.rejected() ? "rejects it too" : "accepts it") + "\n" + conversion.output());
    }
    if (ours.rejected()) {
      return new ConverterLeg.Result<>(c, Outcome.NTPLINT_REJECTS_OUTPUT, ours.diagnostics()
          + "\n" + conversion.output());
    }
    return ConverterLeg.Result.of(c, Outcome.ACCEPTED);
  }
}

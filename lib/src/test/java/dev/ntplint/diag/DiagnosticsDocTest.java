package dev.ntplint.diag;

import dev.ntplint.chrony.ChronyDiagnosticCode;
import dev.ntplint.chrony.keys.ChronyKeysDiagnosticCode;
import dev.ntplint.ntp.NtpDiagnosticCode;
import dev.ntplint.testing.Fixtures;
import dev.ntplint.testing.TestPaths;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/diagnostics.md lists every diagnostic code of both dialects, generated from the code enums. */
class DiagnosticsDocTest {

  @Test
  void diagnosticsPageListsEveryCode() throws Exception {
    StringBuilder md = new StringBuilder();
    md.append("# Diagnostics\n\n")
        .append("Codes that ntplint's parsers report. Generated from the code enums by\n")
        .append("`mvn -pl lib test -Dntplint.updateGoldens=true`; do not edit by hand.\n\n")
        .append("\"Rejects\" means the target daemon's own parser refuses the file because of it\n")
        .append("(`chronyd -p` exits 1): `ntplint parse` then exits 1.\n\n")
        .append("## chrony.conf\n\n");
    table(md, ChronyDiagnosticCode.values());
    md.append("\n## ntp.conf\n\n")
        .append("\"Rejects\" here means the target ntpd logs a syntax error (or stops) while reading.\n\n");
    table(md, NtpDiagnosticCode.values());
    md.append("\n## chrony key files\n\n")
        .append("chronyd skips a bad key line with a warning; nothing here stops it from starting.\n\n");
    table(md, ChronyKeysDiagnosticCode.values());
    Path page = TestPaths.testdata().getParent().resolve("docs").resolve("diagnostics.md");
    Fixtures.assertGolden(page, md.toString());
  }

  private static void table(StringBuilder md, DiagnosticCode[] codes) {
    md.append("| code | severity | rejects | meaning |\n| --- | --- | --- | --- |\n");
    for (DiagnosticCode code : codes) {
      md.append("| ").append(code.id()).append(" | ").append(code.severity().label()).append(" | ")
          .append(code.rejectsFile() ? "yes" : "no").append(" | ").append(code.summary())
          .append(" |\n");
    }
  }
}

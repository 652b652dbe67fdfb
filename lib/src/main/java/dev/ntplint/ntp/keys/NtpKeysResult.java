package dev.ntplint.ntp.keys;

import dev.ntplint.diag.Diagnostic;
import java.util.List;

/** What reading a keys file gives. Diagnostics never contain key material. */
public record NtpKeysResult(NtpKeysFile file, List<Diagnostic> diagnostics) {

  public NtpKeysResult {
    diagnostics = List.copyOf(diagnostics);
  }
}

package dev.ntplint.chrony.keys;

import dev.ntplint.diag.Diagnostic;
import java.util.List;

/** What reading a chrony key file gives. Diagnostics never contain key material. */
public record ChronyKeysResult(ChronyKeysFile file, List<Diagnostic> diagnostics) {

  public ChronyKeysResult {
    diagnostics = List.copyOf(diagnostics);
  }
}

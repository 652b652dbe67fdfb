package dev.ntplint.cli;

import dev.ntplint.diag.Diagnostic;
import dev.ntplint.json.ModelJson;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.NtpFiles;
import dev.ntplint.ntp.NtpIncludes;
import dev.ntplint.ntp.NtpTarget;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Translates the input options into library calls for ntp.conf. */
final class NtpLoading {

  private NtpLoading() {}

  /** The main file and the files it includes, read as the target ntpd reads them. */
  static NtpConfigSet load(InputOptions input, InputOptions.Input main) {
    return load(input, main, input.ntpTarget());
  }

  /** The same, read for {@code target} whatever --target says (convert's --target names the output). */
  static NtpConfigSet load(InputOptions input, InputOptions.Input main, NtpTarget target) {
    NtpFiles files = NtpFiles.of(input.fileSystem());
    NtpIncludes.Options options = new NtpIncludes.Options(target, files, "/");
    return NtpIncludes.read(main.source(), main.realPath(), options);
  }

  static void printDiagnostics(NtpConfigSet set, PrintWriter stderr) {
    for (Diagnostic d : set.allDiagnostics()) {
      stderr.println(d.format());
    }
    stderr.flush();
  }

  /** Writes every file's model as JSON, then every diagnostic (key material never appears). */
  static void writeJson(NtpConfigSet set, String target, OutputStream stdout) {
    List<ModelJson.FileModel> files = new ArrayList<>();
    for (NtpConfigSet.IncludedFile file : set.files()) {
      files.add(new ModelJson.FileModel(file.result().config().file().name(), file.depth(),
          file.result().config().directives().stream().map(d -> (Record) d).toList()));
    }
    new ModelJson(new OutputStreamWriter(stdout, StandardCharsets.UTF_8))
        .writeDocument("ntp", target, set.rejected(), files, set.allDiagnostics());
  }
}

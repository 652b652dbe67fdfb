package dev.ntplint.cli;

import dev.ntplint.chrony.ChronyPrinter;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.chrony.include.IncludedFile;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.json.ModelJson;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Translates the input options into library calls for chrony.conf. */
final class ChronyLoading {

  private ChronyLoading() {}

  /** The main file and everything it includes, resolved as chronyd resolves them. */
  static ChronyConfigTree load(InputOptions input, ConfinedFileSystem fs, InputOptions.Input main) {
    ChronyIncludeResolver resolver = new ChronyIncludeResolver(fs, input.chronyTarget());
    return main.realPath().map(real -> resolver.resolve(main.source(), real))
        .orElseGet(() -> resolver.resolve(main.source()));
  }

  /** What {@code chronyd -p} prints: every directive of the flattened configuration, normalised. */
  static byte[] flatten(ChronyConfigTree tree) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (ChronyDirective d : tree.directives()) {
      out.writeBytes(ChronyPrinter.normalisedLine(d));
    }
    return out.toByteArray();
  }

  /** Diagnostics as text lines, in reading order. */
  static void printDiagnostics(ChronyConfigTree tree, PrintWriter stderr) {
    for (Diagnostic d : tree.allDiagnostics()) {
      stderr.println(d.format());
    }
    stderr.flush();
  }

  /** Writes every file's model as JSON, then every diagnostic. */
  static void writeJson(ChronyConfigTree tree, String target, OutputStream stdout) {
    List<ModelJson.FileModel> files = new ArrayList<>();
    for (IncludedFile file : tree.files()) {
      files.add(new ModelJson.FileModel(file.displayPath(), file.depth(),
          file.result().config().directives().stream().map(d -> (Record) d).toList()));
    }
    new ModelJson(new OutputStreamWriter(stdout, StandardCharsets.UTF_8))
        .writeDocument("chrony", target, tree.rejected(), files, tree.allDiagnostics());
  }
}

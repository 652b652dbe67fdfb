package dev.ntplint.cli;

import dev.ntplint.chrony.ChronyPrinter;
import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.ChronyIncludeResolver;
import dev.ntplint.chrony.include.IncludedFile;
import dev.ntplint.chrony.keys.ChronyKeys;
import dev.ntplint.chrony.keys.ChronyKeysDiagnosticCode;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.Setting;
import dev.ntplint.diag.Diagnostic;
import dev.ntplint.diag.Diagnostics;
import dev.ntplint.fs.ConfinedFileSystem;
import dev.ntplint.json.ModelJson;
import dev.ntplint.source.SourceFile;
import dev.ntplint.view.FileLoader;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

  /**
   * Every diagnostic in reading order, then those of the key file the last {@code keyfile} names
   * (as {@code parse} reports ntpd's keys file): chronyd reads it when it starts, not with
   * {@code -p}, so its problems never make the configuration rejected.
   */
  static List<Diagnostic> diagnostics(ChronyConfigTree tree, ConfinedFileSystem fs) {
    List<Diagnostic> all = new ArrayList<>(tree.allDiagnostics());
    Setting keyfile = null;
    for (ChronyDirective d : tree.directives()) {
      if (d instanceof Setting s && s.directive() == ChronyDirectiveKind.KEYFILE) {
        keyfile = s;
      }
    }
    if (keyfile != null) {
      String path = keyfile.text();
      Optional<SourceFile> keys = FileLoader.of(fs).load(path);
      if (keys.isPresent()) {
        all.addAll(ChronyKeys.parse(keys.get()).diagnostics());
      } else {
        Diagnostics unreadable = new Diagnostics();
        unreadable.add(ChronyKeysDiagnosticCode.KEY_FILE_UNREADABLE,
            keyfile.syntax().arguments().get(0).span(), "the keyfile " + path + " cannot be"
                + " read: chronyd logs \"Could not open keyfile\" and loads no key");
        all.addAll(unreadable.list());
      }
    }
    return all;
  }

  /** Diagnostics as text lines. */
  static void printDiagnostics(List<Diagnostic> diagnostics, PrintWriter stderr) {
    for (Diagnostic d : diagnostics) {
      stderr.println(d.format());
    }
    stderr.flush();
  }

  /** Writes every file's model as JSON, then every diagnostic. */
  static void writeJson(ChronyConfigTree tree, List<Diagnostic> diagnostics, String target,
      OutputStream stdout) {
    List<ModelJson.FileModel> files = new ArrayList<>();
    for (IncludedFile file : tree.files()) {
      files.add(new ModelJson.FileModel(file.displayPath(), file.depth(),
          file.result().config().directives().stream().map(d -> (Record) d).toList()));
    }
    new ModelJson(new OutputStreamWriter(stdout, StandardCharsets.UTF_8))
        .writeDocument("chrony", target, tree.rejected(), files, diagnostics);
  }
}

package dev.ntplint.chrony;

import dev.ntplint.chrony.model.ChronyConfig;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.diag.Diagnostics;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.Span;
import dev.ntplint.source.SyntaxTree;
import dev.ntplint.source.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point for reading chrony.conf. {@link #parse} never throws for bad content: whatever the
 * bytes, it returns a model in which every byte is kept, plus diagnostics with exact positions.
 *
 * <pre>{@code
 * ChronyParseResult result = ChronyConf.parse(SourceFile.of("chrony.conf", bytes));
 * result.diagnostics().forEach(d -> System.err.println(d.format()));
 * for (NtpSource s : result.config().directives(NtpSource.class)) { ... }
 * }</pre>
 */
public final class ChronyConf {

  /** chronyd reads lines into a 2049-byte buffer and rejects a line of 2048 bytes or more. */
  public static final int MAX_LINE_LENGTH = 2048;

  private ChronyConf() {}

  /**
   * The lossless layer alone: lines and tokens as chronyd's CPS_NormalizeLine splits them. chrony
   * key files share this syntax (comments, blanks, NUL), so their reader uses it too.
   */
  public static SyntaxTree syntax(SourceFile file) {
    return ChronySyntaxReader.read(file);
  }

  /** Reads a chrony.conf for the newest chrony. */
  public static ChronyParseResult parse(SourceFile file) {
    return parse(file, ChronyVersion.NEWEST);
  }

  /** Reads a chrony.conf as the given chrony release reads it. */
  public static ChronyParseResult parse(SourceFile file, ChronyVersion target) {
    return read(file, target, false);
  }

  /**
   * Reads a {@code .sources} file (from {@code sourcedir}): only server, pool and peer lines are
   * used; chronyd silently skips everything else, and stops at a last line without newline.
   */
  public static ChronyParseResult parseSources(SourceFile file, ChronyVersion target) {
    return read(file, target, true);
  }

  private static ChronyParseResult read(SourceFile file, ChronyVersion target, boolean sourcesFile) {
    SyntaxTree tree = ChronySyntaxReader.read(file);
    Diagnostics diagnostics = new Diagnostics();
    Diagnostics directiveDiagnostics = sourcesFile ? new Diagnostics() : diagnostics;
    ChronyDirectiveReader reader = new ChronyDirectiveReader(target, directiveDiagnostics);
    // At most one directive per line: sized once, not grown (issue 8, P3).
    List<ChronyDirective> directives = new ArrayList<>(tree.lines().size());
    checkLineEndings(tree, diagnostics);
    // The first NUL byte at or after the line being read, or -1: found by String.indexOf, which
    // scans far faster than a loop over each line's bytes (that loop was ~2% of reading a file,
    // issue 8), and moved on only past a line with one, so the file is scanned once.
    String text = tree.file().latin1();
    int nul = text.indexOf('\0');
    for (SourceLine line : tree.lines()) {
      if (nul >= 0 && nul < line.start()) {
        nul = text.indexOf('\0', line.start());
      }
      checkLine(line, nul >= 0 && nul < line.end() ? nul : -1, diagnostics, sourcesFile);
      if (line.hasNoWords()) {
        continue;
      }
      DirectiveSyntax syntax = directiveSyntax(line);
      if (sourcesFile) {
        if (!line.hasNewline()) {
          diagnostics.add(ChronyDiagnosticCode.SOURCES_LINE_IGNORED, syntax.span(),
              "chronyd stops reading a .sources file at a last line without a newline; this line"
                  + " is ignored");
          continue;
        }
        String name = syntax.name().raw();
        if (!name.equalsIgnoreCase("server") && !name.equalsIgnoreCase("pool")
            && !name.equalsIgnoreCase("peer")) {
          diagnostics.add(ChronyDiagnosticCode.SOURCES_LINE_IGNORED, syntax.name().span(),
              "chronyd uses only server, pool and peer lines of a .sources file; it silently"
                  + " ignores this one");
          continue;
        }
      }
      int before = directiveDiagnostics.list().size();
      directives.add(reader.read(syntax));
      if (sourcesFile) {
        List<dev.ntplint.diag.Diagnostic> found = directiveDiagnostics.list();
        for (int i = before; i < found.size(); i++) {
          var d = found.get(i);
          if (d.rejectsFile()) {
            diagnostics.add(ChronyDiagnosticCode.SOURCES_LINE_IGNORED, d.span(),
                "chronyd silently skips this line of a .sources file: " + d.message());
          } else {
            diagnostics.addAll(List.of(d));
          }
        }
      }
    }
    ChronyConfig config = new ChronyConfig(tree, directives, target);
    return new ChronyParseResult(config, diagnostics.list());
  }

  /** A file with CRs but no LF was written with classic Mac line endings: one line to chronyd. */
  private static void checkLineEndings(SyntaxTree tree, Diagnostics diagnostics) {
    SourceFile file = tree.file();
    String text = file.latin1();
    int cr = text.indexOf('\r');
    if (cr >= 0 && cr < text.length() - 1 && text.indexOf('\n') < 0) {
      diagnostics.add(ChronyDiagnosticCode.CR_LINE_ENDINGS, new Span(file, cr, cr + 1),
          "this file separates lines with CR only; chronyd splits lines at LF, so it reads the"
              + " whole file as one line" + (tree.lines().get(0).hasNoWords()
                  ? " and, as it starts with a comment, ignores all of it" : "")
              + "; convert the line endings to LF");
    }
  }

  /** Checks a line's length and NUL byte ({@code nulAt}: its first NUL byte's offset, or -1). */
  private static void checkLine(SourceLine line, int nulAt, Diagnostics diagnostics,
      boolean sourcesFile) {
    SourceFile file = line.file();
    int length = (nulAt >= 0 ? nulAt : line.end()) - line.start();
    // fgets stops at the newline or after 2048 bytes; strlen stops at a NUL.
    if (length >= MAX_LINE_LENGTH) {
      Span span = new Span(file, line.start() + MAX_LINE_LENGTH - 1, line.contentSpan().end());
      if (sourcesFile) {
        diagnostics.add(ChronyDiagnosticCode.SOURCES_LINE_IGNORED, span,
            "a line of " + MAX_LINE_LENGTH + " bytes or more ends chronyd's reading of a .sources"
                + " file");
      } else {
        diagnostics.add(ChronyDiagnosticCode.LINE_TOO_LONG, line.contentSpan(),
            "chronyd rejects this: String too long (a line may hold at most 2047 bytes with its"
                + " newline; this one has " + (line.end() - line.start()) + ")");
      }
    }
    if (nulAt >= 0) {
      Span span = new Span(file, nulAt, line.contentSpan().end());
      diagnostics.add(ChronyDiagnosticCode.NUL_BYTE, span,
          "a NUL byte ends the line for chronyd: the " + span.length()
              + " bytes from here to the end of the line are ignored");
    }
  }

  /** The generic view of a line that has words: its name and arguments. */
  static DirectiveSyntax directiveSyntax(SourceLine line) {
    return DirectiveSyntax.ofLine(line, TokenKind.WORD);
  }
}

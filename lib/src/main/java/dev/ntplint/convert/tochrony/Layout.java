package dev.ntplint.convert.tochrony;

import dev.ntplint.convert.OutputLine;
import dev.ntplint.ntp.NtpConfigSet;
import dev.ntplint.ntp.model.Include;
import dev.ntplint.ntp.model.InvalidDirective;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.source.SourceLine;
import dev.ntplint.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the output in the input's order: each line's translation where the line was, comment
 * lines and blank lines as they were, an ntpd trailing comment ({@code server x # c}) as a comment
 * line above the translation (chrony.conf has no trailing comments), included files inlined where
 * they are included, and the lines for ntpd's built-in behaviour at the end.
 */
final class Layout {

  /** Put before a line ntpd never reads. */
  static final String UNREAD_PREFIX = "# (not read by ntpd) ";

  private final Context context;
  private final StringBuilder out = new StringBuilder();
  private int lineNumber;

  private Layout(Context context) {
    this.context = context;
  }

  static String write(Context context, String header, String appendedHeader) {
    Layout layout = new Layout(context);
    layout.line(header);
    layout.file(0);
    List<OutputLine> appended = context.appended();
    if (!appended.isEmpty()) {
      layout.line("");
      layout.line(appendedHeader);
      for (OutputLine line : appended) {
        layout.place(line, "");
      }
    }
    return layout.out.toString();
  }

  private void file(int index) {
    NtpConfigSet.IncludedFile file = context.set.files().get(index);
    List<NtpDirective> directives = file.result().config().directives();
    int next = 0;
    for (SourceLine line : file.result().config().syntax().lines()) {
      List<NtpDirective> onLine = new ArrayList<>();
      while (next < directives.size()
          && directives.get(next).syntax().line().number() == line.number()) {
        onLine.add(directives.get(next++));
      }
      String indent = indentation(line);
      if (onLine.isEmpty()) {
        String text = withoutCr(line.contentSpan().text());
        // A line with words but no directive is one ntpd never reads (after end, or after an
        // error it exits on): kept, but as a comment, as chronyd must not read it either.
        line(text.isBlank() ? "" : line.hasNoWords() ? text
            : UNREAD_PREFIX + withoutCr(Context.redactedContent(line)));
        continue;
      }
      if (line.comment().isPresent()) {
        line(indent + commentText(line.comment().get()));
      }
      for (NtpDirective d : onLine) {
        directive(d, indent);
      }
    }
  }

  private void directive(NtpDirective d, String indent) {
    if (d instanceof InvalidDirective invalid && invalid.applied().isPresent()) {
      directive(invalid.applied().get(), indent);
    }
    for (OutputLine o : context.linesOf(d)) {
      place(o, indent);
    }
    if (d instanceof Include include) {
      include.trailing().ifPresent(t -> directive(t, indent));
      List<NtpConfigSet.IncludedFile> files = context.set.files();
      for (int i = 1; i < files.size(); i++) {
        Span from = files.get(i).includedFrom().orElse(null);
        if (from != null && from.file() == include.path().span().file()
            && from.start() == include.path().span().start()) {
          line("# ---- begin of " + files.get(i).path() + " (ntp includefile, inlined)");
          file(i);
          line("# ---- end of " + files.get(i).path());
        }
      }
    }
  }

  private void place(OutputLine o, String indent) {
    boolean isComment = o.text().startsWith("#");
    line((isComment ? "" : indent) + o.text());
    o.placeAt(lineNumber);
  }

  private void line(String text) {
    out.append(text).append('\n');
    lineNumber++;
  }

  private static String indentation(SourceLine line) {
    String ws = line.indentation();
    return ws.replace("\r", "");
  }

  private static String withoutCr(String text) {
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }

  private static String commentText(Span comment) {
    String text = comment.text();
    while (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }
}

package dev.ntplint.format;

import dev.ntplint.rules.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checkstyle XML: one {@code <file>} per checked file, one {@code <error>} per finding. */
public final class CheckstyleWriter implements FindingWriter {

  @Override
  public void write(Report report, Writer out) throws IOException {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    for (String f : report.files()) {
      byFile.put(report.path(f), new java.util.ArrayList<>());
    }
    for (Finding f : report.findings()) {
      byFile.computeIfAbsent(report.path(f.file()), k -> new java.util.ArrayList<>()).add(f);
    }
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
    for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
      out.write("  <file name=\"" + xml(e.getKey()) + "\">\n");
      for (Finding f : e.getValue()) {
        out.write("    <error line=\"" + f.line() + "\" column=\"" + f.column() + "\" severity=\""
            + f.severity().label() + "\" message=\"" + xml(f.message()) + "\" source=\"ntplint."
            + f.rule().id() + "." + f.rule().name() + "\"/>\n");
      }
      out.write("  </file>\n");
    }
    out.write("</checkstyle>\n");
  }

  static String xml(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\n' -> sb.append("&#10;");
        case '\r' -> sb.append("&#13;");
        case '\t' -> sb.append("&#9;");
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            sb.append('?');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}

package dev.ntplint.format;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link Report} in one output format. */
public interface FindingWriter {

  void write(Report report, Writer out) throws IOException;
}

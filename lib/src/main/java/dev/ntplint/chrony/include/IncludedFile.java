package dev.ntplint.chrony.include;

import dev.ntplint.chrony.ChronyParseResult;
import dev.ntplint.source.SourceFile;
import java.util.List;
import java.util.Objects;

/**
 * One file of a configuration tree: the main file or a file pulled in by an include directive.
 *
 * @param displayPath the path as chronyd names the file in its messages: the main file's path as
 *     given, an included file's path as glob produced it from the directive's argument (relative
 *     paths stay relative to the working directory); the name of {@link #file()}
 * @param result the file parsed on its own (a {@code .sources} file with {@link
 *     dev.ntplint.chrony.ChronyConf#parseSources})
 * @param depth chronyd's include level: 1 for the main file, 2 for a file it includes, and so on
 *     (chronyd reads at most {@link ChronyIncludeResolver#MAX_INCLUDE_LEVEL})
 * @param inclusions one entry per include, confdir and sourcedir directive of this file, in
 *     source order
 */
public record IncludedFile(
    String displayPath, ChronyParseResult result, int depth, List<Inclusion> inclusions) {

  public IncludedFile {
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(result, "result");
    inclusions = List.copyOf(inclusions);
  }

  /** The file's bytes and line table (diagnostics' spans point into it). */
  public SourceFile file() {
    return result.config().file();
  }
}

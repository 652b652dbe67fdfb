package dev.ntplint.chrony.include;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.model.IncludeDirective;
import java.util.List;
import java.util.Objects;

/**
 * What one {@code include}, {@code confdir} or {@code sourcedir} directive pulls in.
 *
 * @param directive the directive, in the including file
 * @param files for {@code include} and {@code confdir}: the files chronyd reads in place of the
 *     directive, in its order (glob order; basename order across the directories); for {@code
 *     sourcedir}: the {@code .sources} files chronyd loads when it starts (not while parsing, so
 *     {@code chronyd -p} never reads them), in basename order, parsed with {@link
 *     dev.ntplint.chrony.ChronyConf#parseSources}. Files that could not be read are missing from
 *     the list; the tree's diagnostics say why.
 */
public record Inclusion(IncludeDirective directive, List<IncludedFile> files) {

  public Inclusion {
    Objects.requireNonNull(directive, "directive");
    files = List.copyOf(files);
  }

  /** True for {@code sourcedir}: the files are {@code .sources} files, not part of the config. */
  public boolean isSourceDirectory() {
    return directive.directive() == ChronyDirectiveKind.SOURCEDIR;
  }
}

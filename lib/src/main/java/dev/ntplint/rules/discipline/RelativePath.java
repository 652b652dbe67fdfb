package dev.ntplint.rules.discipline;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.IncludeDirective;
import dev.ntplint.chrony.model.Setting;
import dev.ntplint.diag.Severity;
import dev.ntplint.dialect.Dialect;
import dev.ntplint.rules.BaseRule;
import dev.ntplint.rules.Category;
import dev.ntplint.rules.ChronyDirectiveRule;
import dev.ntplint.rules.ChronyFacts;
import dev.ntplint.rules.DirectiveJudge;
import dev.ntplint.rules.RuleContext;
import dev.ntplint.rules.RuleMetadata;
import dev.ntplint.rules.Scope;
import dev.ntplint.source.Word;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** NTP409: a relative path, resolved from / by the daemon but from the shell's directory by -p. */
public final class RelativePath extends BaseRule implements ChronyDirectiveRule {

  /**
   * The directives with one path, and the build-time placeholder ({@code
   * @SYSCONFDIR@/chrony.keys}) chrony's own examples use.
   * Initialised by the first check, not with the rule: every start instantiates the whole
   * catalogue, and a check of an ntp.conf never runs this rule (issue 8, start-up).
   */
  private static final class Tables {
    static final Set<ChronyDirectiveKind> ONE_PATH = EnumSet.of(ChronyDirectiveKind.DRIFTFILE,
        ChronyDirectiveKind.DUMPDIR, ChronyDirectiveKind.HWCLOCKFILE, ChronyDirectiveKind.KEYFILE,
        ChronyDirectiveKind.LEAPSECLIST, ChronyDirectiveKind.LOGDIR,
        ChronyDirectiveKind.NTPSIGNDSOCKET, ChronyDirectiveKind.NTSCACHEDIR,
        ChronyDirectiveKind.NTSDUMPDIR, ChronyDirectiveKind.NTSSERVERCERT,
        ChronyDirectiveKind.NTSSERVERKEY, ChronyDirectiveKind.PIDFILE,
        ChronyDirectiveKind.RTCDEVICE, ChronyDirectiveKind.RTCFILE);
  }

  public RelativePath() {
    super("NTP409", "relative-path", Scope.DIRECTIVE, Dialect.CHRONY);
  }

  @Override
  protected RuleMetadata.Builder describe(RuleMetadata.Builder meta) {
    return meta
        .severity(Severity.WARNING)
        .category(Category.DISCIPLINE)
        .summary("A relative file path in chrony.conf")
        .description("""
            chronyd changes its working directory to `/` when it daemonises, before it reads the \
            configuration, so a relative path (`driftfile chrony.drift`, `include conf.d/*.conf`) \
            means `/chrony.drift` for the running daemon — but the shell's current directory for \
            `chronyd -n`, `-d` or `-p`. A configuration that tests fine from one directory then \
            reads or writes other files in production.

            Write the absolute path. (Paths starting with a build placeholder such as \
            `@SYSCONFDIR@`, as in chrony's documentation, are templates and are not reported.)""");
  }

  @Override
  public List<Class<? extends ChronyDirective>> judgedFamilies() {
    return List.of(Setting.class);
  }

  @Override
  public DirectiveJudge<ChronyDirective> judge(RuleContext context) {
    return new Judge(context);
  }

  /**
   * Each setting's paths while the linter's walk holds it (on a large file, a walk of the settings
   * of its own fetched each one back from memory; issue 8, P4), then the include lines, which that
   * walk does not show (chronyd reads the files they name where they stand).
   */
  private record Judge(RuleContext context) implements DirectiveJudge<ChronyDirective> {
    @Override
    public void judge(ChronyDirective d) {
      check(context, d);
    }

    @Override
    public void finish() {
      for (IncludeDirective d : ChronyFacts.everyDirective(context, IncludeDirective.class)) {
        check(context, d);
      }
    }
  }

  private static void check(RuleContext context, ChronyDirective d) {
    for (Word w : paths(d)) {
      String path = w.text();
      if (!path.startsWith("/") && !path.isEmpty()
          && !startsWithPlaceholder(path)) {
        context.report(w.span(), "relative path `" + path + "`: the running chronyd resolves it"
            + " from / (it changes to / before reading this file), `chronyd -p` and -n from the"
            + " current directory. Write the absolute path.");
      }
    }
  }

  /**
   * Whether the path starts with a build placeholder, {@code @NAME@} with NAME of capitals and
   * underscores. Matched by hand: the first regular expression a JVM compiles costs ~2.5 ms of a
   * short check, and a relative keyfile or driftfile is common (issue 8, P1).
   */
  static boolean startsWithPlaceholder(String path) {
    if (path.isEmpty() || path.charAt(0) != '@') {
      return false;
    }
    int i = 1;
    while (i < path.length() && (path.charAt(i) >= 'A' && path.charAt(i) <= 'Z'
        || path.charAt(i) == '_')) {
      i++;
    }
    return i > 1 && i < path.length() && path.charAt(i) == '@';
  }

  /** The directive's path arguments; a shared empty list for the many directives without one. */
  private static List<Word> paths(ChronyDirective d) {
    // No list per directive: an ArrayList for every line of a large file was 2.6% of the bytes
    // allocated by linting it (issue 8, P3).
    if (d instanceof IncludeDirective) {
      return d.syntax().arguments();
    }
    // The kind first: most settings take no path, and their words are then not read (on a large
    // file, reading them fetched every setting's line back from memory; issue 8, P4).
    if (d instanceof Setting s) {
      ChronyDirectiveKind kind = s.directive();
      if (!Tables.ONE_PATH.contains(kind) && kind != ChronyDirectiveKind.TEMPCOMP
          && kind != ChronyDirectiveKind.NTSTRUSTEDCERTS) {
        return List.of();
      }
      List<Word> args = d.syntax().arguments();
      if (args.isEmpty()) {
        return List.of();
      } else if (kind == ChronyDirectiveKind.TEMPCOMP) {
        return args.size() == 3 ? List.of(args.get(0), args.get(2)) : List.of(args.get(0));
      } else if (kind == ChronyDirectiveKind.NTSTRUSTEDCERTS) {
        return List.of(args.get(args.size() - 1));
      }
      return List.of(args.get(0));
    }
    return List.of();
  }
}

package dev.ntplint.rules;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.chrony.include.ChronyConfigTree;
import dev.ntplint.chrony.include.IncludedFile;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.InvalidDirective;
import dev.ntplint.chrony.model.NtpSource;
import dev.ntplint.chrony.model.Option;
import dev.ntplint.chrony.model.Setting;
import dev.ntplint.chrony.model.Value;
import dev.ntplint.collect.Groups;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Look-ups over a chrony configuration that several rules share. */
public final class ChronyFacts {

  private ChronyFacts() {}

  /** The chrony tree of a context (rules that list only the chrony dialect always have one). */
  public static ChronyConfigTree tree(RuleContext context) {
    Optional<ChronyConfigTree> tree = context.chrony();
    if (tree.isEmpty()) {
      throw new IllegalStateException("not a chrony.conf");
    }
    return tree.get();
  }

  /*
   * Every look-up below reads facts computed once per lint (RuleContext.shared): each used to walk
   * the whole configuration per call, once per rule that asked (issue 8, P3). The facts are
   * anonymous classes, not lambdas: a short check links no lambda (P1; ShortCheckLambdaTest).
   */

  private static final SharedFact<List<ChronyDirective>> DIRECTIVES = new SharedFact<>() {
    @Override
    public List<ChronyDirective> compute(RuleContext context) {
      return Collections.unmodifiableList(tree(context).directives());
    }
  };

  private static final SharedFact<List<ChronyDirective>> EVERY_DIRECTIVE = new SharedFact<>() {
    @Override
    public List<ChronyDirective> compute(RuleContext context) {
      if (isOneFile(tree(context))) {
        // One file that includes nothing: its directives are the configuration's, in the same
        // order. One list (and one family index) serves both (issue 8, P3).
        return directives(context);
      }
      List<ChronyDirective> out = new ArrayList<>();
      for (IncludedFile f : tree(context).files()) {
        out.addAll(f.result().config().directives());
      }
      return Collections.unmodifiableList(out);
    }
  };

  /** The directives of each family asked for so far, filled on demand, and their kinds. */
  private static final SharedFact<Census> BY_FAMILY = new SharedFact<>() {
    @Override
    public Census compute(RuleContext context) {
      return new Census(directives(context), everyDirective(context) == directives(context));
    }
  };

  /** Every directive of every file by family, as {@link #BY_FAMILY} for the tree's directives. */
  private static final SharedFact<Census> EVERY_BY_FAMILY = new SharedFact<>() {
    @Override
    public Census compute(RuleContext context) {
      return everyDirective(context) == directives(context) ? context.shared(BY_FAMILY)
          : new Census(everyDirective(context), true);
    }
  };

  /**
   * A list of directives by family, the kinds written among them and, for every directive of the
   * configuration, its sources' options: noted in the walk that sorts them by class, so that "is
   * there a makestep" or "which sources have a minpoll" asks no walk of its own.
   */
  private static final class Census implements Consumer<ChronyDirective> {
    final FamilyIndex<ChronyDirective> families;
    private final Set<ChronyDirectiveKind> written = EnumSet.noneOf(ChronyDirectiveKind.class);
    private final Set<ChronyDirectiveKind> accepted = EnumSet.noneOf(ChronyDirectiveKind.class);
    /** Null when the directives are not every directive (see {@link #SOURCE_OPTIONS}). */
    private final SourceOptions sourceOptions;
    /** The settings of each kind, in order. */
    private final Map<ChronyDirectiveKind, List<Setting>> settingsByKind =
        new EnumMap<>(ChronyDirectiveKind.class);

    /**
     * @param everyDirective whether {@code directives} are {@linkplain
     *     #everyDirective(RuleContext) every directive}, whose sources' options the rules read
     */
    Census(List<ChronyDirective> directives, boolean everyDirective) {
      this(directives, everyDirective, null);
    }

    /** @param judges who else is shown the directives of each class, in the same walk */
    Census(List<ChronyDirective> directives, boolean everyDirective,
        FamilyIndex.ClassListeners<ChronyDirective> judges) {
      this.families = new FamilyIndex<>(directives, this, judges);
      this.sourceOptions = everyDirective ? new SourceOptions() : null;
    }

    @Override
    public void accept(ChronyDirective d) {
      Optional<ChronyDirectiveKind> kind = d.kind();
      if (kind.isPresent()) {
        written.add(kind.get());
        if (!(d instanceof InvalidDirective)) {
          accepted.add(kind.get());
        }
      }
      if (sourceOptions != null && d instanceof NtpSource s) {
        sourceOptions.add(s);
      } else if (d instanceof Setting s) {
        Groups.add(settingsByKind, s.directive(), s);
      }
    }

    /** The settings among the directives by kind, each kind's in order. */
    Map<ChronyDirectiveKind, List<Setting>> settingsByKind() {
      families.walk();
      return settingsByKind;
    }

    /** The options of the sources among the directives, in order. */
    SourceOptions sourceOptions() {
      if (sourceOptions == null) {
        throw new IllegalStateException("not every directive: no source options read");
      }
      families.walk();
      return sourceOptions;
    }

    /** The kinds of the directives, the ones chronyd rejects included. */
    Set<ChronyDirectiveKind> written() {
      families.walk();
      return written;
    }

    /** The kinds of the directives chronyd accepted. */
    Set<ChronyDirectiveKind> accepted() {
      families.walk();
      return accepted;
    }
  }

  private static final SharedFact<SourceOptions> SOURCE_OPTIONS = new SharedFact<>() {
    @Override
    public SourceOptions compute(RuleContext context) {
      return context.shared(EVERY_BY_FAMILY).sourceOptions();
    }
  };

  /**
   * The settings of each directive kind, in order: sorted in the walk that sorts the directives by
   * family (on a large file a walk of its own fetched every setting back from memory; issue 8, P4).
   */
  private static final SharedFact<Map<ChronyDirectiveKind, List<Setting>>> SETTINGS_BY_KIND =
      new SharedFact<>() {
        @Override
        public Map<ChronyDirectiveKind, List<Setting>> compute(RuleContext context) {
          return context.shared(BY_FAMILY).settingsByKind();
        }
      };

  /**
   * Records {@code directives}, the tree's {@linkplain ChronyConfigTree#directives() directives},
   * as the fact {@link #directives(RuleContext)} answers, for a linter that listed them already,
   * and returns what to show each of them, in order, during the walk the linter makes of them
   * anyway (the view's). That walk then also sorts them by family, shows {@code judges} the
   * directives of the classes they judge and, when the tree is one file, reads its sources'
   * options: on a large file a walk of their own missed the cache for every directive (issue 8,
   * P4). What the walk did not show is read when first asked for.
   *
   * @param judges who else is shown the directives of each class; may be null
   */
  static Consumer<ChronyDirective> knownDirectives(Map<SharedFact<?>, Object> facts,
      ChronyConfigTree tree, List<ChronyDirective> directives,
      FamilyIndex.ClassListeners<ChronyDirective> judges) {
    List<ChronyDirective> unmodifiable = Collections.unmodifiableList(directives);
    facts.put(DIRECTIVES, unmodifiable);
    Census census = new Census(unmodifiable, isOneFile(tree), judges);
    facts.put(BY_FAMILY, census);
    return census.families;
  }

  /**
   * True when the tree is its main file alone (it includes nothing): its directives are then
   * {@linkplain #everyDirective(RuleContext) every directive}, in the same order.
   */
  private static boolean isOneFile(ChronyConfigTree tree) {
    return tree.root().inclusions().isEmpty();
  }

  /**
   * The configuration as chronyd reads it (include/confdir files in place, no .sources files).
   * Unmodifiable.
   */
  public static List<ChronyDirective> directives(RuleContext context) {
    return context.shared(DIRECTIVES);
  }

  /** Every directive of every file, .sources files included, in reading order. Unmodifiable. */
  public static List<ChronyDirective> everyDirective(RuleContext context) {
    return context.shared(EVERY_DIRECTIVE);
  }

  /**
   * The directives of one family in every file, .sources files included, in reading order: what
   * {@link #everyDirective(RuleContext)} holds of that family, without a rule visiting the rest.
   * Unmodifiable.
   */
  public static <T extends ChronyDirective> List<T> everyDirective(RuleContext context,
      Class<T> type) {
    return context.shared(EVERY_BY_FAMILY).families.of(type);
  }

  /** The options of every server/pool/peer line of every file, by kind. */
  public static SourceOptions sourceOptions(RuleContext context) {
    return context.shared(SOURCE_OPTIONS);
  }

  /** The directives of one family in the configuration as chronyd reads it. Unmodifiable. */
  public static <T extends ChronyDirective> List<T> directives(RuleContext context, Class<T> type) {
    return context.shared(BY_FAMILY).families.of(type);
  }

  /** The settings of one directive kind, in order. Unmodifiable. */
  public static List<Setting> settings(RuleContext context, ChronyDirectiveKind kind) {
    List<Setting> settings = context.shared(SETTINGS_BY_KIND).get(kind);
    return settings == null ? List.of() : Collections.unmodifiableList(settings);
  }

  /** True when the configuration holds a directive of this kind that chronyd accepted. */
  public static boolean has(RuleContext context, ChronyDirectiveKind kind) {
    return context.shared(BY_FAMILY).accepted().contains(kind);
  }

  /**
   * True when any file, .sources files included, holds a directive of this kind, accepted by
   * chronyd or not: a rule about one rare kind need not visit every directive to find none.
   */
  public static boolean writtenAnywhere(RuleContext context, ChronyDirectiveKind kind) {
    return context.shared(EVERY_BY_FAMILY).written().contains(kind);
  }

  /** A directive as quoted in messages: {@code `server a.example iburst`}. */
  public static String quote(DirectiveSyntax syntax) {
    return "`" + syntax.span().text() + "`";
  }

  /** {@code file:line}, for messages that point at another place. */
  public static String at(Span span) {
    // Sized: the build concatenates inline, with a default builder that would grow (issue 8).
    String file = span.file().name();
    return new StringBuilder(file.length() + 12).append(file).append(':').append(span.line())
        .toString();
  }

  /**
   * Every option of every server/pool/peer line (every file, .sources files included), by kind,
   * with its value's number: read in one walk of the sources for all the rules that judge their
   * options. Each of those rules used to walk every source's option objects itself, and on a
   * large file that walk was memory-bound (each rule ~3-4% of a lint, issue 8, P3); a rule now
   * reads the occurrences of the kinds it checks from arrays, and touches a source or an option
   * object only to report it.
   *
   * <p>The occurrences of a kind are in reading order (sources in the order of
   * {@link #everyDirective(RuleContext, Class)}, options in line order).
   */
  public static final class SourceOptions {

    private static final SourceOption[] KINDS = SourceOption.values();
    private static final byte NO_NUMBER = 0;
    private static final byte INTEGER = 1;
    private static final byte DOUBLE = 2;

    private final List<NtpSource> sources = new ArrayList<>();
    /** Per source, a bit per {@link SourceOption} ordinal it has. */
    private long[] kindsOf = new long[16];
    /** Per kind: the source index and option index of each occurrence, in pairs. */
    private final int[][] where = new int[KINDS.length][];
    /** Per kind: the value of each occurrence (an integer, or a double's raw bits). */
    private final long[][] values = new long[KINDS.length][];
    /** Per kind: what each value is ({@link #NO_NUMBER}, {@link #INTEGER} or {@link #DOUBLE}). */
    private final byte[][] valueTypes = new byte[KINDS.length][];
    private final int[] counts = new int[KINDS.length];

    /** A table to be filled by {@link #add}, one source at a time. */
    SourceOptions() {
      if (KINDS.length > Long.SIZE) {
        throw new IllegalStateException("more source options than bits in a long");
      }
    }

    /**
     * Reads the options of the next source, in reading order: called by the walk that sorts the
     * directives by family, while the source is in the cache (issue 8, P4).
     */
    void add(NtpSource source) {
      int s = sources.size();
      sources.add(source);
      if (s == kindsOf.length) {
        kindsOf = Arrays.copyOf(kindsOf, 2 * s);
      }
      List<Option<SourceOption>> options = source.options();
      long kinds = 0;
      for (int o = 0; o < options.size(); o++) {
        Option<SourceOption> option = options.get(o);
        int kind = option.kind().ordinal();
        kinds |= 1L << kind;
        add(kind, s, o, option.valueOrNull());
      }
      kindsOf[s] = kinds;
    }

    private void add(int kind, int source, int option, Value value) {
      int n = counts[kind];
      if (where[kind] == null) {
        // The sources are read one at a time, their number unknown: arrays double as they fill.
        int capacity = 16;
        where[kind] = new int[2 * capacity];
        values[kind] = new long[capacity];
        valueTypes[kind] = new byte[capacity];
      } else if (n == values[kind].length) {
        where[kind] = Arrays.copyOf(where[kind], 4 * n);
        values[kind] = Arrays.copyOf(values[kind], 2 * n);
        valueTypes[kind] = Arrays.copyOf(valueTypes[kind], 2 * n);
      }
      where[kind][2 * n] = source;
      where[kind][2 * n + 1] = option;
      if (value instanceof Value.IntValue i) {
        values[kind][n] = i.value();
        valueTypes[kind][n] = INTEGER;
      } else if (value instanceof Value.DoubleValue d) {
        values[kind][n] = Double.doubleToRawLongBits(d.value());
        valueTypes[kind][n] = DOUBLE;
      }
      counts[kind] = n + 1;
    }

    /** How many options of this kind the sources have. */
    public int count(SourceOption kind) {
      return counts[kind.ordinal()];
    }

    /** The source of occurrence {@code i} of {@code kind}. */
    public NtpSource source(SourceOption kind, int i) {
      return sources.get(where[kind.ordinal()][2 * checked(kind, i)]);
    }

    /** Occurrence {@code i} of {@code kind}. */
    public Option<SourceOption> option(SourceOption kind, int i) {
      int[] at = where[kind.ordinal()];
      int pair = 2 * checked(kind, i);
      return sources.get(at[pair]).options().get(at[pair + 1]);
    }

    /**
     * True when occurrence {@code i} of {@code kind} is the last of its kind on its line: the one
     * chronyd uses.
     */
    public boolean lastOnItsLine(SourceOption kind, int i) {
      int[] at = where[kind.ordinal()];
      int next = checked(kind, i) + 1;
      return next == counts[kind.ordinal()] || at[2 * next] != at[2 * i];
    }

    /** True when the line of occurrence {@code i} of {@code kind} has an option {@code other}. */
    public boolean lineHas(SourceOption kind, int i, SourceOption other) {
      return (kindsOf[where[kind.ordinal()][2 * checked(kind, i)]] & (1L << other.ordinal())) != 0;
    }

    /** True when occurrence {@code i} of {@code kind} has an integer value ({@code IntValue}). */
    public boolean isInteger(SourceOption kind, int i) {
      return valueTypes[kind.ordinal()][checked(kind, i)] == INTEGER;
    }

    /** The integer value of occurrence {@code i} of {@code kind}; see {@link #isInteger}. */
    public long integer(SourceOption kind, int i) {
      if (!isInteger(kind, i)) {
        throw new IllegalStateException(kind + " occurrence " + i + " has no integer value");
      }
      return values[kind.ordinal()][i];
    }

    /**
     * The value of occurrence {@code i} of {@code kind} as a number (an integer widened), NaN when
     * it has none or a text value.
     */
    public double number(SourceOption kind, int i) {
      int k = kind.ordinal();
      return switch (valueTypes[k][checked(kind, i)]) {
        case INTEGER -> values[k][i];
        case DOUBLE -> Double.longBitsToDouble(values[k][i]);
        default -> Double.NaN;
      };
    }

    private int checked(SourceOption kind, int i) {
      if (i < 0 || i >= counts[kind.ordinal()]) {
        throw new IndexOutOfBoundsException(kind + " occurrence " + i + " of "
            + counts[kind.ordinal()]);
      }
      return i;
    }
  }
}

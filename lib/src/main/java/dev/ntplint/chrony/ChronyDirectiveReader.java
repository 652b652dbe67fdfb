package dev.ntplint.chrony;

import static dev.ntplint.chrony.ChronyDiagnosticCode.*;

import dev.ntplint.chrony.catalog.ArgumentShape;
import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import dev.ntplint.chrony.catalog.HwTimestampOption;
import dev.ntplint.chrony.catalog.LocalOption;
import dev.ntplint.chrony.catalog.LogKind;
import dev.ntplint.chrony.catalog.OptionInfo;
import dev.ntplint.chrony.catalog.OptionSpec;
import dev.ntplint.chrony.catalog.RateLimitOption;
import dev.ntplint.chrony.catalog.RefclockOption;
import dev.ntplint.chrony.catalog.SourceOption;
import dev.ntplint.chrony.catalog.ValueKind;
import dev.ntplint.chrony.model.AccessRule;
import dev.ntplint.chrony.model.ChronyDirective;
import dev.ntplint.chrony.model.HwTimestamp;
import dev.ntplint.chrony.model.IncludeDirective;
import dev.ntplint.chrony.model.InvalidDirective;
import dev.ntplint.chrony.model.LocalClock;
import dev.ntplint.chrony.model.LogDirective;
import dev.ntplint.chrony.model.NtpSource;
import dev.ntplint.chrony.model.ObsoleteDirective;
import dev.ntplint.chrony.model.Option;
import dev.ntplint.chrony.model.RateLimit;
import dev.ntplint.chrony.model.Refclock;
import dev.ntplint.chrony.model.Setting;
import dev.ntplint.chrony.model.SourceType;
import dev.ntplint.chrony.model.Subnet;
import dev.ntplint.chrony.model.Switch;
import dev.ntplint.chrony.model.UnknownDirective;
import dev.ntplint.chrony.model.Value;
import dev.ntplint.diag.DiagnosticCode;
import dev.ntplint.diag.Diagnostics;
import dev.ntplint.diag.Suggestions;
import dev.ntplint.net.IpAddresses;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one directive the way the target chronyd's conf.c does, and builds its typed record. Each
 * method mirrors one parsing function of chronyd so that what passes here passes {@code chronyd -p}
 * of that release, and what fails says what chronyd would say.
 */
final class ChronyDirectiveReader {

  /** Thrown inside this class only, to stop reading a directive at its first error, as chronyd does. */
  private static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;
    final String reason;

    Rejected(String reason) {
      super(reason, null, false, false);
      this.reason = reason;
    }
  }

  /**
   * Compiled on the first address that is no number, not with the reader: most files have none,
   * and a short check otherwise compiled regexes at start for nothing (issue 8, P1).
   */
  private static final class HostNames {
    static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_.])?");
    static final Pattern NUMERIC_DOTS = Pattern.compile("[0-9.]+");

    /** A name chronyd would look up: host-name characters, not only digits and dots. */
    static boolean isName(String address) {
      return HOST_NAME.matcher(address).matches() && !NUMERIC_DOTS.matcher(address).matches();
    }
  }

  private final ChronyVersion target;
  private final Diagnostics diagnostics;

  private DirectiveSyntax syntax;
  /**
   * The directive's arguments, made once per directive: each {@code syntax.arguments()} is a new
   * list that counts the line's words, and the reader asks for one argument at a time (issue 8).
   */
  private List<Word> arguments;
  private Arguments args;

  ChronyDirectiveReader(ChronyVersion target, Diagnostics diagnostics) {
    this.target = target;
    this.diagnostics = diagnostics;
  }

  /** {@link ChronyDirectiveKind#byName}'s look-up, from the name's range of the file. */
  private static final KeywordIndex<ChronyDirectiveKind> DIRECTIVES = directiveIndex();

  private static KeywordIndex<ChronyDirectiveKind> directiveIndex() {
    ChronyDirectiveKind[] kinds = ChronyDirectiveKind.values();
    String[] keywords = new String[kinds.length];
    for (int i = 0; i < kinds.length; i++) {
      keywords[i] = kinds[i].keyword();
    }
    return new KeywordIndex<>(keywords, kinds);
  }

  ChronyDirective read(DirectiveSyntax directive) {
    this.syntax = directive;
    Word name = directive.name();
    this.arguments = directive.arguments();
    this.args = new Arguments(name.file(), arguments);
    ChronyDirectiveKind kind = DIRECTIVES.find(name.file().latin1(), name.start(), name.end());
    if (kind == null) {
      reportUnknown();
      return new UnknownDirective(directive, Optional.empty());
    }
    if (kind.since().compareTo(target) > 0) {
      diagnostics.add(DIRECTIVE_TOO_NEW, directive.name().span(),
          rejects(invalidDirectiveMessage()) + ": `" + kind.keyword() + "` was added in chrony "
              + kind.since());
      return new UnknownDirective(directive, Optional.of(kind));
    }
    try {
      return readKnown(kind);
    } catch (Rejected rejected) {
      return new InvalidDirective(directive, kind, rejected.reason);
    }
  }

  private void reportUnknown() {
    Word nameWord = syntax.name();
    String raw = nameWord.raw();
    if (raw.startsWith("\u00ef\u00bb\u00bf")) {
      String rest = raw.substring(3);
      String suggestion = rest;
      diagnostics.add(BYTE_ORDER_MARK, new Span(nameWord.span().file(), nameWord.span().start(),
              nameWord.span().start() + 3),
          rejects(invalidDirectiveMessage())
              + (nameWord.span().start() == 0
                  ? ": the file starts with a UTF-8 byte order mark, which chronyd reads as part of"
                      + " the first word; save the file without it"
                  : ": a UTF-8 byte order mark is glued to this word; remove it"),
          suggestion.isEmpty() ? null : suggestion);
      return;
    }
    Optional<String> suggestion = Suggestions.closest(nameWord.text(), ChronyDirectiveKind.names());
    diagnostics.add(INVALID_DIRECTIVE, nameWord.span(),
        rejects(invalidDirectiveMessage()) + ": unknown directive `" + nameWord.text() + "`",
        suggestion.orElse(null));
  }

  /** The directive's name as written, decoded for messages only (most lines need none). */
  private String name() {
    return syntax.name().text();
  }

  private String invalidDirectiveMessage() {
    return target.detailedMessages() ? "Invalid directive " + name() : "Invalid directive";
  }

  private String rejects(String daemonMessage) {
    return "chronyd " + target + " rejects this: " + daemonMessage;
  }

  private Rejected fail(DiagnosticCode code, Span span, String daemonMessage, String detail,
      String suggestion) {
    String message = rejects(daemonMessage) + (detail == null ? "" : " (" + detail + ")");
    diagnostics.add(code, span, message, suggestion);
    return new Rejected(detail == null ? daemonMessage : detail);
  }

  private Rejected couldNotParse(Span span, String detail) {
    return fail(BAD_VALUE, span, "Could not parse " + name() + " directive", detail, null);
  }

  private Span wholeArguments() {
    return arguments.isEmpty() ? syntax.name().span() : syntax.argumentsSpan();
  }

  /** check_number_of_args(line, n). */
  private void expectArgs(int expected) throws Rejected {
    int count = args.count();
    if (count < expected) {
      throw fail(MISSING_ARGUMENTS, syntax.span(), "Missing arguments for " + name() + " directive",
          "expects " + expected + " argument" + (expected == 1 ? "" : "s") + ", has " + count, null);
    }
    if (count > expected) {
      Word extra = arguments.get(expected);
      Span span = extra.span().union(arguments.get(count - 1).span());
      throw fail(TOO_MANY_ARGUMENTS, span, "Too many arguments for " + name() + " directive",
          expected == 0 ? "takes no argument" : "expects " + expected + " argument"
              + (expected == 1 ? "" : "s") + ", has " + count, null);
    }
  }

  private Word arg(int index) {
    return arguments.get(index);
  }

  private ChronyDirective readKnown(ChronyDirectiveKind kind) throws Rejected {
    ArgumentShape shape = kind.shape();
    switch (shape) {
      case SOURCE:
        return readSource(kind);
      case REFCLOCK:
        return readRefclock();
      case ACCESS:
        return readAccess(kind);
      case LOCAL:
        return readLocal();
      case RATELIMIT:
        return readRateLimit(kind);
      case HWTIMESTAMP:
        return readHwTimestamp();
      case LOG:
        return readLog();
      case INCLUDE:
        expectArgs(1);
        return new IncludeDirective(syntax, kind, syntax.arguments());
      case CONFDIR:
        if (args.count() < 1 || args.count() > 10) {
          throw couldNotParse(wholeArguments(), "confdir takes 1 to 10 directories");
        }
        return new IncludeDirective(syntax, kind, syntax.arguments());
      case SOURCEDIR:
        if (args.count() == 0 || args.count() > 10) {
          diagnostics.add(IGNORED_AT_RUNTIME, wholeArguments(),
              "sourcedir takes 1 to 10 directories; chronyd accepts this line but reads no"
                  + " .sources file from it");
        }
        return new IncludeDirective(syntax, kind, syntax.arguments());
      case NONE:
        expectArgs(0);
        return new Switch(syntax, kind);
      case WORD:
        expectArgs(1);
        return new Setting(syntax, kind, List.of(text(0)));
      case INT:
        expectArgs(1);
        return new Setting(syntax, kind, List.of(readIntDirective(kind, arg(0))));
      case DOUBLE:
        expectArgs(1);
        return new Setting(syntax, kind, List.of(readDoubleWord(arg(0))));
      case INT_LIST: {
        List<Value> values = new ArrayList<>();
        for (Word w : arguments) {
          values.add(readIntDirective(kind, w));
        }
        return new Setting(syntax, kind, values);
      }
      case IP_ADDRESS:
        expectArgs(1);
        if (IpAddresses.parse(arg(0).raw()).isEmpty()) {
          throw couldNotParse(arg(0).span(), "`" + arg(0).text() + "` is not a numeric IP address");
        }
        return new Setting(syntax, kind, List.of(text(0)));
      case BIND_COMMAND_ADDRESS:
        expectArgs(1);
        if (!arg(0).raw().startsWith("/") && IpAddresses.parse(arg(0).raw()).isEmpty()) {
          throw couldNotParse(arg(0).span(),
              "expects a numeric IP address or a socket path starting with /");
        }
        return new Setting(syntax, kind, List.of(text(0)));
      case DRIFTFILE:
        return readDriftfile(kind);
      case FALLBACKDRIFT:
        expectArgs(2);
        return new Setting(syntax, kind, scanf(ValueKind.INT, ValueKind.INT));
      case MAKESTEP:
        expectArgs(2);
        return new Setting(syntax, kind, scanf(ValueKind.DOUBLE, ValueKind.INT));
      case MAXCHANGE:
        expectArgs(3);
        return new Setting(syntax, kind, scanf(ValueKind.DOUBLE, ValueKind.INT, ValueKind.INT));
      case MAILONCHANGE: {
        expectArgs(2);
        Value threshold = readDoubleWord(arg(1));
        return new Setting(syntax, kind, List.of(text(0), threshold));
      }
      case UNSIGNED_LONG: {
        expectArgs(1);
        CScan.Scanned r = CScan.scanUnsignedLong(arg(0).raw(), 0);
        if (r == null) {
          throw couldNotParse(arg(0).span(), "expects a number of bytes");
        }
        return new Setting(syntax, kind, List.of(new Value.IntValue(r.longValue(), arg(0).span())));
      }
      case BROADCAST:
        return readBroadcast(kind);
      case SMOOTHTIME:
        return readSmoothtime(kind);
      case TEMPCOMP:
        return readTempcomp(kind);
      case INITSTEPSLEW:
        return readInitstepslew(kind);
      case KEYWORD:
        return readKeyword(kind);
      case NTSTRUSTEDCERTS:
        return readNtsTrustedCerts(kind);
      case OPENCOMMANDS:
        return readOpenCommands(kind);
      case OBSOLETE:
        diagnostics.add(OBSOLETE_DIRECTIVE, syntax.name().span(),
            "chronyd ignores this line: " + name()
                + " directive is no longer supported; remove it");
        return new ObsoleteDirective(syntax, kind);
      case IGNORED:
        diagnostics.add(OBSOLETE_DIRECTIVE, syntax.name().span(),
            "chronyd silently ignores `" + name()
                + "` (it has no effect since chrony 3.2); remove it");
        return new ObsoleteDirective(syntax, kind);
      default:
        throw new IllegalStateException("unhandled shape " + shape);
    }
  }

  private Value.TextValue text(int index) {
    return new Value.TextValue(arg(index).text(), arg(index).span());
  }

  /** parse_int: strtol and a range since 4.7; sscanf("%d") with no range before. */
  private Value readIntDirective(ChronyDirectiveKind kind, Word word) throws Rejected {
    String raw = word.raw();
    if (target.strictIntegers()) {
      Long value = CScan.strtolWhole(raw);
      if (value == null) {
        throw couldNotParse(word.span(), "`" + word.text() + "` is not an integer");
      }
      if (value < kind.min() || value > kind.max()) {
        throw fail(VALUE_OUT_OF_RANGE, word.span(), "Invalid value " + value + " in " + name()
            + " directive (min " + kind.min() + ", max " + kind.max() + ")", null,
            String.valueOf(Math.max(kind.min(), Math.min(kind.max(), value))));
      }
      return new Value.IntValue(value, word.span());
    }
    CScan.Scanned r = CScan.scanInt(raw, 0);
    if (r == null) {
      throw couldNotParse(word.span(), "`" + word.text() + "` is not an integer");
    }
    if (r.consumed() != raw.length() || r.longValue() < kind.min() || r.longValue() > kind.max()) {
      diagnostics.add(STRICTER_IN_NEWER, word.span(), "chronyd " + target + " reads `" + word.text()
          + "` as " + r.longValue() + ", but chrony 4.7 and later reject it (an integer from "
          + kind.min() + " to " + kind.max() + " is expected)");
    }
    return new Value.IntValue(r.longValue(), word.span());
  }

  /** parse_double and friends: sscanf("%lf") on one word; trailing junk is accepted. */
  private Value readDoubleWord(Word word) throws Rejected {
    CScan.Scanned r = CScan.scanDouble(word.raw(), 0);
    if (r == null) {
      throw couldNotParse(word.span(), "`" + word.text() + "` is not a number");
    }
    if (r.consumed() != word.raw().length()) {
      diagnostics.add(IGNORED_AT_RUNTIME, word.span(), "chronyd reads `" + word.text() + "` as "
          + r.doubleValue() + " and ignores the rest of the word");
    }
    return new Value.DoubleValue(r.doubleValue(), word.span());
  }

  /** sscanf(line, "%lf %d ...") over the argument string: each conversion skips blanks. */
  private List<Value> scanf(ValueKind... kinds) throws Rejected {
    return scanfFrom(0, kinds);
  }

  /** The same, from {@code position} in the argument string. */
  private List<Value> scanfFrom(int position, ValueKind... kinds) throws Rejected {
    List<Value> values = new ArrayList<>();
    String text = args.text();
    for (ValueKind kind : kinds) {
      CScan.Scanned r = kind == ValueKind.DOUBLE ? CScan.scanDouble(text, position)
          : CScan.scanInt(text, position);
      if (r == null) {
        Arguments.Cut cut = wordAt(position);
        throw couldNotParse(args.span(cut.start(), cut.end()),
            "expected " + (kind == ValueKind.DOUBLE ? "a number" : "an integer") + " here");
      }
      int start = position;
      while (start < text.length() && text.charAt(start) == ' ') {
        start++;
      }
      Span span = args.span(start, position + r.consumed());
      values.add(kind == ValueKind.DOUBLE ? new Value.DoubleValue(r.doubleValue(), span)
          : new Value.IntValue(r.longValue(), span));
      position += r.consumed();
    }
    return values;
  }

  /** The word at a position, or an empty range at the end, for diagnostics. */
  private Arguments.Cut wordAt(int position) {
    Arguments.Cut cut = args.splitWord(position);
    if (cut.start() == cut.end()) {
      return new Arguments.Cut(args.length(), args.length(), args.length());
    }
    return cut;
  }

  private ChronyDirective readDriftfile(ChronyDirectiveKind kind) throws Rejected {
    if (!target.strictIntegers()) {
      // Before 4.7 driftfile took exactly one path (parse_string).
      if (args.count() > 1 && arg(1).raw().equalsIgnoreCase("interval")) {
        expectArgsWithHint(1, "the `interval` option needs chrony 4.7");
      }
      expectArgs(1);
      return new Setting(syntax, kind, List.of(text(0)));
    }
    if (args.count() == 0) {
      throw couldNotParse(syntax.name().span(), "expects a path");
    }
    if (args.count() == 1) {
      return new Setting(syntax, kind, List.of(text(0)));
    }
    if (!arg(1).raw().equalsIgnoreCase("interval")) {
      throw couldNotParse(arg(1).span(), "the only option is `interval N`");
    }
    if (args.count() < 3) {
      throw couldNotParse(arg(1).span(), "`interval` needs a number of seconds");
    }
    CScan.Scanned r = CScan.scanInt(arg(2).raw(), 0);
    if (r == null || args.count() > 3) {
      throw couldNotParse(args.count() > 3 ? arg(3).span() : arg(2).span(),
          "expects `driftfile PATH [interval SECONDS]`");
    }
    return new Setting(syntax, kind,
        List.of(text(0), new Value.IntValue(r.longValue(), arg(2).span())));
  }

  private void expectArgsWithHint(int expected, String hint) throws Rejected {
    if (args.count() > expected) {
      Word extra = arg(expected);
      throw fail(TOO_MANY_ARGUMENTS, extra.span().union(arg(args.count() - 1).span()),
          "Too many arguments for " + name() + " directive", hint, null);
    }
  }

  private ChronyDirective readBroadcast(ChronyDirectiveKind kind) throws Rejected {
    if (args.count() == 0) {
      throw couldNotParse(syntax.name().span(), "expects `broadcast INTERVAL ADDRESS [PORT]`");
    }
    CScan.Scanned interval = CScan.scanInt(arg(0).raw(), 0);
    if (interval == null) {
      throw couldNotParse(arg(0).span(), "the interval must be an integer");
    }
    if (args.count() < 2 || IpAddresses.parse(arg(1).raw()).isEmpty()) {
      throw couldNotParse(args.count() < 2 ? syntax.span() : arg(1).span(),
          "expects a numeric broadcast address");
    }
    List<Value> values = new ArrayList<>();
    values.add(new Value.IntValue(interval.longValue(), arg(0).span()));
    values.add(text(1));
    if (args.count() >= 3) {
      CScan.Scanned port = CScan.scanInt(arg(2).raw(), 0);
      if (port == null || args.count() > 3) {
        throw couldNotParse(args.count() > 3 ? arg(3).span() : arg(2).span(),
            "expects `broadcast INTERVAL ADDRESS [PORT]`");
      }
      values.add(new Value.IntValue(port.longValue(), arg(2).span()));
    }
    return new Setting(syntax, kind, values);
  }

  private ChronyDirective readSmoothtime(ChronyDirectiveKind kind) throws Rejected {
    if (args.count() != 3) {
      expectArgs(2);
    }
    List<Value> values = new ArrayList<>(scanf(ValueKind.DOUBLE, ValueKind.DOUBLE));
    if (args.count() == 3) {
      if (!arg(2).raw().equalsIgnoreCase("leaponly")) {
        throw couldNotParse(arg(2).span(), "the only option is `leaponly`");
      }
      values.add(text(2));
    }
    return new Setting(syntax, kind, values);
  }

  private ChronyDirective readTempcomp(ChronyDirectiveKind kind) throws Rejected {
    boolean pointForm = args.count() == 3;
    if (!pointForm) {
      expectArgs(6);
    }
    List<Value> values = new ArrayList<>();
    values.add(text(0));
    if (pointForm) {
      values.add(readDoubleWord(arg(1)));
      values.add(text(2));
    } else {
      // One sscanf("%lf %lf %lf %lf %lf") over the rest of the line, as parse_tempcomp does: the
      // numbers need not be one per word (`1-2` reads as 1 and -2).
      values.addAll(scanfFrom(args.splitWord(0).next(), ValueKind.DOUBLE, ValueKind.DOUBLE,
          ValueKind.DOUBLE, ValueKind.DOUBLE, ValueKind.DOUBLE));
    }
    return new Setting(syntax, kind, values);
  }

  private ChronyDirective readInitstepslew(ChronyDirectiveKind kind) throws Rejected {
    if (args.count() == 0) {
      throw couldNotParse(syntax.name().span(), "expects a threshold and host names");
    }
    List<Value> values = new ArrayList<>();
    values.add(readDoubleWord(arg(0)));
    for (int i = 1; i < args.count(); i++) {
      values.add(text(i));
      if (IpAddresses.parse(arg(i).raw()).isEmpty()) {
        diagnostics.add(RESOLVED_WHILE_READING, arg(i).span(), "chronyd resolves `" + arg(i).text()
            + "` while reading the file; if it cannot, it warns and skips the host");
      }
    }
    return new Setting(syntax, kind, values);
  }

  private ChronyDirective readKeyword(ChronyDirectiveKind kind) throws Rejected {
    String rest = args.text();
    for (String keyword : kind.keywords()) {
      if (keyword.equalsIgnoreCase(rest)) {
        return new Setting(syntax, kind, List.of(text(0)));
      }
    }
    Optional<String> suggestion = args.count() == 1
        ? Suggestions.closest(rest, kind.keywords()) : Optional.empty();
    throw fail(BAD_VALUE, wholeArguments(), "Could not parse " + name() + " directive",
        "expects one of " + String.join(", ", kind.keywords()), suggestion.orElse(null));
  }

  private ChronyDirective readNtsTrustedCerts(ChronyDirectiveKind kind) throws Rejected {
    if (args.count() == 2) {
      CScan.Scanned id = CScan.scanUInt32(arg(0).raw(), 0);
      if (id == null) {
        throw couldNotParse(arg(0).span(), "the certificate set id must be a number");
      }
      if (target.before(ChronyVersion.V4_1)) {
        expectArgs(1);
      }
      return new Setting(syntax, kind,
          List.of(new Value.IntValue(id.longValue(), arg(0).span()), text(1)));
    }
    expectArgs(1);
    return new Setting(syntax, kind, List.of(text(0)));
  }

  private ChronyDirective readOpenCommands(ChronyDirectiveKind kind) throws Rejected {
    List<Value> values = new ArrayList<>();
    for (Word w : arguments) {
      boolean known = kind.keywords().stream().anyMatch(k -> k.equalsIgnoreCase(w.raw()));
      if (!known) {
        throw fail(BAD_VALUE, w.span(), "Could not parse " + name() + " directive",
            "unknown command group `" + w.text() + "`",
            Suggestions.closest(w.text(), kind.keywords()).orElse(null));
      }
      values.add(new Value.TextValue(w.text(), w.span()));
    }
    return new Setting(syntax, kind, values);
  }

  private ChronyDirective readLog() throws Rejected {
    List<LogKind> logs = new ArrayList<>();
    for (Word w : arguments) {
      Optional<LogKind> log = LogKind.byKeyword(w.raw());
      if (log.isEmpty() || log.get().since().compareTo(target) > 0) {
        String suggestion = null;
        for (LogKind k : LogKind.values()) {
          if (k.keyword().equalsIgnoreCase(w.raw())) {
            suggestion = k.keyword();
          }
        }
        if (suggestion == null) {
          suggestion = Suggestions.closest(w.text(),
              Arrays.stream(LogKind.values()).map(LogKind::keyword).toList()).orElse(null);
        }
        throw fail(INVALID_LOG_PARAMETER, w.span(), "Invalid log parameter",
            log.isPresent() ? "`" + w.text() + "` needs chrony " + log.get().since()
                : "unknown log `" + w.text() + "` (log names are case-sensitive)",
            suggestion);
      }
      logs.add(log.get());
    }
    return new LogDirective(syntax, logs);
  }

  // ----- option-style directives -----------------------------------------------------------

  /**
   * Where chronyd continues reading after the option {@link #readOption} last returned: a field,
   * not an array per option passed in (issue 8, P3).
   */
  private int afterOption;

  /**
   * Reads one option's value after its keyword; returns null when chronyd would reject the value,
   * else the option, with {@link #afterOption} set to where chronyd continues reading.
   */
  private <K extends Enum<K> & OptionSpec> Option<K> readOption(K kind, int keywordStart,
      int keywordEnd) {
    // The option's table entry once: each question to the enum's interface was a call through an
    // interface table, several per option of a file (issue 8, P3).
    OptionInfo info = kind.info();
    Word keywordWord = args.word(keywordStart, keywordEnd);
    int valueStart = args.skipBlanks(keywordEnd);
    String text = args.text();
    Value value;
    switch (info.valueKind()) {
      case NONE:
        afterOption = valueStart;
        return Option.of(kind, keywordWord.file(), keywordWord.start(), keywordWord.end(), null);
      case REFID: {
        int i = valueStart;
        while (i < text.length() && text.charAt(i) != ' ') {
          i++;
        }
        int length = i - valueStart;
        int limit = target.atLeast(ChronyVersion.V4_4) ? 4 : Integer.MAX_VALUE;
        if (length == 0 || length > limit) {
          return null;
        }
        // chrony 4.3 reads at most 4 characters (%4s); the rest becomes the next option.
        int consumed = Math.min(length, 4);
        value = new Value.TextValue(args.display(valueStart, valueStart + consumed),
            args.span(valueStart, valueStart + consumed));
        afterOption = valueStart + consumed;
        return Option.of(kind, keywordWord.file(), keywordWord.start(), keywordWord.end(), value);
      }
      case KEYWORD: {
        int i = valueStart;
        while (i < text.length() && text.charAt(i) != ' ' && i - valueStart < 4) {
          i++;
        }
        String word = text.substring(valueStart, i);
        if (word.isEmpty() || HwTimestampOption.RXFILTERS.stream().noneMatch(word::equalsIgnoreCase)) {
          return null;
        }
        value = new Value.TextValue(word.toLowerCase(Locale.ROOT), args.span(valueStart, i));
        afterOption = i;
        return Option.of(kind, keywordWord.file(), keywordWord.start(), keywordWord.end(), value);
      }
      default:
        break;
    }
    CScan.Scanned r;
    switch (info.valueKind()) {
      case INT -> r = CScan.scanInt(text, valueStart);
      case UINT32 -> r = CScan.scanUInt32(text, valueStart);
      case HEX -> r = CScan.scanHex(text, valueStart);
      default -> r = CScan.scanDouble(text, valueStart);
    }
    if (r == null) {
      return null;
    }
    Span span = args.span(valueStart, valueStart + r.consumed());
    if (info.valueKind() == ValueKind.DOUBLE) {
      value = new Value.DoubleValue(r.doubleValue(), span);
    } else {
      value = new Value.IntValue(r.longValue(), span);
      // Without a range, min and max are Long's: no value is outside them.
      if (r.longValue() < info.min() || r.longValue() > info.max()) {
        if (target.atLeast(info.rangeCheckedSince())) {
          return null;
        }
        diagnostics.add(STRICTER_IN_NEWER, span, "chronyd " + target + " accepts " + info.keyword()
            + " " + r.longValue() + ", but chrony 4.7 and later reject it (range " + info.min()
            + ".." + info.max() + ")");
      }
    }
    afterOption = valueStart + r.consumed();
    return Option.of(kind, keywordWord.file(), keywordWord.start(), keywordWord.end(), value);
  }

  /** Options by keyword, per option enum (chronyd compares them case-insensitively). */
  private static final ClassValue<KeywordIndex<Object>> OPTIONS_BY_KEYWORD = new ClassValue<>() {
    @Override
    protected KeywordIndex<Object> computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] keywords = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        keywords[i] = ((OptionSpec) constants[i]).keyword();
      }
      return new KeywordIndex<>(keywords, constants);
    }
  };

  /**
   * The option whose keyword is the argument characters [start, end) that the target knows, or
   * null. Null rather than an Optional filtered by a lambda, and no substring: this runs for
   * every option word of a file (issue 8, P3).
   */
  private <K extends Enum<K> & OptionSpec> K lookup(Class<K> type, int start, int end) {
    K found = optionOrNull(type, start, end);
    // info().since(), not since(): one call through the interface table instead of two.
    return found != null && found.info().since().compareTo(target) <= 0 ? found : null;
  }

  /** The option with the keyword [start, end), whatever release introduced it. */
  private <K extends Enum<K> & OptionSpec> K optionOrNull(Class<K> type, int start, int end) {
    return type.cast(OPTIONS_BY_KEYWORD.get(type).find(args.text(), start, end));
  }

  /**
   * What chronyd calls a directive in its message for a bad option or option value, which is
   * worded only when one is reported: most directives report nothing (issue 8, P3).
   *
   * @param detailedName the name in the detailed messages of newer versions, or null when even
   *     those say "Could not parse"
   * @param refclock whether an unknown option is "Invalid refclock option" in the plain messages
   */
  private record OptionMessages(String detailedName, boolean refclock) {}

  /** server/pool/peer's option messages, by {@link SourceType} ordinal: one per kind, not per line. */
  private static final OptionMessages[] SOURCE_MESSAGES = sourceMessages();

  private static OptionMessages[] sourceMessages() {
    OptionMessages[] messages = new OptionMessages[SourceType.values().length];
    messages[SourceType.SERVER.ordinal()] =
        new OptionMessages(ChronyDirectiveKind.SERVER.keyword(), false);
    messages[SourceType.POOL.ordinal()] =
        new OptionMessages(ChronyDirectiveKind.POOL.keyword(), false);
    messages[SourceType.PEER.ordinal()] =
        new OptionMessages(ChronyDirectiveKind.PEER.keyword(), false);
    return messages;
  }

  private String invalidOptionMessage(OptionMessages messages) {
    if (messages.detailedName() != null && target.detailedMessages()) {
      return "Invalid option in " + messages.detailedName() + " directive";
    }
    return messages.refclock() ? "Invalid refclock option"
        : "Could not parse " + name() + " directive";
  }

  private String invalidValueMessage(OptionMessages messages) {
    if (messages.detailedName() != null && target.detailedMessages()) {
      return "Invalid value in " + messages.detailedName() + " directive";
    }
    return "Could not parse " + name() + " directive";
  }

  /**
   * The loop shared by server/pool/peer, refclock, local and hwtimestamp: option words from
   * {@code start}, each with its value; the first bad one stops the directive.
   */
  private <K extends Enum<K> & OptionSpec> List<Option<K>> readOptions(Class<K> type, int start,
      OptionMessages messages) throws Rejected {
    int count = 0;
    int position = start;
    while (!args.atEnd(position)) {
      // The word's bounds as ints, not a Cut: this runs for every option of a file (issue 8, P3).
      int wordStart = args.skipBlanks(position);
      int wordEnd = args.wordEnd(wordStart);
      if (wordStart == wordEnd) {
        break;
      }
      K kind = lookup(type, wordStart, wordEnd);
      if (kind == null) {
        Span wordSpan = args.span(wordStart, wordEnd);
        K newer = optionOrNull(type, wordStart, wordEnd);
        if (newer != null) {
          throw fail(OPTION_TOO_NEW, wordSpan, invalidOptionMessage(messages),
              "option `" + newer.keyword() + "` was added in chrony " + newer.since(), null);
        }
        List<String> names = new ArrayList<>();
        for (K k : type.getEnumConstants()) {
          if (k.since().compareTo(target) <= 0) {
            names.add(k.keyword());
          }
        }
        throw fail(INVALID_OPTION, wordSpan, invalidOptionMessage(messages),
            "unknown option `" + args.display(wordStart, wordEnd) + "`",
            Suggestions.closest(args.raw(wordStart, wordEnd), names).orElse(null));
      }
      Option<K> option = readOption(kind, wordStart, wordEnd);
      int next = afterOption;
      if (option != null && kind.info().valueKind() == ValueKind.REFID
          && !args.atEnd(next) && args.text().charAt(next) != ' '
          && lookup(type, next, args.splitWord(next).end()) == null) {
        // The rest of the word is the next option; explain when it is not one.
        Arguments.Cut rest = args.splitWord(next);
        throw fail(INVALID_OPTION, args.span(wordStart, rest.end()),
            invalidOptionMessage(messages),
            "chronyd " + target + " reads at most 4 characters of a reference id and takes the rest, `"
                + args.display(rest.start(), rest.end()) + "`, as the next option", null);
      }
      if (option == null) {
        Span wordSpan = args.span(wordStart, wordEnd);
        Arguments.Cut valueCut = args.splitWord(wordEnd);
        Span span = valueCut.start() == valueCut.end() ? wordSpan
            : wordSpan.union(args.span(valueCut.start(), valueCut.end()));
        throw fail(INVALID_OPTION_VALUE, span, invalidValueMessage(messages),
            describeExpected(kind), null);
      }
      if (count == optionsRead.length) {
        optionsRead = Arrays.copyOf(optionsRead, 2 * count);
      }
      optionsRead[count++] = option;
      position = next;
    }
    return optionsRead(count);
  }

  /**
   * The options {@link #readOptions} found in the directive being read, reused from directive to
   * directive: with an ArrayList per directive, grown past ten, that the record's List.copyOf
   * then copied twice, a directive's options were up to four arrays (issue 8, P3).
   */
  private Option<?>[] optionsRead = new Option<?>[16];

  /**
   * The first {@code count} of {@link #optionsRead} as an immutable list: the List.of of fixed
   * arity wraps its one array, which the record's List.copyOf keeps as it is.
   */
  @SuppressWarnings("unchecked")
  private <K extends Enum<K> & OptionSpec> List<Option<K>> optionsRead(int count) {
    Option<?>[] o = optionsRead;
    List<?> list = switch (count) {
      case 0 -> List.of();
      case 1 -> List.of(o[0]);
      case 2 -> List.of(o[0], o[1]);
      case 3 -> List.of(o[0], o[1], o[2]);
      case 4 -> List.of(o[0], o[1], o[2], o[3]);
      case 5 -> List.of(o[0], o[1], o[2], o[3], o[4]);
      case 6 -> List.of(o[0], o[1], o[2], o[3], o[4], o[5]);
      case 7 -> List.of(o[0], o[1], o[2], o[3], o[4], o[5], o[6]);
      case 8 -> List.of(o[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7]);
      default -> List.of(Arrays.copyOf(o, count));
    };
    // Not kept past the list: the options are the model's, not the reader's.
    Arrays.fill(o, 0, count, null);
    return (List<Option<K>>) list;
  }

  private String describeExpected(OptionSpec spec) {
    String what = switch (spec.valueKind()) {
      case INT, UINT32 -> "an integer";
      case HEX -> "a hexadecimal number";
      case DOUBLE -> "a number";
      case REFID -> "a reference id of 1 to 4 characters";
      case KEYWORD -> "one of all, ntp, ptp, none";
      case NONE -> "nothing";
    };
    String range = spec.hasRange() && target.atLeast(spec.rangeCheckedSince())
        ? " from " + spec.min() + " to " + spec.max() : "";
    return "`" + spec.keyword() + "` expects " + what + range;
  }

  private ChronyDirective readSource(ChronyDirectiveKind kind) throws Rejected {
    SourceType type = switch (kind) {
      case POOL -> SourceType.POOL;
      case PEER -> SourceType.PEER;
      default -> SourceType.SERVER;
    };
    String lower = kind.keyword();
    if (args.count() == 0) {
      throw fail(MISSING_ARGUMENTS, syntax.span(), target.detailedMessages()
          ? "Invalid syntax for " + lower + " directive"
          : "Could not parse " + name() + " directive",
          "expects a host name or address", null);
    }
    Arguments.Cut host = args.splitWord(0);
    OptionMessages messages = SOURCE_MESSAGES[type.ordinal()];
    List<Option<SourceOption>> options = readOptions(SourceOption.class, host.next(), messages);
    // By index: an iterator per source showed in the allocation profile (issue 8, P3).
    for (int i = 0; i < options.size(); i++) {
      Option<SourceOption> option = options.get(i);
      if (option.kind() == SourceOption.KEY && option.intValue() == 0) {
        throw fail(INVALID_OPTION_VALUE, option.span(), invalidValueMessage(messages),
            "key 0 is not a valid key id", null);
      }
      if (option.kind() == SourceOption.EXTFIELD && !validExtensionField(option.intValue())) {
        throw fail(INVALID_OPTION_VALUE, option.span(), invalidValueMessage(messages),
            "chrony " + target + " knows extension fields " + knownExtensionFields(), null);
      }
    }
    return new NtpSource(syntax, type, arg(0), options);
  }

  private boolean validExtensionField(long value) {
    if (value == 0xF323L) {
      return true;
    }
    if (value == 0xF324L) {
      return target.atLeast(ChronyVersion.V4_5);
    }
    return value == 0x10AL && target.atLeast(ChronyVersion.HEAD);
  }

  private String knownExtensionFields() {
    if (target.atLeast(ChronyVersion.HEAD)) {
      return "F323, F324, 10A";
    }
    return target.atLeast(ChronyVersion.V4_5) ? "F323, F324" : "F323";
  }

  private ChronyDirective readRefclock() throws Rejected {
    if (args.count() < 2) {
      throw fail(MISSING_ARGUMENTS, syntax.span(), "Could not parse " + name() + " directive",
          "expects `refclock DRIVER PARAMETER [options]`", null);
    }
    Arguments.Cut driver = args.splitWord(0);
    Arguments.Cut parameter = args.splitWord(driver.next());
    List<Option<RefclockOption>> options =
        readOptions(RefclockOption.class, parameter.next(), new OptionMessages(name(), true));
    String param = arg(1).text();
    String[] parts = param.split(":", -1);
    List<String> driverOptions = Arrays.asList(parts).subList(1, parts.length);
    Refclock refclock = new Refclock(syntax, arg(0), arg(1), parts[0], driverOptions, options);
    checkRefclockDriver(refclock);
    return refclock;
  }

  /** Driver names and driver options are checked only when chronyd starts (not by -p). */
  private void checkRefclockDriver(Refclock refclock) {
    String driver = refclock.driver().raw();
    List<String> allowed = switch (driver) {
      case "PPS" -> List.of("clear");
      case "SOCK" -> List.of();
      case "SHM" -> List.of("perm");
      case "PHC" -> List.of("nocrossts", "extpps", "pin", "channel", "clear");
      case "RTC" -> List.of("utc");
      default -> null;
    };
    if (allowed == null) {
      String suggestion = Suggestions.closest(driver, List.of("PPS", "SOCK", "SHM", "PHC", "RTC"))
          .orElse(null);
      diagnostics.add(FAILS_AT_START, refclock.driver().span(), "chronyd -p accepts this, but chronyd"
          + " refuses to start: unknown refclock driver " + refclock.driver().text()
          + " (driver names are case-sensitive: PPS, SOCK, SHM, PHC, RTC)", suggestion);
      return;
    }
    if (driver.equals("RTC") && target.before(ChronyVersion.V4_7)) {
      diagnostics.add(FAILS_AT_START, refclock.driver().span(), "chronyd -p accepts this, but chronyd "
          + target + " refuses to start: the RTC refclock driver was added in chrony 4.7");
    }
    for (String option : refclock.driverOptions()) {
      String optionName = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
      if (!allowed.contains(optionName)) {
        diagnostics.add(FAILS_AT_START, refclock.parameter().span(), "chronyd -p accepts this, but"
            + " chronyd refuses to start: Invalid refclock driver option " + option + " for "
            + driver + (allowed.isEmpty() ? " (it takes none)" : " (valid: "
            + String.join(", ", allowed) + ")"));
      }
    }
  }

  private ChronyDirective readLocal() throws Rejected {
    return new LocalClock(syntax,
        readOptions(LocalOption.class, 0, new OptionMessages(name(), false)));
  }

  private ChronyDirective readHwTimestamp() throws Rejected {
    if (args.count() == 0) {
      throw fail(MISSING_ARGUMENTS, syntax.span(), "Could not parse " + name() + " directive",
          "expects an interface name or *", null);
    }
    Arguments.Cut iface = args.splitWord(0);
    return new HwTimestamp(syntax, arg(0),
        readOptions(HwTimestampOption.class, iface.next(), new OptionMessages(null, false)));
  }

  private ChronyDirective readRateLimit(ChronyDirectiveKind kind) throws Rejected {
    List<Option<RateLimitOption>> options = new ArrayList<>();
    String message = "Could not parse " + name() + " directive";
    int position = 0;
    while (!args.atEnd(position)) {
      Arguments.Cut cut = args.splitWord(position);
      String word = args.raw(cut.start(), cut.end());
      Span wordSpan = args.span(cut.start(), cut.end());
      // chronyd scans the value before it looks at the name.
      RateLimitOption known = lookup(RateLimitOption.class, cut.start(), cut.end());
      Optional<RateLimitOption> option = Optional.ofNullable(
          known == RateLimitOption.KOD && kind != ChronyDirectiveKind.RATELIMIT ? null : known);
      RateLimitOption scanAs = option.orElse(RateLimitOption.INTERVAL);
      Option<RateLimitOption> read = readOption(scanAs, cut.start(), cut.end());
      if (read == null) {
        throw fail(INVALID_OPTION_VALUE, wordSpan, message,
            "`" + args.display(cut.start(), cut.end()) + "` expects an integer"
                + (target.strictIntegers() ? " from -32 to 32" : ""), null);
      }
      if (option.isEmpty()) {
        List<String> names = kind == ChronyDirectiveKind.RATELIMIT
            ? List.of("interval", "burst", "leak", "kod") : List.of("interval", "burst", "leak");
        boolean tooNew = word.equalsIgnoreCase("kod") && kind == ChronyDirectiveKind.RATELIMIT;
        throw fail(tooNew ? OPTION_TOO_NEW : INVALID_OPTION, wordSpan, message,
            tooNew ? "option `kod` was added in chrony 4.6"
                : "unknown option `" + args.display(cut.start(), cut.end()) + "`",
            tooNew ? null : Suggestions.closest(word, names).orElse(null));
      }
      options.add(read);
      position = afterOption;
    }
    return new RateLimit(syntax, kind, options);
  }

  // ----- allow / deny ----------------------------------------------------------------------

  private ChronyDirective readAccess(ChronyDirectiveKind kind) throws Rejected {
    boolean command = kind == ChronyDirectiveKind.CMDALLOW || kind == ChronyDirectiveKind.CMDDENY;
    boolean allow = kind == ChronyDirectiveKind.ALLOW || kind == ChronyDirectiveKind.CMDALLOW;
    List<Word> words = arguments;
    boolean all = !words.isEmpty() && words.get(0).rawEquals("all");
    int netIndex = all ? 1 : 0;
    if (words.size() > netIndex + 1) {
      String hint = !all && words.get(0).raw().equalsIgnoreCase("all")
          ? "`all` must be lowercase" : "expects `" + kind.keyword() + " [all] [SUBNET]`";
      throw fail(TOO_MANY_ARGUMENTS, words.get(netIndex + 1).span()
              .union(words.get(words.size() - 1).span()),
          "Could not parse " + name() + " directive", hint,
          !all && words.get(0).raw().equalsIgnoreCase("all") ? "all" : null);
    }
    if (words.size() == netIndex) {
      return new AccessRule(syntax, command, allow, all, Optional.empty());
    }
    Word net = words.get(netIndex);
    return new AccessRule(syntax, command, allow, all, Optional.of(readSubnet(net)));
  }

  /** CPS_ParseAllowDeny's address part. */
  private Subnet readSubnet(Word word) throws Rejected {
    String raw = word.raw();
    String address = raw;
    int bits = -1;
    int slash = raw.indexOf('/');
    if (slash >= 0) {
      String bitsText = raw.substring(slash + 1);
      CScan.Scanned r = CScan.scanInt(bitsText, 0);
      if (r == null || r.consumed() != bitsText.length() || r.longValue() < 0) {
        throw fail(INVALID_ADDRESS, word.span(), "Could not parse " + name() + " directive",
            "`" + bitsText + "` is not a prefix length", null);
      }
      bits = (int) r.longValue();
      address = raw.substring(0, slash);
    }
    Optional<InetAddress> ip = IpAddresses.parse(address);
    if (ip.isPresent()) {
      int max = ip.get().getAddress().length == 16 ? 128 : 32;
      int prefix = bits >= 0 ? bits : max;
      checkPrefix(word, prefix, max);
      return new Subnet(word.text(), ip, prefix, Optional.empty(), word.span());
    }
    Optional<Subnet> shortened = shortenedIpv4(word, address, bits);
    if (shortened.isPresent()) {
      return shortened.get();
    }
    if (bits < 0) {
      // The rest goes to getaddrinfo, which reads numeric forms before any name lookup.
      Optional<Subnet> numeric = getaddrinfoNumeric(word, address);
      if (numeric.isPresent()) {
        return numeric.get();
      }
    }
    if (bits < 0 && HostNames.isName(address)) {
      diagnostics.add(RESOLVED_WHILE_READING, word.span(), "chronyd resolves `" + word.text()
          + "` while reading the file and uses its first address; if it cannot resolve it, chronyd"
          + " rejects the file");
      return new Subnet(word.text(), Optional.empty(), -1, Optional.of(word.text()), word.span());
    }
    throw fail(INVALID_ADDRESS, word.span(), "Could not parse " + name() + " directive",
        bits >= 0 && HostNames.isName(address) ? "a host name cannot have a prefix length"
            : "`" + word.text() + "` is not an address, a subnet or a host name", null);
  }

  /**
   * What getaddrinfo (glibc) reads without a name lookup: numbers-and-dots as inet_aton reads
   * them ({@code 010.1.1.1}, {@code 0x0a}, 1 to 4 parts), and IPv6 with a scope id, of which
   * chronyd's DNS_Name2IPAddress keeps only scope 0 (it drops addresses with a scope id).
   */
  private Optional<Subnet> getaddrinfoNumeric(Word word, String address) {
    byte[] v4 = inetAtonExact(address);
    if (v4 != null) {
      try {
        return Optional.of(new Subnet(word.text(), Optional.of(InetAddress.getByAddress(v4)), 32,
            Optional.empty(), word.span()));
      } catch (java.net.UnknownHostException e) {
        return Optional.empty();
      }
    }
    int percent = address.indexOf('%');
    byte[] v6 = percent < 0 ? null : IpAddresses.parseIpv6(address.substring(0, percent));
    if (v6 == null) {
      return Optional.empty();
    }
    if (!address.substring(percent + 1).matches("0+")) {
      return Optional.empty(); // any other scope id: rejected below
    }
    try {
      return Optional.of(new Subnet(word.text(), Optional.of(InetAddress.getByAddress(v6)), 128,
          Optional.empty(), word.span()));
    } catch (java.net.UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** glibc's inet_aton_exact: 1 to 4 parts, each 0x hex, 0 octal or decimal; the last fills the rest. */
  private static byte[] inetAtonExact(String s) {
    long[] max = {0xffffffffL, 0xffffffL, 0xffffL, 0xffL};
    long[] parts = new long[4];
    int count = 0;
    int i = 0;
    while (true) {
      if (i >= s.length() || s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
      int base = 10;
      if (s.charAt(i) == '0') {
        base = 8;
        if (i + 2 < s.length() && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
            && Character.digit(s.charAt(i + 2), 16) >= 0 && s.charAt(i + 2) < 0x80) {
          base = 16;
          i += 2;
        }
      }
      long value = 0;
      while (i < s.length() && s.charAt(i) < 0x80 && Character.digit(s.charAt(i), base) >= 0) {
        value = Math.min(value * base + Character.digit(s.charAt(i), base), 1L << 40);
        i++;
      }
      if (value > 0xffffffffL) {
        return null;
      }
      if (i < s.length() && s.charAt(i) == '.') {
        if (count > 2 || value > 0xff) {
          return null;
        }
        parts[count++] = value;
        i++;
        continue;
      }
      if (i != s.length() || value > max[count]) {
        return null;
      }
      long address = value;
      for (int k = 0; k < count; k++) {
        address |= parts[k] << (24 - 8 * k);
      }
      return new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8),
          (byte) address};
    }
  }

  /** chronyd's own short IPv4 network forms: {@code 10}, {@code 192.168}, {@code 10.1.2}. */
  private Optional<Subnet> shortenedIpv4(Word word, String text, int bits) throws Rejected {
    long[] parts = new long[3];
    int count = 0;
    int position = 0;
    while (count < 3) {
      CScan.Scanned r = CScan.scanUInt32(text, position);
      if (r == null) {
        break;
      }
      parts[count++] = r.longValue();
      position += r.consumed();
      if (position < text.length() && text.charAt(position) == '.' && count < 3) {
        position++;
        continue;
      }
      break;
    }
    if (count == 0 || position != text.length() || text.endsWith(".")) {
      return Optional.empty();
    }
    for (int i = 0; i < count; i++) {
      if (parts[i] > 255) {
        throw fail(INVALID_ADDRESS, word.span(), "Could not parse " + name() + " directive",
            "an address part is greater than 255", null);
      }
    }
    byte[] bytes = {(byte) parts[0], (byte) parts[1], (byte) parts[2], 0};
    int prefix = bits >= 0 ? bits : count * 8;
    checkPrefix(word, prefix, 32);
    try {
      return Optional.of(new Subnet(word.text(), Optional.of(InetAddress.getByAddress(bytes)), prefix,
          Optional.empty(), word.span()));
    } catch (java.net.UnknownHostException e) {
      return Optional.empty();
    }
  }

  private void checkPrefix(Word word, int prefix, int max) {
    if (prefix > max) {
      diagnostics.add(FAILS_AT_START, word.span(), "chronyd -p accepts this, but chronyd refuses to"
          + " start: Bad subnet in " + word.text() + " (the prefix length is at most " + max + ")");
    }
  }
}

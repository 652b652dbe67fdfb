package dev.ntplint.ntp;

import static dev.ntplint.ntp.catalog.NtpKeyword.*;

import dev.ntplint.collect.Groups;
import dev.ntplint.ntp.NtpScanner.Tok;
import dev.ntplint.ntp.NtpScanner.TokKind;
import dev.ntplint.ntp.catalog.AssociationOption;
import dev.ntplint.ntp.catalog.Availability;
import dev.ntplint.ntp.catalog.CryptoOption;
import dev.ntplint.ntp.catalog.DeviceItem;
import dev.ntplint.ntp.catalog.DiscardOption;
import dev.ntplint.ntp.catalog.FilegenOption;
import dev.ntplint.ntp.catalog.FilegenType;
import dev.ntplint.ntp.catalog.FudgeFactor;
import dev.ntplint.ntp.catalog.LimitOption;
import dev.ntplint.ntp.catalog.MruOption;
import dev.ntplint.ntp.catalog.NicAction;
import dev.ntplint.ntp.catalog.NicClass;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.NtpKeyword;
import dev.ntplint.ntp.catalog.NtpOptionSpec;
import dev.ntplint.ntp.catalog.NtsOption;
import dev.ntplint.ntp.catalog.RefclockDriver;
import dev.ntplint.ntp.catalog.ResetCounter;
import dev.ntplint.ntp.catalog.RestrictFlag;
import dev.ntplint.ntp.catalog.RlimitOption;
import dev.ntplint.ntp.catalog.StatisticsType;
import dev.ntplint.ntp.catalog.SystemFlag;
import dev.ntplint.ntp.catalog.TinkerOption;
import dev.ntplint.ntp.catalog.TosOption;
import dev.ntplint.ntp.catalog.TrapOption;
import dev.ntplint.ntp.catalog.ValueKind;
import dev.ntplint.ntp.model.AddressFamily;
import dev.ntplint.ntp.model.AddressList;
import dev.ntplint.ntp.model.Association;
import dev.ntplint.ntp.model.AssociationType;
import dev.ntplint.ntp.model.Crypto;
import dev.ntplint.ntp.model.Device;
import dev.ntplint.ntp.model.Discard;
import dev.ntplint.ntp.model.FileSetting;
import dev.ntplint.ntp.model.Filegen;
import dev.ntplint.ntp.model.Fudge;
import dev.ntplint.ntp.model.Include;
import dev.ntplint.ntp.model.InterfaceRule;
import dev.ntplint.ntp.model.KeyRange;
import dev.ntplint.ntp.model.Limit;
import dev.ntplint.ntp.model.LogConfig;
import dev.ntplint.ntp.model.LogConfigItem;
import dev.ntplint.ntp.model.Mru;
import dev.ntplint.ntp.model.NtpAddress;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Nts;
import dev.ntplint.ntp.model.Option;
import dev.ntplint.ntp.model.Phone;
import dev.ntplint.ntp.model.PollSkew;
import dev.ntplint.ntp.model.PollSkewList;
import dev.ntplint.ntp.model.Refclock;
import dev.ntplint.ntp.model.Reset;
import dev.ntplint.ntp.model.Restrict;
import dev.ntplint.ntp.model.RestrictTarget;
import dev.ntplint.ntp.model.Rlimit;
import dev.ntplint.ntp.model.Secret;
import dev.ntplint.ntp.model.SetVar;
import dev.ntplint.ntp.model.Setting;
import dev.ntplint.ntp.model.Statistics;
import dev.ntplint.ntp.model.Switch;
import dev.ntplint.ntp.model.SystemFlags;
import dev.ntplint.ntp.model.Tinker;
import dev.ntplint.ntp.model.Tos;
import dev.ntplint.ntp.model.Trap;
import dev.ntplint.ntp.model.TrustedKey;
import dev.ntplint.ntp.model.Ttl;
import dev.ntplint.ntp.model.Value;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * ntpd's command grammar (ntp_parser.y) for one daemon, as a recursive-descent recogniser over
 * the tokens of one command. It accepts exactly what the daemon's LALR parser accepts, stops at
 * the same token (the first one that cannot continue a valid command: every token before it has
 * been shifted), and builds the typed model of what it read.
 */
final class NtpGrammar {

  /** What the parser wanted where it failed; drives the diagnostic code and message. */
  enum Expect {
    COMMAND, OPTION, INTEGER, UNSIGNED, NUMBER, DOUBLE, BOOLEAN, STRING, ADDRESS, KEYWORD, END
  }

  /** The token where the daemon's parser fails (index == size: at the end of the command). */
  static final class Fault extends Exception {
    private static final long serialVersionUID = 1L;
    final int index;
    final Expect expect;
    final String expected;
    final transient List<? extends NtpOptionSpec> candidates;
    final List<String> keywords;

    Fault(int index, Expect expect, String expected, List<? extends NtpOptionSpec> candidates,
        List<String> keywords) {
      super(expected, null, false, false);
      this.index = index;
      this.expect = expect;
      this.expected = expected;
      this.candidates = candidates;
      this.keywords = keywords;
    }
  }

  /**
   * Something the daemon says about a command it accepts while parsing it. {@code yyerror} notes
   * are logged through ntpd's yyerror, which also moves the position it reports for later syntax
   * errors (spec 1.7).
   */
  record Note(NtpDiagnosticCode code, Span span, String message, boolean yyerror) {}

  /** The outcome of one command: its model, or the fault; and the notes. */
  record Result(NtpDirective directive, Fault fault, List<Note> notes) {
    boolean ok() {
      return fault == null;
    }
  }

  private final NtpFlavour flavour;
  private final String daemon;
  private List<Tok> toks;
  private int pos;
  private int end;
  private DirectiveSyntax syntax;
  /**
   * The notes of the command being parsed: a scratch list, copied into each result when it holds
   * any. Most commands have none, and a list per command was 1.3% of the bytes allocated per
   * parse + lint of ntp.conf (issue 8, P3).
   */
  private final List<Note> notes = new ArrayList<>();
  /**
   * Whether the last {@link #parse} asked anything whose answer differs between the two daemons
   * (a keyword or option only one has, a value kind, a daemon-specific rule, the daemon's name in
   * a message). When it did not, the other daemon's grammar, given the very same tokens, takes the
   * very same path and builds an equal result: the accept-either target reads such a command once
   * (issue 8; NtpGrammarSharingTest compares both).
   */
  private boolean flavourMattered;

  /**
   * The address first read per address text, up to {@link #MAX_REMEMBERED_ADDRESSES} of them: an
   * address read again shares that one's parts (its numeric form, prefix and refclock, all
   * immutable and worked out from the text alone) and its text. A large file names the same
   * networks, masks, servers and refclocks over and over: an InetAddress, its holder and their
   * Optional, and a text, per address were 30 MB and 1.1 M objects of the 380 MB that the model
   * and findings of a 20 MB ntp.conf keep (issue 8, P4). Null until the first address.
   */
  private Map<String, NtpAddress> addressesByText;
  /** Enough for the distinct addresses of any real file; bounds the map for generated ones. */
  private static final int MAX_REMEMBERED_ADDRESSES = 4096;
  /** The -4/-6 qualifiers as read: one Optional each rather than one per qualified address. */
  private static final Optional<AddressFamily> IPV4_FAMILY = Optional.of(AddressFamily.IPV4);
  private static final Optional<AddressFamily> IPV6_FAMILY = Optional.of(AddressFamily.IPV6);

  NtpGrammar(NtpFlavour flavour) {
    this.flavour = flavour;
    this.daemon = flavour.displayName();
  }

  /** Parses the tokens [0, end) of a command; {@code syntax} is the command's generic view. */
  Result parse(List<Tok> tokens, int end, DirectiveSyntax syntax) {
    this.toks = tokens;
    this.end = end;
    this.pos = 0;
    this.syntax = syntax;
    notes.clear();
    this.flavourMattered = false;
    try {
      NtpDirective directive = command();
      if (pos < end) {
        throw new Fault(pos, Expect.END, "the end of the command", List.of(), List.of());
      }
      return new Result(directive, null, NtpSyntaxReader.exactCopy(notes));
    } catch (Fault fault) {
      return new Result(null, fault, NtpSyntaxReader.exactCopy(notes));
    }
  }

  /** True when the last {@link #parse} read the same for both daemons (see flavourMattered). */
  boolean lastParseFlavourNeutral() {
    return !flavourMattered;
  }

  /** This grammar's daemon, for a rule that is its own: the parse is then daemon-specific. */
  private NtpFlavour flavourAsked() {
    flavourMattered = true;
    return flavour;
  }

  /** The daemon's name for a message: the parse is then daemon-specific. */
  private String daemonNamed() {
    flavourMattered = true;
    return daemon;
  }

  /** Whether this daemon has it; the parse is daemon-specific only when the daemons differ. */
  private boolean available(Availability availability) {
    boolean here = availability.in(flavour);
    if (here != availability.in(flavour.other())) {
      flavourMattered = true;
    }
    return here;
  }

  // ---------------------------------------------------------------- token helpers

  private boolean atEnd() {
    return pos >= end;
  }

  private Tok peek() {
    return atEnd() ? null : toks.get(pos);
  }

  private boolean peekIs(NtpKeyword k) {
    return !atEnd() && toks.get(pos).is(k);
  }

  private boolean peekIsAny(Set<NtpKeyword> set) {
    Tok t = peek();
    return t != null && t.kind() == TokKind.KEYWORD && set.contains(t.keyword());
  }

  private Fault fault(Expect expect, String expected) {
    return new Fault(pos, expect, expected, List.of(), List.of());
  }

  private Fault optionFault(String expected, List<? extends NtpOptionSpec> candidates) {
    return new Fault(pos, Expect.OPTION, expected, candidates, List.of());
  }

  private Word keywordWord() {
    return toks.get(pos - 1).word();
  }

  /** Available in this flavour's reference release. */
  private boolean has(NtpOptionSpec spec) {
    return available(spec.availability());
  }

  private <K extends Enum<K> & NtpOptionSpec> K optionOf(Class<K> type) {
    Tok t = peek();
    if (t == null || t.kind() != TokKind.KEYWORD) {
      return null;
    }
    for (K k : constantsSpelled(type, t.keyword().text())) {
      if (has(k)) {
        return k;
      }
    }
    return null;
  }

  /**
   * An option enum's constants by keyword, in declaration order, once per class: a look-up per
   * option word instead of comparing it with every constant's keyword (issue 8).
   */
  private static final ClassValue<Map<String, List<?>>> BY_KEYWORD = new ClassValue<>() {
    @Override
    protected Map<String, List<?>> computeValue(Class<?> type) {
      Map<String, List<Object>> byKeyword = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        String keyword = ((NtpOptionSpec) constant).keyword();
        Groups.add(byKeyword, keyword, constant);
      }
      Map<String, List<?>> frozen = new HashMap<>();
      for (Map.Entry<String, List<Object>> e : byKeyword.entrySet()) {
        frozen.put(e.getKey(), List.copyOf(e.getValue()));
      }
      return Map.copyOf(frozen);
    }
  };

  @SuppressWarnings("unchecked")
  private static <K extends Enum<K> & NtpOptionSpec> List<K> constantsSpelled(Class<K> type,
      String keyword) {
    return (List<K>) BY_KEYWORD.get(type).getOrDefault(keyword, List.of());
  }

  private static <K extends Enum<K> & NtpOptionSpec> List<K> all(Class<K> type) {
    return constants(type);
  }

  /**
   * The constants of an option enum, once per class: {@code getEnumConstants()} clones its array
   * on every call, and options are looked up for every option word of every command.
   */
  private static final ClassValue<List<?>> CONSTANTS = new ClassValue<>() {
    @Override
    protected List<?> computeValue(Class<?> type) {
      return List.of(type.getEnumConstants());
    }
  };

  @SuppressWarnings("unchecked")
  private static <K extends Enum<K> & NtpOptionSpec> List<K> constants(Class<K> type) {
    return (List<K>) CONSTANTS.get(type);
  }

  private String names(List<? extends NtpOptionSpec> specs) {
    StringBuilder sb = new StringBuilder();
    for (NtpOptionSpec s : specs) {
      if (has(s)) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(s.keyword());
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- values

  private Value.IntValue integer(String what) throws Fault {
    Tok t = peek();
    if (t == null || t.kind() != TokKind.INTEGER) {
      throw fault(Expect.INTEGER, what);
    }
    pos++;
    return Value.IntValue.of(t.intValue(), false, t.file(), t.start(), t.end());
  }

  private Value.IntValue unsignedInteger(String what) throws Fault {
    Tok t = peek();
    if (t == null || (t.kind() != TokKind.INTEGER && t.kind() != TokKind.UINT)) {
      throw fault(Expect.UNSIGNED, what);
    }
    pos++;
    return Value.IntValue.of(t.intValue(), t.kind() == TokKind.UINT, t.file(), t.start(),
        t.end());
  }

  private Value number(String what) throws Fault {
    Tok t = peek();
    if (t == null || (t.kind() != TokKind.INTEGER && t.kind() != TokKind.DOUBLE)) {
      throw fault(Expect.NUMBER, what);
    }
    pos++;
    if (t.kind() == TokKind.INTEGER) {
      return Value.IntValue.of(t.intValue(), false, t.file(), t.start(), t.end());
    }
    return Value.DoubleValue.of(t.doubleValue(), t.file(), t.start(), t.end());
  }

  private Value.BooleanValue bool(String what) throws Fault {
    Tok t = peek();
    if (t != null && t.is(TRUE)) {
      pos++;
      return Value.BooleanValue.of(true, t.file(), t.start(), t.end());
    }
    if (t == null || t.kind() != TokKind.INTEGER) {
      throw fault(Expect.BOOLEAN, what);
    }
    pos++;
    if (t.intValue() != 0 && t.intValue() != 1) {
      notes.add(new Note(NtpDiagnosticCode.VALUE_ADJUSTED, t.span(),
          daemonNamed() + " logs \"Integer value is not boolean (0 or 1). Assuming 1\": `"
              + t.text() + "` is read as 1", true));
      return Value.BooleanValue.of(true, t.file(), t.start(), t.end());
    }
    return Value.BooleanValue.of(t.intValue() == 1, t.file(), t.start(), t.end());
  }

  private Value.TextValue string(String what) throws Fault {
    Tok t = peek();
    if (t == null || t.kind() != TokKind.STRING) {
      throw fault(Expect.STRING, what);
    }
    pos++;
    return Value.TextValue.of(t.text(), t.file(), t.start(), t.end());
  }

  /** {@code address : ip_address | address_fam T_String}. */
  private NtpAddress address(String what) throws Fault {
    Optional<AddressFamily> family = Optional.empty();
    Tok t = peek();
    if (t != null && (t.is(IPV4_FLAG) || t.is(IPV6_FLAG))) {
      family = t.is(IPV4_FLAG) ? IPV4_FAMILY : IPV6_FAMILY;
      pos++;
      t = peek();
    }
    if (t == null || t.kind() != TokKind.STRING) {
      throw fault(Expect.ADDRESS, what);
    }
    pos++;
    return addressOf(t, family);
  }

  /** {@code ip_address : T_String}. */
  private NtpAddress ipAddress(String what) throws Fault {
    Tok t = peek();
    if (t == null || t.kind() != TokKind.STRING) {
      throw fault(Expect.ADDRESS, what);
    }
    pos++;
    return addressOf(t, Optional.empty());
  }

  /**
   * {@code NtpAddress.of(t.word(), t.text(), family)}, sharing the parts of an address read
   * before with the same text (see {@link #addressesByText}).
   */
  private NtpAddress addressOf(Tok t, Optional<AddressFamily> family) {
    String text = t.text();
    if (addressesByText == null) {
      addressesByText = new HashMap<>();
    }
    NtpAddress same = addressesByText.get(text);
    if (same != null) {
      return same.readAgainAt(t.file(), t.start(), t.end(), family);
    }
    // The token's range, not its word: the address makes its word when asked (issue 8, P4).
    NtpAddress address = NtpAddress.of(t.file(), t.start(), t.end(), text, family);
    if (addressesByText.size() < MAX_REMEMBERED_ADDRESSES) {
      addressesByText.put(text, address);
    }
    return address;
  }

  private <K extends Enum<K> & NtpOptionSpec> Option<K> flag(K kind) {
    Tok keyword = toks.get(pos);
    pos++;
    return option(kind, keyword, null);
  }

  /**
   * The option whose keyword is the token {@code keyword}, with {@code value} (null for a flag).
   * Made from the token's range, not its word: the option makes its keyword word when asked, and
   * a word per option was the largest share of the objects a large ntp.conf's model kept (issue
   * 8, P4).
   */
  private static <K extends Enum<K> & NtpOptionSpec> Option<K> option(K kind, Tok keyword,
      Value value) {
    return Option.of(kind, keyword.file(), keyword.start(), keyword.end(), value);
  }

  /** An option whose value has the kind the flavour's grammar gives it. */
  private <K extends Enum<K> & NtpOptionSpec> Option<K> valued(K kind) throws Fault {
    Tok keyword = toks.get(pos);
    pos++;
    ValueKind vk = kind.valueKind(flavour);
    if (vk != kind.valueKind(flavour.other())) {
      flavourMattered = true;
    }
    Value value;
    try {
      switch (vk) {
        case NONE:
          return option(kind, keyword, null);
        case INTEGER:
          value = integer(VALUE_NAMED_LATER);
          break;
        case UNSIGNED:
          value = unsignedInteger(VALUE_NAMED_LATER);
          break;
        case NUMBER:
          value = number(VALUE_NAMED_LATER);
          break;
        case BOOLEAN:
          value = bool(VALUE_NAMED_LATER);
          break;
        case STRING:
          value = string(VALUE_NAMED_LATER);
          break;
        default:
          throw new IllegalStateException("value kind " + vk);
      }
    } catch (Fault missing) {
      throw new Fault(missing.index, missing.expect, valueWanted(vk, kind), missing.candidates,
          missing.keywords);
    }
    return option(kind, keyword, value);
  }

  /**
   * What {@link #valued} passes as the expected value's description: the real one names the
   * option and is built only when the value is missing (building it for every option was a
   * noticeable share of the bytes allocated per command; issue 8).
   */
  private static final String VALUE_NAMED_LATER = "a value";

  private static String valueWanted(ValueKind vk, NtpOptionSpec kind) {
    switch (vk) {
      case INTEGER:
      case UNSIGNED:
        return "an integer after `" + kind.keyword() + "`";
      case NUMBER:
        return "a number after `" + kind.keyword() + "`";
      case BOOLEAN:
        return "0, 1 or true after `" + kind.keyword() + "`";
      default:
        return "a value for `" + kind.keyword() + "`";
    }
  }

  /** {@code X_list : X+} (or X* when {@code allowEmpty}) of simple keyword-value options. */
  private <K extends Enum<K> & NtpOptionSpec> List<Option<K>> optionList(Class<K> type,
      boolean allowEmpty, String what) throws Fault {
    List<Option<K>> options = new ArrayList<>();
    while (!atEnd() || (!allowEmpty && options.isEmpty())) {
      K kind = optionOf(type);
      if (kind == null) {
        throw optionFault(what + " (" + names(all(type)) + ")", all(type));
      }
      options.add(valued(kind));
    }
    return options;
  }

  // ---------------------------------------------------------------- commands

  private NtpDirective command() throws Fault {
    Tok first = peek();
    if (first == null) {
      throw fault(Expect.COMMAND, "a command");
    }
    NtpDirectiveKind kind = null;
    if (first.kind() == TokKind.KEYWORD) {
      Optional<NtpDirectiveKind> named = NtpDirectiveKind.byKeyword(first.keyword().text());
      if (named.isPresent() && available(named.get().availability())) {
        kind = named.get();
      }
    }
    if (kind == null) {
      // At pos, not 0: `includefile NAME` parses a command after its name (ntp_parser.y:
      // T_Includefile T_String command), and bison's error is on that word, not on the line.
      throw new Fault(pos, Expect.COMMAND, "a command", List.of(),
          NtpDirectiveKind.keywords(flavourAsked()));
    }
    pos++;
    switch (kind) {
      case SERVER:
        return association(AssociationType.SERVER);
      case POOL:
        return association(AssociationType.POOL);
      case PEER:
        return association(AssociationType.PEER);
      case BROADCAST:
        return association(AssociationType.BROADCAST);
      case MANYCASTCLIENT:
        return association(AssociationType.MANYCASTCLIENT);
      case REFCLOCK:
        return refclock();
      case UNPEER:
      case UNCONFIG:
        return new dev.ntplint.ntp.model.Unpeer(syntax, kind, address("an address or association id"));
      case BROADCASTCLIENT:
      case END:
        return new Switch(syntax, kind);
      case MANYCASTSERVER:
      case MULTICASTCLIENT: {
        List<NtpAddress> addresses = new ArrayList<>();
        do {
          addresses.add(address("an address"));
        } while (!atEnd());
        return new AddressList(syntax, kind, addresses);
      }
      case MDNSTRIES:
      case CONTROLKEY:
      case REQUESTKEY:
      case REVOKE:
      case AUTOMAX:
      case DSCP:
        return new Setting(syntax, kind, integer("an integer"));
      case LEAPSMEARINTERVAL: {
        Value v = integer("an integer");
        if (flavourAsked() == NtpFlavour.NTPSEC) {
          notes.add(new Note(NtpDiagnosticCode.IGNORED_BY_DAEMON, syntax.span(),
              "NTPsec builds without leap smearing (such as Debian's) log \"Built without"
                  + " LEAP_SMEAR support.\" and ignore this", true));
        }
        return new Setting(syntax, kind, v);
      }
      case NONVOLATILE:
      case TICK:
      case BROADCASTDELAY:
        return new Setting(syntax, kind, number("a number"));
      case IDENT:
        return new Setting(syntax, kind, string("a group name"));
      case KEYS:
      case KEYSDIR:
      case NTPSIGNDSOCKET:
      case STATSDIR:
      case LOGFILE:
      case PIDFILE:
      case SAVECONFIGDIR:
        return new FileSetting(syntax, kind, Optional.of(string("a path")), Optional.empty());
      case LEAPFILE: {
        Value.TextValue path = string("a path");
        Optional<Value> hash = Optional.empty();
        if ((peekIs(CHECKHASH) || peekIs(IGNOREHASH)) && flavourAsked() == NtpFlavour.CLASSIC) {
          Tok t = peek();
          pos++;
          hash = Optional.of(new Value.TextValue(t.text(), t.span()));
        }
        return new FileSetting(syntax, kind, Optional.of(path), hash);
      }
      case DRIFTFILE:
        return driftfile();
      case CRYPTO:
        return crypto();
      case TRUSTEDKEY:
        return trustedkey();
      case TOS:
        return new Tos(syntax, optionList(TosOption.class, false, "a tos option"));
      case TINKER:
        return new Tinker(syntax, optionList(TinkerOption.class, false, "a tinker option"));
      case RLIMIT:
        return new dev.ntplint.ntp.model.Rlimit(syntax,
            optionList(RlimitOption.class, false, "an rlimit option"));
      case MRU:
        return new Mru(syntax, optionList(MruOption.class, false, "an mru option"));
      case DISCARD:
        return new Discard(syntax, optionList(DiscardOption.class, false, "a discard option"));
      case LIMIT:
        return new Limit(syntax, optionList(LimitOption.class, false, "a limit option"));
      case NTS:
        return new Nts(syntax, optionList(NtsOption.class, false, "an nts option"));
      case RESET:
        return new Reset(syntax, optionList(ResetCounter.class, false, "a counter"));
      case ENABLE:
      case DISABLE:
        return new SystemFlags(syntax, kind == NtpDirectiveKind.ENABLE,
            optionList(SystemFlag.class, false, "a system flag"));
      case STATISTICS:
        return new Statistics(syntax, optionList(StatisticsType.class, false, "a statistics name"));
      case FILEGEN:
        return filegen();
      case RESTRICT:
      case UNRESTRICT:
        return restrict(kind);
      case DELRESTRICT:
        return delrestrict();
      case FUDGE: {
        NtpAddress address = address("a refclock address 127.127.T.U");
        List<Option<FudgeFactor>> factors = new ArrayList<>();
        for (Option<FudgeFactor> f : optionList(FudgeFactor.class, false, "a fudge factor")) {
          if (f.kind() == FudgeFactor.STRATUM && (f.intValue() < 0 || f.intValue() > 16)) {
            notes.add(new Note(NtpDiagnosticCode.VALUE_ADJUSTED, f.span(),
                daemonNamed() + " logs \"fudge factor: stratum value not in [0..16], ignored\"",
                true));
            continue;
          }
          factors.add(f);
        }
        return new Fudge(syntax, address, factors);
      }
      case DEVICE: {
        NtpAddress address = address("a refclock address 127.127.T.U");
        return new Device(syntax, address, optionList(DeviceItem.class, false, "timedata or ppsdata"));
      }
      case INTERFACE:
      case NIC:
        return interfaceRule(kind);
      case INCLUDEFILE: {
        Value.TextValue path = string("a file name");
        Optional<NtpDirective> inner = Optional.empty();
        if (!atEnd()) {
          DirectiveSyntax outer = syntax;
          List<Word> words = new ArrayList<>();
          for (int i = pos + 1; i < end; i++) {
            words.add(toks.get(i).word());
          }
          syntax = new DirectiveSyntax(outer.line(), toks.get(pos).word(), words);
          try {
            inner = Optional.of(command());
          } finally {
            syntax = outer;
          }
        }
        return new Include(syntax, path, inner);
      }
      case LOGCONFIG:
        return logconfig();
      case PHONE: {
        List<Value.TextValue> numbers = new ArrayList<>();
        do {
          numbers.add(string("a phone number"));
        } while (!atEnd());
        return new Phone(syntax, numbers);
      }
      case SETVAR:
        return setvar();
      case TRAP:
        return trap();
      case TTL: {
        List<Value.IntValue> values = new ArrayList<>();
        do {
          values.add(integer("an integer"));
        } while (!atEnd());
        return new Ttl(syntax, values);
      }
      case POLLSKEWLIST:
        return pollskewlist();
      case SIMULATE:
        throw fault(Expect.KEYWORD, "a simulate block (ntpdsim only)");
      default:
        throw new IllegalStateException("no rule for " + kind);
    }
  }

  /** {@code client_type address option_list}. */
  private NtpDirective association(AssociationType type) throws Fault {
    NtpAddress address = address("an address or host name");
    return new Association(syntax, type, address, associationOptions());
  }

  private List<Option<AssociationOption>> associationOptions() throws Fault {
    List<Option<AssociationOption>> options = new ArrayList<>();
    while (!atEnd()) {
      AssociationOption kind = optionOf(AssociationOption.class);
      if (kind == null) {
        throw optionFault("an option (" + names(all(AssociationOption.class)) + ")",
            all(AssociationOption.class));
      }
      Option<AssociationOption> option = valued(kind);
      if (kind == AssociationOption.STRATUM) {
        long s = option.intValue();
        if (s < 0 || s > 16) {
          notes.add(new Note(NtpDiagnosticCode.VALUE_ADJUSTED, option.span(),
              daemonNamed() + " logs \"fudge factor: stratum value out of bounds, ignored\":"
                  + " stratum must be 0..16", true));
          continue;
        }
      }
      options.add(option);
    }
    return options;
  }

  /** NTPsec {@code refclock T_String optional_unit option_list}. */
  private NtpDirective refclock() throws Fault {
    Tok name = peek();
    if (name == null || name.kind() != TokKind.STRING) {
      throw fault(Expect.STRING, "a driver name (" + String.join(", ", RefclockDriver.ntpsecNames())
          + ")");
    }
    pos++;
    int unit = 0;
    Optional<Word> unitWord = Optional.empty();
    if (peekIs(UNIT)) {
      pos++;
      Value.IntValue u = integer("a unit number");
      unit = (int) u.value();
      unitWord = Optional.of(toks.get(pos - 1).word());
    }
    List<Option<AssociationOption>> options = associationOptions();
    return new Refclock(syntax, name.word(), RefclockDriver.byNtpsecName(name.text()), unit,
        unitWord, options);
  }

  /** {@code drift_parm : T_String | T_String T_Double | (empty)}. */
  private NtpDirective driftfile() throws Fault {
    if (atEnd()) {
      return new FileSetting(syntax, NtpDirectiveKind.DRIFTFILE, Optional.empty(), Optional.empty());
    }
    Value.TextValue path = string("a path");
    Optional<Value> wander = Optional.empty();
    if (!atEnd()) {
      Tok t = peek();
      if (t.kind() != TokKind.DOUBLE) {
        throw fault(Expect.DOUBLE, "a wander threshold written as a floating-point number (1e-7)");
      }
      pos++;
      wander = Optional.of(new Value.DoubleValue(t.doubleValue(), t.span()));
    }
    return new FileSetting(syntax, NtpDirectiveKind.DRIFTFILE, Optional.of(path), wander);
  }

  /** Classic {@code crypto crypto_command*}: {host|ident|pw|randfile|digest} STRING | revoke INT. */
  private NtpDirective crypto() throws Fault {
    List<Option<CryptoOption>> options = new ArrayList<>();
    while (!atEnd()) {
      CryptoOption kind = optionOf(CryptoOption.class);
      if (kind == null) {
        throw optionFault("a crypto option (" + names(all(CryptoOption.class)) + ")",
            all(CryptoOption.class));
      }
      if (kind == CryptoOption.PW) {
        Tok keyword = peek();
        pos++;
        Tok t = peek();
        if (t == null || t.kind() != TokKind.STRING) {
          throw fault(Expect.STRING, "a password");
        }
        pos++;
        options.add(option(kind, keyword,
            new Value.SecretValue(Secret.ofLatin1(t.text()), t.span())));
      } else {
        options.add(valued(kind));
      }
    }
    return new Crypto(syntax, options);
  }

  /** {@code trustedkey integer_list_range}: (INT | '(' INT ... INT ')')+. */
  private NtpDirective trustedkey() throws Fault {
    List<KeyRange> keys = new ArrayList<>();
    do {
      Tok t = peek();
      if (t != null && t.isSpecial('(')) {
        pos++;
        Value.IntValue first = integer("the first key id of the range");
        if (!peekIs(ELLIPSIS)) {
          throw fault(Expect.KEYWORD, "`...` (written apart: `( 1 ... 5 )`)");
        }
        pos++;
        Value.IntValue last = integer("the last key id of the range");
        Tok close = peek();
        if (close == null || !close.isSpecial(')')) {
          throw fault(Expect.KEYWORD, "`)`");
        }
        pos++;
        keys.add(new KeyRange(first.value(), last.value(), t.span().union(close.span())));
      } else {
        Value.IntValue id = integer("a key id or a range ( FIRST ... LAST )");
        keys.add(new KeyRange(id.value(), id.value(), id.span()));
      }
    } while (!atEnd());
    return new TrustedKey(syntax, keys);
  }

  /** {@code filegen stat filegen_option*}. */
  private NtpDirective filegen() throws Fault {
    StatisticsType stat = optionOf(StatisticsType.class);
    if (stat == null) {
      throw optionFault("a statistics name (" + names(all(StatisticsType.class)) + ")",
          all(StatisticsType.class));
    }
    Option<StatisticsType> statistics = flag(stat);
    List<Option<FilegenOption>> options = new ArrayList<>();
    while (!atEnd()) {
      FilegenOption kind = optionOf(FilegenOption.class);
      if (kind == null) {
        throw optionFault("a filegen option (" + names(all(FilegenOption.class)) + ")",
            all(FilegenOption.class));
      }
      if (kind == FilegenOption.TYPE) {
        Tok keyword = peek();
        pos++;
        FilegenType type = optionOf(FilegenType.class);
        if (type == null) {
          throw optionFault("a file generation type (" + names(all(FilegenType.class)) + ")",
              all(FilegenType.class));
        }
        Tok t = peek();
        pos++;
        options.add(option(kind, keyword,
            Value.TextValue.of(type.keyword(), t.file(), t.start(), t.end())));
      } else {
        options.add(valued(kind));
      }
    }
    return new Filegen(syntax, statistics, options);
  }

  private static final Set<NtpKeyword> FAMILY_FLAGS = EnumSet.of(IPV4_FLAG, IPV6_FLAG);

  /**
   * {@code restrict} (classic) and {@code restrict}/{@code unrestrict} (NTPsec), every form of
   * spec 2.3.
   */
  private NtpDirective restrict(NtpDirectiveKind kind) throws Fault {
    RestrictTarget target;
    Optional<NtpAddress> mask = Optional.empty();
    Tok t = peek();
    boolean canHaveMask;
    if (t != null && t.is(DEFAULT)) {
      pos++;
      target = new RestrictTarget.Default(Optional.empty());
      canHaveMask = false;
    } else if (t != null && t.is(SOURCE)) {
      pos++;
      target = new RestrictTarget.Source(Optional.empty());
      canHaveMask = false;
    } else if (peekIsAny(FAMILY_FLAGS) && pos + 1 < end && toks.get(pos + 1).is(DEFAULT)) {
      AddressFamily family = t.is(IPV4_FLAG) ? AddressFamily.IPV4 : AddressFamily.IPV6;
      pos += 2;
      target = new RestrictTarget.Default(
          family == AddressFamily.IPV4 ? IPV4_FAMILY : IPV6_FAMILY);
      canHaveMask = false;
    } else {
      boolean flagged = peekIsAny(FAMILY_FLAGS);
      NtpAddress address = address("an address, a host name, default or source");
      target = new RestrictTarget.Address(address);
      // NTPsec's mask rule takes a bare ip_address only: `restrict -6 ::1 mask ...` fails there.
      canHaveMask = !flagged || flavourAsked() == NtpFlavour.CLASSIC;
    }
    if (canHaveMask && peekIs(MASK)) {
      pos++;
      mask = Optional.of(ipAddress("a mask address"));
    }
    Optional<Value> ippeerlimit = Optional.empty();
    if (peekIs(IPPEERLIMIT) && flavourAsked() == NtpFlavour.CLASSIC) {
      pos++;
      ippeerlimit = Optional.of(integer("an integer after ippeerlimit"));
    }
    List<Option<RestrictFlag>> flags = new ArrayList<>();
    while (!atEnd()) {
      if (peekIs(SERVERRESPONSE) && flavourAsked() == NtpFlavour.CLASSIC) {
        Word first = peek().word();
        pos++;
        if (!peekIs(FUZZ)) {
          throw fault(Expect.KEYWORD, "`fuzz` after `serverresponse`");
        }
        Word second = peek().word();
        pos++;
        flags.add(new Option<>(RestrictFlag.SERVERRESPONSE_FUZZ,
            new Word(first.text() + " " + second.text(), first.span().union(second.span())),
            Optional.empty()));
        continue;
      }
      RestrictFlag flag = optionOf(RestrictFlag.class);
      if (flag == null || flag == RestrictFlag.SERVERRESPONSE_FUZZ) {
        String expected = "a restrict flag (" + names(all(RestrictFlag.class)) + ")";
        if (!flags.isEmpty() || ippeerlimit.isPresent()) {
          throw optionFault(expected, all(RestrictFlag.class));
        }
        List<String> extra = new ArrayList<>();
        if (canHaveMask && mask.isEmpty()) {
          extra.add("mask");
        }
        if (flavourAsked() == NtpFlavour.CLASSIC) {
          extra.add("ippeerlimit");
        }
        throw optionFault((extra.isEmpty() ? "" : String.join(", ", extra) + " or ") + expected,
            all(RestrictFlag.class));
      }
      flags.add(flag(flag));
    }
    return new Restrict(syntax, kind, target, mask, ippeerlimit, flags);
  }

  /** Classic 4.2.8p18 {@code delrestrict ip_address [mask ip_address] | delrestrict source ip_address}. */
  private NtpDirective delrestrict() throws Fault {
    if (peekIs(SOURCE)) {
      pos++;
      NtpAddress address = ipAddress("an address");
      return new Restrict(syntax, NtpDirectiveKind.DELRESTRICT,
          new RestrictTarget.Source(Optional.of(address)), Optional.empty(), Optional.empty(),
          List.of());
    }
    NtpAddress address = ipAddress("an address or source");
    Optional<NtpAddress> mask = Optional.empty();
    if (peekIs(MASK)) {
      pos++;
      mask = Optional.of(ipAddress("a mask address"));
    }
    return new Restrict(syntax, NtpDirectiveKind.DELRESTRICT, new RestrictTarget.Address(address),
        mask, Optional.empty(), List.of());
  }

  /** {@code interface_nic nic_rule_action (nic_rule_class | T_String)}. */
  private NtpDirective interfaceRule(NtpDirectiveKind kind) throws Fault {
    NicAction action = optionOf(NicAction.class);
    if (action == null) {
      throw optionFault("listen, ignore or drop", all(NicAction.class));
    }
    Option<NicAction> actionOption = flag(action);
    NicClass nicClass = optionOf(NicClass.class);
    if (nicClass != null) {
      return new InterfaceRule(syntax, kind, actionOption, Optional.of(flag(nicClass)),
          Optional.empty());
    }
    Tok t = peek();
    if (t == null || t.kind() != TokKind.STRING) {
      throw new Fault(pos, Expect.ADDRESS,
          "all, ipv4, ipv6, wildcard, an interface name or an address", all(NicClass.class),
          List.of());
    }
    pos++;
    return new InterfaceRule(syntax, kind, actionOption, Optional.empty(),
        Optional.of(addressOf(t, Optional.empty())));
  }

  private static final Set<String> LOG_CLASSES = Set.of("clock", "peer", "sys", "sync");
  private static final Set<String> LOG_TYPES = Set.of("info", "events", "status", "statistics",
      "all");

  /** {@code logconfig log_config_command+}, each a T_String [=|+|-]NAME. */
  private NtpDirective logconfig() throws Fault {
    List<LogConfigItem> items = new ArrayList<>();
    do {
      Tok t = peek();
      if (t == null || t.kind() != TokKind.STRING) {
        throw fault(Expect.STRING, "a log class such as =syncall or +clockevents");
      }
      pos++;
      String text = t.text();
      char prefix = '=';
      boolean explicit = false;
      if (!text.isEmpty() && "+-=".indexOf(text.charAt(0)) >= 0) {
        prefix = text.charAt(0);
        explicit = true;
        text = text.substring(1);
      }
      items.add(new LogConfigItem(prefix, explicit, text, knownLogClass(text), t.span()));
    } while (!atEnd());
    return new LogConfig(syntax, items);
  }

  /** ntp_config.c's logcfg_class and logcfg_class_items (plus allNAME forms). */
  static boolean knownLogClass(String name) {
    if (name.equals("all")) {
      return true;
    }
    for (String c : List.of("all", "clock", "peer", "sys", "sync")) {
      if (name.startsWith(c)) {
        String rest = name.substring(c.length());
        if (LOG_TYPES.contains(rest) && !(c.equals("all") && rest.equals("all"))) {
          return true;
        }
      }
    }
    // Legacy item names: allclock, allpeer, allsys, allsync.
    if (name.startsWith("all") && LOG_CLASSES.contains(name.substring(3))) {
      return true;
    }
    return false;
  }

  /** {@code setvar T_String '=' T_String [default]}. */
  private NtpDirective setvar() throws Fault {
    Value.TextValue name = string("a variable name (then ` = value`, with blanks around =)");
    Tok eq = peek();
    if (eq == null || !eq.isSpecial('=')) {
      throw fault(Expect.KEYWORD, "` = ` (with a blank before it: NAME=VALUE is one word)");
    }
    pos++;
    Value.TextValue value = string("a value");
    boolean isDefault = false;
    if (peekIs(DEFAULT)) {
      pos++;
      isDefault = true;
    }
    return new SetVar(syntax, name, value, isDefault);
  }

  /** Classic {@code trap ip_address trap_option*}. */
  private NtpDirective trap() throws Fault {
    NtpAddress address = ipAddress("an address");
    List<Option<TrapOption>> options = new ArrayList<>();
    while (!atEnd()) {
      TrapOption kind = optionOf(TrapOption.class);
      if (kind == null) {
        throw optionFault("port or interface", all(TrapOption.class));
      }
      Tok keyword = peek();
      pos++;
      if (kind == TrapOption.PORT) {
        options.add(option(kind, keyword, integer("a port number")));
      } else {
        NtpAddress a = ipAddress("an interface address");
        options.add(option(kind, keyword, new Value.TextValue(a.text(), a.span())));
      }
    }
    return new Trap(syntax, address, options);
  }

  /** Classic {@code pollskewlist ( (INT|default) INT '|' INT )*}. */
  private NtpDirective pollskewlist() throws Fault {
    List<PollSkew> entries = new ArrayList<>();
    while (!atEnd()) {
      Tok first = peek();
      OptionalInt poll;
      if (first.is(DEFAULT)) {
        pos++;
        poll = OptionalInt.empty();
      } else {
        poll = OptionalInt.of((int) integer("a poll exponent or default").value());
      }
      Value.IntValue early = integer("the early skew");
      Tok bar = peek();
      if (bar == null || !bar.isSpecial('|')) {
        throw fault(Expect.KEYWORD, "`|` between the two skews");
      }
      pos++;
      Value.IntValue late = integer("the late skew");
      Span span = first.span().union(late.span());
      if (early.value() < 0 || late.value() < 0) {
        notes.add(new Note(NtpDiagnosticCode.VALUE_ADJUSTED, span,
            "classic ntpd logs \"pollskewlist: skew values must be >=0\" and ignores this entry",
            true));
        continue;
      }
      if (poll.isPresent() && (poll.getAsInt() < 3 || poll.getAsInt() > 17)) {
        notes.add(new Note(NtpDiagnosticCode.VALUE_ADJUSTED, span,
            "classic ntpd logs \"pollskewlist: poll value must be 3-17, inclusive\" and ignores"
                + " this entry", true));
        continue;
      }
      if (poll.isPresent()) {
        long half = 1L << (poll.getAsInt() - 1);
        if (early.value() >= half || late.value() >= half) {
          notes.add(new Note(NtpDiagnosticCode.VALUE_ADJUSTED, span,
              "classic ntpd logs \"pollskewlist: randomization limit must be <= half the poll"
                  + " interval\" and ignores this entry", true));
          continue;
        }
      }
      entries.add(new PollSkew(poll, early.value(), late.value(), span));
    }
    return new PollSkewList(syntax, entries);
  }
}

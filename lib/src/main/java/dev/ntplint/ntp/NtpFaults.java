package dev.ntplint.ntp;

import dev.ntplint.diag.Suggestions;
import dev.ntplint.ntp.NtpGrammar.Expect;
import dev.ntplint.ntp.NtpGrammar.Fault;
import dev.ntplint.ntp.NtpScanner.Command;
import dev.ntplint.ntp.NtpScanner.Tok;
import dev.ntplint.ntp.NtpScanner.TokKind;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.ntp.catalog.NtpKeyword;
import dev.ntplint.ntp.catalog.NtpOptionSpec;
import dev.ntplint.ntp.model.Association;
import dev.ntplint.ntp.model.NtpDirective;
import dev.ntplint.ntp.model.Refclock;
import dev.ntplint.ntp.model.Restrict;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the token where a daemon's parser fails into a diagnostic that names the word at fault,
 * says what the grammar wanted, suggests a fix, and says what ntpd applies anyway (spec 1.7).
 */
final class NtpFaults {

  /** A diagnostic ready to add. */
  record Described(NtpDiagnosticCode code, Span span, String message, String suggestion) {}

  /** chrony.conf directive names, to say so when one turns up in an ntp.conf. */
  private static final Set<String> CHRONY_DIRECTIVES = Set.of("allow", "deny", "cmdallow",
      "cmddeny", "makestep", "rtcsync", "local", "keyfile", "logdir", "maxupdateskew",
      "bindcmdaddress", "hwtimestamp", "confdir", "sourcedir", "initstepslew", "leapsectz",
      "ntsdumpdir", "cmdport", "maxdistance", "minsources", "rtconutc", "smoothtime", "lock_all",
      "dumpdir", "ratelimit", "clientloglimit", "maxchange", "leapsecmode", "include", "log",
      "sched_priority", "hwclockfile", "ntsserverkey", "ntsservercert", "authselectmode");

  private NtpFaults() {}

  /**
   * @param who the start of the message, e.g. "NTPsec 1.2 rejects this:"
   */
  static Described describe(NtpFlavour flavour, Command command, Fault fault, NtpDirective applied,
      String who, boolean withApplied) {
    List<Tok> toks = command.toks();
    DirectiveSyntax shown = NtpConf.syntaxOf(command, toks.size());
    List<Word> words = new ArrayList<>();
    words.add(shown.name());
    words.addAll(shown.arguments());
    Tok tok = fault.index < toks.size() ? toks.get(fault.index) : null;
    String at = tok == null ? null : "`" + words.get(fault.index).text() + "`";
    NtpDiagnosticCode code;
    String core;
    String suggestion = null;
    if (tok == null) {
      code = NtpDiagnosticCode.MISSING_ARGUMENT;
      core = "the command ends where the grammar needs " + fault.expected;
    } else if (tok.kind() == TokKind.SPECIAL) {
      code = NtpDiagnosticCode.SPECIAL_CHARACTER;
      if (tok.text().equals(";")) {
        core = "`;` does not separate commands: ntpd reads one command per line";
      } else {
        core = "unexpected " + at + " (expected " + fault.expected + ")";
      }
    } else if (fault.expect == Expect.COMMAND) {
      Optional<NtpDirectiveKind> named = NtpDirectiveKind.byKeyword(tok.text());
      boolean commandHere = named.isPresent() && named.get().availability().in(flavour);
      Optional<NtpDirectiveKind> other = named.isPresent() && !commandHere ? named
          : Optional.empty();
      if (tok.kind() == TokKind.STRING && tok.quoted() && commandHere) {
        code = NtpDiagnosticCode.SYNTAX_ERROR;
        core = at + " is quoted, and a quoted word is never a keyword";
        suggestion = tok.text();
      } else if (tok.kind() == TokKind.STRING && other.isPresent()) {
        code = NtpDiagnosticCode.NOT_IN_FLAVOUR;
        core = at + " is " + otherFlavourPhrase(other.get().availability().belongsTo(), flavour)
            + " command; " + flavour.displayName() + " has no such command";
      } else if (tok.kind() == TokKind.STRING && NtpKeyword.LATER_NTPSEC.containsKey(tok.text())) {
        code = NtpDiagnosticCode.TOO_NEW;
        core = at + " was added in NTPsec " + NtpKeyword.LATER_NTPSEC.get(tok.text())
            + "; NTPsec 1.2.2 does not know it";
      } else if (tok.kind() == TokKind.KEYWORD) {
        code = NtpDiagnosticCode.SYNTAX_ERROR;
        core = at + " is a keyword but not a command";
      } else {
        code = NtpDiagnosticCode.UNKNOWN_COMMAND;
        core = "unknown command " + at;
        List<String> commands = NtpDirectiveKind.keywords(flavour);
        suggestion = Suggestions.closest(tok.text(), commands).orElse(null);
        if (suggestion != null && suggestion.equalsIgnoreCase(tok.text())) {
          core += " (commands are case-sensitive)";
        } else if (CHRONY_DIRECTIVES.contains(tok.text().toLowerCase(Locale.ROOT))) {
          core += " (this is chrony.conf syntax)";
          suggestion = null;
        }
      }
    } else if (isNumeric(fault.expect)) {
      code = NtpDiagnosticCode.NOT_A_NUMBER;
      core = "expected " + fault.expected + ", found " + describe(tok, at)
          + numberHint(flavour, fault.expect, tok);
    } else if (fault.expect == Expect.STRING || fault.expect == Expect.ADDRESS) {
      if (tok.is(NtpKeyword.IPV4_FLAG) || tok.is(NtpKeyword.IPV6_FLAG)) {
        code = NtpDiagnosticCode.SYNTAX_ERROR;
        core = "expected " + fault.expected + ", found " + at + ": a word starting with -4 or -6"
            + " is read as the address-family flag here";
      } else {
        code = NtpDiagnosticCode.KEYWORD_AS_NAME;
        core = "expected " + fault.expected + ", found " + describe(tok, at) + ": here ntpd reads"
            + " words in token mode, so a keyword or a number cannot be a name";
        if (tok.kind() == TokKind.KEYWORD) {
          core += " (quote it)";
          suggestion = "\"" + tok.text() + "\"";
        }
      }
    } else if (fault.expect == Expect.OPTION) {
      List<? extends NtpOptionSpec> candidates = fault.candidates;
      Optional<? extends NtpOptionSpec> elsewhere = Optional.empty();
      for (NtpOptionSpec s : candidates) {
        if (s.keyword().equals(tok.text()) && !s.availability().in(flavour)) {
          elsewhere = Optional.of(s);
          break;
        }
      }
      List<String> here = new ArrayList<>();
      for (NtpOptionSpec s : candidates) {
        if (s.availability().in(flavour)) {
          here.add(s.keyword());
        }
      }
      if (tok.kind() == TokKind.STRING && !tok.quoted() && elsewhere.isPresent()) {
        NtpOptionSpec s = elsewhere.get();
        Optional<String> since = s.availability().ntpsecSince();
        String release = since.isPresent() && !since.get().equals("1.2") ? since.get() : null;
        if (flavour == NtpFlavour.NTPSEC && release != null) {
          code = NtpDiagnosticCode.TOO_NEW;
          core = at + " was added in NTPsec " + release + "; NTPsec 1.2.2 does not know it";
        } else {
          code = NtpDiagnosticCode.NOT_IN_FLAVOUR;
          core = at + " is " + otherFlavourPhrase(s.availability().belongsTo(), flavour)
              + " keyword here; " + flavour.displayName() + " does not have it";
        }
      } else if (tok.kind() == TokKind.STRING && here.contains(tok.text())) {
        code = NtpDiagnosticCode.SYNTAX_ERROR;
        core = at + " is " + (tok.quoted() ? "quoted" : "read as a string here")
            + ", and such a word is never a keyword";
        suggestion = tok.text();
      } else if (tok.kind() == TokKind.STRING) {
        Optional<NtpKeyword> keyword = NtpKeyword.lookup(tok.text());
        Optional<NtpKeyword> otherKeyword =
            keyword.isPresent() && !keyword.get().availability().in(flavour) ? keyword
                : Optional.empty();
        if (otherKeyword.isPresent() && !tok.quoted()) {
          code = NtpDiagnosticCode.NOT_IN_FLAVOUR;
          core = at + " is " + otherFlavourPhrase(otherKeyword.get().availability().belongsTo(),
              flavour) + " keyword; " + flavour.displayName() + " does not have it (expected "
              + fault.expected + ")";
        } else {
          code = NtpDiagnosticCode.UNKNOWN_OPTION;
          core = "unknown word " + at + ": expected " + fault.expected;
          suggestion = Suggestions.closest(tok.text(), here).orElse(null);
          if (suggestion != null && suggestion.equalsIgnoreCase(tok.text())) {
            core += " (keywords are case-sensitive)";
          }
        }
      } else {
        code = NtpDiagnosticCode.SYNTAX_ERROR;
        core = "unexpected " + noun(tok, at) + ": expected " + fault.expected;
      }
    } else if (fault.expect == Expect.END) {
      code = NtpDiagnosticCode.SYNTAX_ERROR;
      core = "unexpected " + noun(tok, at) + " after a complete command";
      if (tok.kind() == TokKind.KEYWORD
          && NtpDirectiveKind.byKeyword(tok.text()).isPresent()) {
        core += " (one command per line)";
      }
    } else {
      code = NtpDiagnosticCode.SYNTAX_ERROR;
      core = "expected " + fault.expected + ", found " + describe(tok, at);
    }
    Span span;
    if (tok != null) {
      span = tok.span();
    } else if (!toks.isEmpty()) {
      span = toks.get(toks.size() - 1).span();
    } else {
      span = command.line().contentSpan();
    }
    for (Tok t : toks) {
      if (t.kind() != TokKind.SPECIAL && t.text().contains(";")
          && code != NtpDiagnosticCode.SPECIAL_CHARACTER) {
        core += " (`" + t.text() + "` holds a `;`, which does not separate commands: ntpd reads"
            + " one command per line)";
        break;
      }
    }
    String message = who + " " + core
        + (withApplied ? applied(flavour, applied, words, fault.index) : "");
    return new Described(code, span, message, suggestion);
  }

  private static String otherFlavourPhrase(String belongsTo, NtpFlavour flavour) {
    if (belongsTo.startsWith("classic")) {
      return "a classic ntpd";
    }
    if (belongsTo.startsWith("NTPsec only")) {
      return "an NTPsec";
    }
    return "a " + belongsTo;
  }

  private static boolean isNumeric(Expect e) {
    return e == Expect.INTEGER || e == Expect.UNSIGNED || e == Expect.NUMBER
        || e == Expect.DOUBLE || e == Expect.BOOLEAN;
  }

  /** The token without an article: "keyword `x`", "integer `5`". */
  private static String noun(Tok tok, String at) {
    return describe(tok, at).replaceFirst("^the ", "");
  }

  private static String describe(Tok tok, String at) {
    switch (tok.kind()) {
      case KEYWORD:
        return "the keyword " + at;
      case INTEGER:
        return "the integer " + at;
      case UINT:
        return "the unsigned number " + at;
      case DOUBLE:
        return "the floating-point number " + at;
      case SPECIAL:
        return at;
      default:
        return (tok.quoted() ? "the quoted string " : "the string ") + at;
    }
  }

  private static String numberHint(NtpFlavour flavour, Expect expect, Tok tok) {
    if (tok.kind() == TokKind.UINT && expect != Expect.UNSIGNED) {
      return " (hexadecimal numbers and numbers above 2147483647 are accepted only by the"
          + " association options key, minpoll, maxpoll, mode and version)";
    }
    if (tok.kind() == TokKind.DOUBLE && (expect == Expect.INTEGER || expect == Expect.UNSIGNED
        || expect == Expect.BOOLEAN)) {
      return tok.text().startsWith("+") ? " (a leading + makes it a floating-point number)"
          : " (an integer is required)";
    }
    if (tok.kind() == TokKind.INTEGER && expect == Expect.DOUBLE) {
      return " (write it as a floating-point number, such as 1.0 or 1e-7)";
    }
    if (tok.kind() == TokKind.STRING && tok.quoted()) {
      return " (a quoted number is a string)";
    }
    if (tok.kind() == TokKind.STRING && tok.text().equals("false")) {
      return " (neither daemon has the keyword false: write 0)";
    }
    if (tok.kind() == TokKind.STRING && flavour == NtpFlavour.CLASSIC
        && isGpsEraNumber(tok.text())) {
      return " (the g and G GPS-era suffixes are NTPsec only)";
    }
    if (tok.is(NtpKeyword.IPV4_FLAG) || tok.is(NtpKeyword.IPV6_FLAG)) {
      return " (-4 and -6 are keywords, not numbers)";
    }
    return "";
  }

  /**
   * True for a number with NTPsec's GPS-era suffix, {@code [+-]?[0-9.]+([eE][+-]?[0-9]*)?[gG]+}
   * written out: compiling the regular expression linked the JDK's lambdas of its character
   * classes on a short check (issue 8, P1).
   */
  static boolean isGpsEraNumber(String s) {
    int i = 0;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int mantissa = i;
    while (i < s.length() && (isAsciiDigit(s.charAt(i)) || s.charAt(i) == '.')) {
      i++;
    }
    if (i == mantissa) {
      return false;
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      while (i < s.length() && isAsciiDigit(s.charAt(i))) {
        i++;
      }
    }
    int suffix = i;
    while (i < s.length() && (s.charAt(i) == 'g' || s.charAt(i) == 'G')) {
      i++;
    }
    return i > suffix && i == s.length();
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** What ntpd applies of a rejected command anyway: the complete part before the bad word. */
  private static String applied(NtpFlavour flavour, NtpDirective applied, List<Word> words,
      int index) {
    if (applied == null) {
      return "";
    }
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < index; i++) {
      if (i > 0) {
        prefix.append(' ');
      }
      prefix.append(words.get(i).text());
    }
    String part = "; ntpd still applies the part before it, `" + prefix + "`";
    NtpDirective d = applied;
    if (d instanceof Restrict r && r.isDefault() && r.command() == NtpDirectiveKind.RESTRICT) {
      if (flavour == NtpFlavour.CLASSIC) {
        return part + ", which installs an open default restriction: the flags after the error"
            + " never take effect and every client may query and modify ntpd";
      }
      return part + ": the flags after the error never take effect (NTPsec keeps only its"
          + " built-in noquery limited default)";
    }
    if (d instanceof Restrict) {
      return part + ": the entry is installed without the flags after the error";
    }
    if (d instanceof dev.ntplint.ntp.model.FileSetting fs
        && fs.command() == NtpDirectiveKind.DRIFTFILE && fs.path().isEmpty()) {
      return part + ", and a bare driftfile turns the drift file off";
    }
    if (d instanceof Association || d instanceof Refclock) {
      return part + ": the association is made without the options after the error";
    }
    return part;
  }
}

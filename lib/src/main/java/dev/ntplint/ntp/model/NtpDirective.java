package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import dev.ntplint.source.Span;
import java.util.Optional;

/**
 * One command of an ntp.conf, typed by family. Every record keeps its {@link DirectiveSyntax}, the
 * generic name-and-words view with exact positions, so nothing read is lost. A command is usually
 * a whole line; a quoted string of blanks ends a command early, and {@code includefile PATH CMD}
 * holds a second one.
 */
public sealed interface NtpDirective
    permits Association, Refclock, Unpeer, AddressList, Switch, Restrict, Fudge, Device, Tos,
        Tinker, Rlimit, Mru, Discard, Limit, Nts, Crypto, Reset, Statistics, Filegen, SystemFlags,
        FileSetting, Setting, TrustedKey, InterfaceRule, LogConfig, Phone, SetVar, Include, Trap,
        Ttl, PollSkewList, Simulate, UnknownDirective, InvalidDirective {

  DirectiveSyntax syntax();

  /** The command keyword; empty for an unknown command. */
  Optional<NtpDirectiveKind> kind();

  default Span span() {
    return syntax().span();
  }

  /** The command name as written. */
  default String name() {
    return syntax().name().text();
  }
}

package dev.ntplint.chrony.catalog;

/**
 * How chronyd reads a directive's arguments: one shape per parsing function in chronyd's conf.c,
 * so a directive is validated exactly as chronyd validates it.
 */
public enum ArgumentShape {
  /** {@code server}, {@code pool}, {@code peer}: HOST then options (CPS_ParseNTPSourceAdd). */
  SOURCE,
  /** {@code refclock DRIVER PARAM[:opts] [options]}. */
  REFCLOCK,
  /** {@code allow}, {@code deny}, {@code cmdallow}, {@code cmddeny}: [all] [SUBNET]. */
  ACCESS,
  /** {@code local [options]}. */
  LOCAL,
  /** {@code ratelimit}, {@code ntsratelimit}, {@code cmdratelimit}: NAME VALUE pairs. */
  RATELIMIT,
  /** {@code hwtimestamp IFACE [options]}. */
  HWTIMESTAMP,
  /** {@code log [name...]}, names case-sensitive. */
  LOG,
  /** {@code include PATTERN}. */
  INCLUDE,
  /** {@code confdir DIR...} (1 to 10). */
  CONFDIR,
  /** {@code sourcedir DIR...} (stored unvalidated). */
  SOURCEDIR,
  /** No arguments: a switch. */
  NONE,
  /** Exactly one word taken verbatim (path, interface, user, host). */
  WORD,
  /** Exactly one integer (strtol and a range since 4.7; sscanf %d before). */
  INT,
  /** Exactly one floating-point number (sscanf %lf: trailing junk accepted). */
  DOUBLE,
  /** A list of integers ({@code ntsaeads}); may be empty. */
  INT_LIST,
  /** Exactly one numeric IP address. */
  IP_ADDRESS,
  /** {@code bindcmdaddress}: an IP address or a path starting with '/'. */
  BIND_COMMAND_ADDRESS,
  /** {@code driftfile PATH [interval N]}. */
  DRIFTFILE,
  /** {@code fallbackdrift INT INT}. */
  FALLBACKDRIFT,
  /** {@code makestep DOUBLE INT}. */
  MAKESTEP,
  /** {@code maxchange DOUBLE INT INT}. */
  MAXCHANGE,
  /** {@code mailonchange ADDRESS DOUBLE}. */
  MAILONCHANGE,
  /** {@code clientloglimit} (sscanf %lu). */
  UNSIGNED_LONG,
  /** {@code broadcast INT IPADDR [INT]}. */
  BROADCAST,
  /** {@code smoothtime DOUBLE DOUBLE [leaponly]}. */
  SMOOTHTIME,
  /** {@code tempcomp} with 6 (coefficients) or 3 (points file) arguments. */
  TEMPCOMP,
  /** {@code initstepslew DOUBLE [HOST...]}. */
  INITSTEPSLEW,
  /** A keyword compared with the whole rest of the line ({@code leapsecmode}, {@code authselectmode}). */
  KEYWORD,
  /** {@code ntstrustedcerts [SET-ID] PATH}. */
  NTSTRUSTEDCERTS,
  /** {@code opencommands [name...]}. */
  OPENCOMMANDS,
  /** Accepted with a "no longer supported" warning, any arguments. */
  OBSOLETE,
  /** Accepted and silently ignored, any arguments ({@code dumponexit}). */
  IGNORED
}

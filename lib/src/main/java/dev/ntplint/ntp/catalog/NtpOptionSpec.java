package dev.ntplint.ntp.catalog;

import dev.ntplint.ntp.NtpFlavour;

/** What the daemons know of one option, flag or sub-keyword of a directive. */
public interface NtpOptionSpec {

  /** The keyword as ntpd spells it (case-sensitive). */
  String keyword();

  /** The value it takes in the reference grammar of the flavour that has it. */
  ValueKind valueKind();

  /** The value it takes in {@code flavour} (differs for a few, e.g. {@code tos minclock}). */
  default ValueKind valueKind(NtpFlavour flavour) {
    return valueKind();
  }

  Availability availability();
}

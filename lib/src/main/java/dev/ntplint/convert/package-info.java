/**
 * Converting a configuration from one daemon's language to the other's, with a report that says
 * for every input construct whether it was converted exactly, approximated or dropped, and why.
 * {@link dev.ntplint.convert.tochrony.NtpToChrony} turns an ntp.conf (and its keys file) into a
 * chrony.conf (and chrony.keys).
 */
package dev.ntplint.convert;
